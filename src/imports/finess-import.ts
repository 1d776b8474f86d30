import { In } from "typeorm";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { DomainError, ErrorCode } from "../core/errors";
import { runMutation } from "../core/transactional";
import { chunked } from "../core/collections";
import { finessDepartmentCode } from "../organisations/finess";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { assertCanManageOrganisation } from "../organisations/organisation.access";
import { createEstablishment, createOrganisation, updateEstablishment, updateOrganisation } from "../organisations/organisation.service";
import { Department } from "../territory/territory.entities";
import { parseFinessExtract, type EstablishmentRow, type ImportProblem, type LegalEntityRow } from "./finess-extract";
import { msg } from "../core/i18n/message";

export interface Counts {
  organisations: number;
  establishments: number;
}

/** What an import did, or would do (dry run), and every problem found with its line and column. */
export interface ImportReport {
  dryRun: boolean;
  /** True when the changes were written (a real run without any problem). */
  written: boolean;
  created: Counts;
  updated: Counts;
  unchanged: Counts;
  /** Establishments of other regions' departments: the agency imports its own region. */
  outsideRegion: number;
  /** Lines of other sections (header, geolocalisation…). */
  skipped: number;
  problems: ImportProblem[];
}

type Step = { line: number; run: () => Promise<unknown> };

/**
 * Imports a FINESS extract into the agency's region: the establishments of its departments
 * and the entités juridiques they belong to, created or updated by FINESS number (importing the
 * same file twice changes nothing), through the same services, rules and audit trail as the
 * API. The whole file is checked first; a dry run stops there and writes nothing; a real run
 * writes everything in one transaction, or nothing when any line has a problem.
 */
