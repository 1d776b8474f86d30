import ExcelJS from "exceljs";
import { parse } from "graphql";
import { QuestionAngle } from "../commode/catalogue.entities";
import { headerRow } from "../exports/workbook";
import { Sector } from "../organisations/organisation.entities";
import type { ImportProblem } from "./finess-extract";
import { msg } from "../core/i18n/message";

/**
 * The commode's thematic fiches as a workbook, the layout of both the export and the import
 * (this file is its only description): sheet "Fiches", one row per fiche (module code, code,
 * title, sectors comma-separated, definition, key points and resources one per line); sheet
 * "Questions", one row per question of a fiche (its code, the angle, the question).
 */
export const THEMES_WORKBOOK = parse(`
  query ThemesWorkbook($agencyId: ID) {
    themes(filter: { agencyId: $agencyId }) { code title sectors definition keyPoints resources agencyId moduleType { code number } questions { angle text } }
  }
`);

export interface Fiche {
  moduleTypeCode: string;
  code: string;
  title: string;
  sectors: string[];
  definition: string;
  keyPoints: string[];
  resources: string[];
  questions: { angle: string; text: string }[];
}

interface ThemeRow {
  code: string;
  title: string;
  sectors: string[];
  definition: string;
  keyPoints: string[];
  resources: string[];
  agencyId: string | null;
  moduleType: { code: string; number: number };
  questions: { angle: string; text: string }[];
}

const FICHE_COLUMNS = ["Module", "Code", "Titre", "Secteurs", "Définition", "Points clés", "Ressources"] as const;
const QUESTION_COLUMNS = ["Fiche", "Angle", "Question"] as const;

export function themesWorkbook(themes: ThemeRow[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "cpom-graphql";
  book.title = "Fiches thématiques";
  const fiches = book.addWorksheet("Fiches");
  fiches.columns = FICHE_COLUMNS.map((header, i) => ({ header, width: [22, 22, 50, 20, 70, 60, 50][i] }));
  headerRow(fiches.getRow(1));
  const questions = book.addWorksheet("Questions");
  questions.columns = QUESTION_COLUMNS.map((header, i) => ({ header, width: [22, 20, 90][i] }));
  headerRow(questions.getRow(1));
  for (const theme of [...themes].sort((a, b) => a.moduleType.number - b.moduleType.number || a.code.localeCompare(b.code))) {
    fiches.addRow([theme.moduleType.code, theme.code, theme.title, theme.sectors.join(", "), theme.definition, theme.keyPoints.join("\n"), theme.resources.join("\n")]).alignment = { wrapText: true, vertical: "top" };
    for (const q of theme.questions) questions.addRow([theme.code, q.angle, q.text]);
  }
  return book;
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("").trim();
  if (typeof value === "object" && "text" in value) return String(value.text).trim();
  return String(value).trim();
};

/** Reads the fiches of a workbook in the layout above, every problem by sheet, line and column. */
export async function readThemesWorkbook(bytes: Buffer): Promise<{ fiches: (Fiche & { line: number })[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { fiches: [], problems: [{ line: 0, column: "", message: msg`The file is not an Excel workbook (XLSX): ${(error as Error).message}` }] };
  }
  const rowsOf = (name: string, columns: readonly string[]) => {
    const sheet = book.getWorksheet(name);
    if (!sheet) {
      problems.push({ sheet: name, line: 0, column: "", message: msg`the workbook has no sheet "${name}"` });
      return [];
    }
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    for (const column of columns) if (!header.includes(column)) problems.push({ sheet: name, line: 1, column, message: msg`no column "${column}"` });
    const out: { line: number; get: (column: string) => string }[] = [];
    sheet.eachRow((row, line) => {
      if (line === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (values.some((v) => v !== "")) out.push({ line, get: (column) => values[header.indexOf(column)] ?? "" });
    });
    return out;
  };
  const lines = (value: string) => value.split(/\r?\n/).map((v) => v.trim()).filter(Boolean);
  const fiches: (Fiche & { line: number })[] = [];
  for (const row of rowsOf("Fiches", FICHE_COLUMNS)) {
    const sectors = row.get("Secteurs").split(",").map((v) => v.trim()).filter(Boolean);
    for (const sector of sectors) {
      if (!Object.values(Sector).includes(sector as Sector)) problems.push({ sheet: "Fiches", line: row.line, column: "Secteurs", message: msg`unknown sector ${sector} (${Object.values(Sector).join(", ")})` });
    }
    if (fiches.some((f) => f.code === row.get("Code"))) problems.push({ sheet: "Fiches", line: row.line, column: "Code", message: msg`fiche ${row.get("Code")} is already on an earlier line` });
    fiches.push({
      line: row.line,
      moduleTypeCode: row.get("Module"),
      code: row.get("Code"),
      title: row.get("Titre"),
      sectors,
      definition: row.get("Définition"),
      keyPoints: lines(row.get("Points clés")),
      resources: lines(row.get("Ressources")),
      questions: [],
    });
  }
  for (const row of rowsOf("Questions", QUESTION_COLUMNS)) {
    const fiche = fiches.find((f) => f.code === row.get("Fiche"));
    if (!fiche) problems.push({ sheet: "Questions", line: row.line, column: "Fiche", message: msg`fiche ${row.get("Fiche")} is not on the Fiches sheet` });
    else if (!Object.values(QuestionAngle).includes(row.get("Angle") as QuestionAngle)) {
      problems.push({ sheet: "Questions", line: row.line, column: "Angle", message: msg`unknown angle ${JSON.stringify(row.get("Angle"))} (${Object.values(QuestionAngle).join(", ")})` });
    } else fiche.questions.push({ angle: row.get("Angle"), text: row.get("Question") });
  }
  return { fiches, problems };
}
