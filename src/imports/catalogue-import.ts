import { parse, type GraphQLSchema } from "graphql";
import type { RequestContext } from "../core/context";
import { DomainError, ErrorCode } from "../core/errors";
import { runImportMutations } from "./in-process";
import { Role } from "../core/auth/roles";
import { readCatalogueWorkbook, type CatalogueTree } from "./catalogue-workbook";
import type { ImportProblem } from "./finess-extract";
import { msg } from "../core/i18n/message";

const CREATE = parse(`mutation ImportSanitaryCatalogue($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id name } }`);

export interface CatalogueImportReport {
  dryRun: boolean;
  written: boolean;
  /** The new catalogue (a real run that wrote it). */
  catalogueId: string | null;
  name: string | null;
  counts: { orientations: number; objectives: number; actions: number; indicators: number };
  problems: ImportProblem[];
}

/**
 * Imports a sanitary catalogue from a workbook (layout: catalogue-workbook.ts) as a new
 * catalogue of the agency's region, by the API's own mutation (createSanitaryCatalogue: its
 * validation and rules), run in this process as the user. A dry run runs it too, then rolls
 * it back: what it reports is what a real run would meet. `name` replaces the workbook's.
 */
export async function importSanitaryCatalogue(ctx: RequestContext, schema: GraphQLSchema, bytes: Buffer, options: { dryRun: boolean; name?: string }): Promise<CatalogueImportReport> {
  if (ctx.user?.role !== Role.AGENCY_ADMIN) throw new DomainError(ErrorCode.FORBIDDEN, msg`Only an agency admin imports a catalogue`);
  const { tree, problems, placements } = await readCatalogueWorkbook(bytes);
  const report: CatalogueImportReport = { dryRun: options.dryRun, written: false, catalogueId: null, name: null, counts: { orientations: 0, objectives: 0, actions: 0, indicators: 0 }, problems };
  if (!tree) return report;
  if (options.name) tree.name = options.name;
  report.name = tree.name;
  const objectives = tree.orientations.flatMap((o) => o.objectives);
  const actions = objectives.flatMap((o) => o.actions);
  report.counts = { orientations: tree.orientations.length, objectives: objectives.length, actions: actions.length, indicators: actions.reduce((n, a) => n + a.indicators.length, 0) };
  if (problems.length) return report;
  const input: CatalogueTree & { active: boolean } = { ...tree, active: false };
  // A refusal at the row its field came from: the deepest part of the tree the field names.
  const placeOf = (field: string) => {
    const key = [...placements.keys()].filter((k) => field === k || field.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
    const place = key ? placements.get(key)! : { sheet: "Catalogue", line: 0 };
    return { sheet: place.sheet, line: place.line, column: key ? field.slice(key.length + 1) || field : field };
  };
  let created: string | null = null;
  const step = { document: CREATE, variables: { input }, placeOf, answered: (data: Record<string, unknown>) => (created = (data.createSanitaryCatalogue as { id: string }).id) };
  report.written = await runImportMutations(ctx, schema, [step], options.dryRun, problems);
  report.catalogueId = report.written ? created : null;
  return report;
}