export async function importFinessExtract(ctx: RequestContext, text: string, dryRun: boolean): Promise<ImportReport> {
  const user = currentUser(ctx);
  if (user.role !== Role.AGENCY_ADMIN) throw new DomainError(ErrorCode.FORBIDDEN, msg`Only an agency admin imports a FINESS extract`);
  const extract = parseFinessExtract(text);
  const report: ImportReport = {
    dryRun,
    written: false,
    created: { organisations: 0, establishments: 0 },
    updated: { organisations: 0, establishments: 0 },
    unchanged: { organisations: 0, establishments: 0 },
    outsideRegion: 0,
    skipped: extract.skipped,
    problems: [...extract.problems],
  };
  const departments = new Map((await ctx.em.find(Department)).map((d) => [d.code, d]));
  const mine: EstablishmentRow[] = [];
  for (const row of extract.establishments) {
    const department = departments.get(row.departmentCode);
    if (!department) report.problems.push({ line: row.line, column: "departement", message: msg`department ${row.departmentCode} is not one of the register's` });
    else if (department.regionCode !== user.regionCode) report.outsideRegion += 1;
    else mine.push(row);
  }
  const seen = new Map<string, number>();
  for (const row of mine) {
    if (seen.has(row.finessGeographique)) report.problems.push({ line: row.line, column: "nofinesset", message: msg`FINESS ${row.finessGeographique} is already on line ${seen.get(row.finessGeographique)}` });
    else seen.set(row.finessGeographique, row.line);
    if (finessDepartmentCode(row.finessGeographique) !== row.departmentCode && !row.finessGeographique.startsWith("97")) {
      report.problems.push({ line: row.line, column: "departement", message: msg`FINESS ${row.finessGeographique} belongs to department ${finessDepartmentCode(row.finessGeographique)}, not ${row.departmentCode}` });
    }
  }
  const entities = new Map<string, LegalEntityRow>();
  for (const entity of extract.legalEntities) entities.set(entity.finessJuridique, entity);

  // What is registered already, by FINESS number (a few hundred numbers per statement).
  const organisations = new Map<string, Organisation>();
  for (const numbers of chunked([...new Set(mine.map((r) => r.finessJuridique))], 500)) {
    for (const o of await ctx.em.findBy(Organisation, { finessJuridique: In(numbers) })) organisations.set(o.finessJuridique, o);
  }
  const establishments = new Map<string, Establishment>();
  for (const numbers of chunked(mine.map((r) => r.finessGeographique), 500)) {
    for (const e of await ctx.em.findBy(Establishment, { finessGeographique: In(numbers) })) establishments.set(e.finessGeographique, e);
  }

  const keeps = (organisation: Organisation) => {
    try {
      assertCanManageOrganisation(ctx, organisation);
      return true;
    } catch {
      return false;
    }
  };
  const steps: Step[] = [];
  const organisationSteps = new Set<string>();
  for (const row of mine) {
    const existing = organisations.get(row.finessJuridique);
    const entity = entities.get(row.finessJuridique);
    if (!existing && !entity) {
      report.problems.push({ line: row.line, column: "nofinessej", message: msg`entité juridique ${row.finessJuridique} is neither registered nor in the file (add its structureej line)` });
      continue;
    }
    if (entity && !organisationSteps.has(entity.finessJuridique)) {
      organisationSteps.add(entity.finessJuridique);
      const region = departments.get(entity.departmentCode)?.regionCode;
      if (!region) {
        report.problems.push({ line: entity.line, column: "departement", message: msg`department ${entity.departmentCode} is not one of the register's` });
        continue;
      }
      if (!existing) {
        report.created.organisations += 1;
        steps.push({ line: entity.line, run: () => createOrganisation(ctx, { name: entity.name, finessJuridique: entity.finessJuridique, legalStatus: entity.legalStatus, headOfficeRegionCode: region }) });
      } else if (!keeps(existing)) {
        // Kept by the agency of its head office's region: this import only attaches sites to it.
        report.unchanged.organisations += 1;
      } else if (existing.name !== entity.name || existing.legalStatus !== entity.legalStatus || existing.headOfficeRegionCode !== region) {
        report.updated.organisations += 1;
        steps.push({ line: entity.line, run: () => updateOrganisation(ctx, { id: String(existing.id), version: existing.version, name: entity.name, legalStatus: entity.legalStatus, headOfficeRegionCode: region }) });
      } else report.unchanged.organisations += 1;
    }
    const site = establishments.get(row.finessGeographique);
    if (!site) {
      report.created.establishments += 1;
      steps.push({
        line: row.line,
        run: () =>
          createEstablishment(ctx, {
            organisationFinessJuridique: row.finessJuridique,
            finessGeographique: row.finessGeographique,
            name: row.name,
            sector: row.sector,
            category: row.category,
            departmentCode: row.departmentCode,
            commune: row.commune,
            postalCode: row.postalCode,
          }),
      });
    } else if (site.organisationId !== existing?.id) {
      report.problems.push({ line: row.line, column: "nofinessej", message: msg`establishment ${row.finessGeographique} is registered under another entité juridique; FINESS moved it: change it through the API first` });
    } else if (site.name !== row.name || site.category !== row.category || site.commune !== row.commune || site.postalCode !== row.postalCode) {
      report.updated.establishments += 1;
      steps.push({ line: row.line, run: () => updateEstablishment(ctx, { id: String(site.id), version: site.version, name: row.name, category: row.category, commune: row.commune, postalCode: row.postalCode }) });
    } else report.unchanged.establishments += 1;
  }
  report.problems.sort((a, b) => a.line - b.line);
  if (dryRun || report.problems.length || !steps.length) return report;

  // Organisation data only: no contract changes, nothing to notify.
  ctx.notifies = null;
  let current = 0;
  try {
    await runMutation(ctx, "importFiness", async () => {
      for (const step of steps) {
        current = step.line;
        await step.run();
      }
    });
    report.written = true;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // A rule of the API refused a line: nothing was written.
    report.problems.push({ line: current, column: String(error.extensions.field ?? ""), message: error.text });
  }
  return report;
}
