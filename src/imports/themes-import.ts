import { execute, parse, type GraphQLSchema } from "graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { DomainError, ErrorCode } from "../core/errors";
import type { ImportProblem } from "./finess-extract";
import { runImportMutations, type ImportStep } from "./in-process";
import { readThemesWorkbook, type Fiche } from "./themes-workbook";
import { msg } from "../core/i18n/message";

const EXISTING = parse(`query ImportThemesExisting($agencyId: ID) { themes(filter: { includeArchived: true, agencyId: $agencyId }) { id version code title sectors definition keyPoints resources agencyId moduleType { code } questions { angle text } } }`);
const CREATE = parse(`mutation ImportTheme($input: CreateThemeInput!) { createTheme(input: $input) { id } }`);
const UPDATE = parse(`mutation ImportThemeUpdate($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }`);

export interface ThemesImportReport {
  dryRun: boolean;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

interface Existing extends Omit<Fiche, "moduleTypeCode"> {
  id: string;
  version: number;
  agencyId: string | null;
  moduleType: { code: string };
}

const same = (a: Existing, b: Fiche) =>
  a.title === b.title &&
  a.definition === b.definition &&
  JSON.stringify([...a.sectors].sort()) === JSON.stringify([...b.sectors].sort()) &&
  JSON.stringify(a.keyPoints) === JSON.stringify(b.keyPoints) &&
  JSON.stringify(a.resources) === JSON.stringify(b.resources) &&
  JSON.stringify(a.questions) === JSON.stringify(b.questions);

/**
 * Loads a region's own thematic fiches from a workbook (layout: themes-workbook.ts): a fiche
 * whose code is new becomes one of the agency's, one of the agency's own with that code is
 * updated, one the same is left alone (importing twice changes nothing); the common
 * catalogue's fiches are not the agency's to change. Through the API's createTheme and
 * updateTheme, in one transaction, with a dry run.
 */
export async function importThemes(ctx: RequestContext, schema: GraphQLSchema, bytes: Buffer, dryRun: boolean): Promise<ThemesImportReport> {
  const user = ctx.user;
  if (user?.role !== Role.AGENCY_ADMIN) throw new DomainError(ErrorCode.FORBIDDEN, msg`Only an agency admin imports thematic fiches`);
  const { fiches, problems } = await readThemesWorkbook(bytes);
  const report: ThemesImportReport = { dryRun, written: false, created: 0, updated: 0, unchanged: 0, problems };
  const agencyId = String(user.tenantAgencyId);
  const existing = ((await execute({ schema, document: EXISTING, contextValue: ctx, variableValues: { agencyId } })).data as { themes: Existing[] }).themes;
  const steps: ImportStep[] = [];
  for (const fiche of fiches) {
    // A refusal is about the fiche: its row (its questions included, which hang from it).
    const place = (field: string) => ({ sheet: "Fiches", line: fiche.line, column: field });
    const { line: _line, moduleTypeCode, ...content } = fiche;
    const found = existing.find((t) => t.code === fiche.code);
    if (!found) {
      report.created += 1;
      steps.push({ document: CREATE, variables: { input: { moduleTypeCode, ...content, agencyId } }, placeOf: place });
    } else if (found.agencyId !== agencyId) {
      problems.push({ sheet: "Fiches", line: fiche.line, column: "Code", message: msg`${fiche.code} is a fiche of the common catalogue: give the agency's own fiche a code of its own` });
    } else if (found.moduleType.code !== moduleTypeCode) {
      problems.push({ sheet: "Fiches", line: fiche.line, column: "Module", message: msg`fiche ${fiche.code} belongs to module ${found.moduleType.code}: a fiche does not change module` });
    } else if (same(found, fiche)) {
      report.unchanged += 1;
    } else {
      report.updated += 1;
      const { code: _code, ...changes } = content;
      steps.push({ document: UPDATE, variables: { input: { id: found.id, version: found.version, ...changes } }, placeOf: place });
    }
  }
  problems.sort((a, b) => (a.sheet ?? "").localeCompare(b.sheet ?? "") || a.line - b.line);
  if (problems.length) return report;
  report.written = await runImportMutations(ctx, schema, steps, dryRun, problems);
  return report;
}
