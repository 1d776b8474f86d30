import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { RequestContext } from "../core/context";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { OrganisationFilter } from "../dashboards/dashboard.inputs";
import { SanitaryCatalogue } from "../sanitary/catalogue.entities";
import { EvaluationKind } from "../lifecycle/evaluation.entities";
import { evaluationsByContract } from "../lifecycle/evaluation.resolver";
import { badInput, notFound } from "../core/errors";
import { versionsByContract } from "../lifecycle/lifecycle.resolver";
import { msg } from "../core/i18n/message";

export enum ExportFileFormat {
  PDF = "pdf",
  DOCX = "docx",
  XLSX = "xlsx",
  CSV = "csv",
}
/** A format as the download paths write it (pdf, docx…). */
export type ExportFormat = `${ExportFileFormat}`;

registerEnumType(ExportFileFormat, {
  name: "ExportFileFormat",
  description: "The format of a download.",
  valuesConfig: {
    PDF: { description: "PDF, to sign and archive." },
    DOCX: { description: "Word document, editable." },
    XLSX: { description: "Excel workbook." },
    CSV: { description: "Semicolon-separated values, decimal commas, UTF-8 with a byte order mark (as French spreadsheets open them)." },
  },
});

@ObjectType({ description: "A download: GET its url (relative to the API's origin) with the same Authorization header as the API." })
export class ExportLink {
  @Field({ description: "What it is, in French, as a person would name the file." })
  title: string;

  @Field(() => ExportFileFormat, { description: "The file's format." })
  format: ExportFileFormat;

  @Field({ description: "Path of the download on this server, e.g. /exports/contracts/12/contract.pdf?version=0." })
  url: string;
}

const link = (title: string, format: ExportFileFormat, url: string): ExportLink => Object.assign(new ExportLink(), { title, format, url });

/** Where the downloads of a contract are; the files themselves are built by export.routes.ts. */
@Authorized()
@Resolver(() => Contract)
export class ContractExportsResolver {
  @FieldResolver(() => [ExportLink], {
    description: "Its downloads: the contract and its annexes (DOCX, PDF) as it stands now or at a version, the plan's follow-up (XLSX, medico-social), each evaluation report (DOCX, XLSX).",
  })
  async exportLinks(
    @Root() contract: Contract,
    @Ctx() ctx: RequestContext,
    @Arg("version", () => Int, { nullable: true, description: "A version (see versions): the contract as it was then; empty: as it stands now." }) version?: number | null,
  ): Promise<ExportLink[]> {
    if (version !== null && version !== undefined) {
      if (version < 0) throw badInput("version", msg`A version is a number from 0 (see versions)`);
      if (!(await versionsByContract(ctx).load(contract.id)).some((v) => v.number === version)) throw notFound(msg`Version ${version} of contract`, contract.id, "version");
    }
    const base = `/exports/contracts/${contract.id}`;
    const at = version === null || version === undefined ? "" : `?version=${version}`;
    const which = version === null || version === undefined ? "état actuel" : `version ${version}`;
    const links = [link(`Contrat et annexes (${which})`, ExportFileFormat.DOCX, `${base}/contract.docx${at}`), link(`Contrat et annexes (${which})`, ExportFileFormat.PDF, `${base}/contract.pdf${at}`)];
    if (contract.kind === ContractKind.MEDICO_SOCIAL) links.push(link("Suivi du plan d'actions", ExportFileFormat.XLSX, `${base}/plan.xlsx`));
    for (const evaluation of await evaluationsByContract(ctx).load(contract.id)) {
      const name = evaluation.kind === EvaluationKind.FINAL ? "final" : "mid-term";
      const title = evaluation.kind === EvaluationKind.FINAL ? "Rapport d'évaluation finale" : "Rapport d'évaluation à mi-parcours";
      links.push(link(title, ExportFileFormat.DOCX, `${base}/evaluation-${name}.docx`), link(title, ExportFileFormat.XLSX, `${base}/evaluation-${name}.xlsx`));
    }
    return links;
  }
}

/** A sanitary catalogue as the workbook agencies keep, and import (imports/catalogue-workbook.ts). */
@Authorized()
@Resolver(() => SanitaryCatalogue)
export class CatalogueExportsResolver {
  @FieldResolver(() => [ExportLink], { description: "Its download: the workbook an agency keeps its catalogue in, and imports one from (POST /imports/sanitary-catalogue)." })
  exportLinks(@Root() catalogue: SanitaryCatalogue): ExportLink[] {
    return [link(`Catalogue « ${catalogue.name} »`, ExportFileFormat.XLSX, `/exports/catalogues/${catalogue.id}.xlsx`)];
  }
}

/** The dashboard's list of organisations as files, for the filter a dashboard shows. */
@Authorized()
@Resolver()
export class DashboardExportsResolver {
  @Query(() => [ExportLink], { description: "Downloads of the organisations a dashboard lists (XLSX with the indicator results, CSV), with their rates, module rates and trend." })
  organisationExportLinks(@Arg("filter", () => OrganisationFilter, { description: "The same filter as `organisations`.", nullable: true }) filter?: OrganisationFilter): ExportLink[] {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filter ?? {})) {
      if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
    }
    const suffix = query.size ? `?${query.toString()}` : "";
    return [link("Liste des organismes", ExportFileFormat.XLSX, `/exports/organisations.xlsx${suffix}`), link("Liste des organismes", ExportFileFormat.CSV, `/exports/organisations.csv${suffix}`)];
  }

  @Query(() => [ExportLink], { description: "The thematic fiches the user sees (the common catalogue's and its agency's) as a workbook, the layout POST /imports/themes reads back." })
  themesExportLinks(): ExportLink[] {
    return [link("Fiches thématiques", ExportFileFormat.XLSX, "/exports/themes.xlsx")];
  }
}

