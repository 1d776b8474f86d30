import ExcelJS from "exceljs";
import { parse } from "graphql";
import { headerRow } from "../exports/workbook";
import type { ImportProblem } from "./finess-extract";
import { LegalStatus } from "../organisations/organisation.entities";
import { DataSource, Direction, IndicatorType } from "../sanitary/sanitary.enums";
import { msg } from "../core/i18n/message";

/**
 * A sanitary catalogue as a workbook, the layout agencies keep theirs in and the one both the
 * export and the import use (this file is its only description):
 * - "Catalogue": name, source, objectives at most by default (label in column A, value in B);
 * - "Limites": one row per establishment category and the objectives it may retain;
 * - "Actions": one row per action, under its orientation and objective, with whether it is
 *   mandatory and the establishments it concerns as a rule (the catalogue's words, then the
 *   legal statuses and the activity codes a site must hold all of, one of, none of, and the
 *   categories the organisation must manage; lists separated by commas);
 * - "Indicateurs": one row per suggested indicator, under its action's code.
 */
export const CATALOGUE_WORKBOOK = parse(`
  query CatalogueWorkbook($id: ID!) {
    sanitaryCatalogue(id: $id) {
      id name source defaultMaxObjectives regionCode
      objectiveLimits { category maxObjectives }
      orientations {
        code title
        objectives {
          code title
          actions {
            code title mandatory note
            concerned { text legalStatuses allOf anyOf noneOf organisationManages }
            indicators { label type unit calculationMethod dataSource collectionPeriod direction }
          }
        }
      }
    }
  }
`);

interface Indicator {
  label: string;
  type: string;
  unit: string | null;
  calculationMethod: string | null;
  dataSource: string;
  collectionPeriod: string | null;
  direction: string;
}
interface Concerned {
  text: string;
  legalStatuses: string[];
  allOf: string[];
  anyOf: string[];
  noneOf: string[];
  organisationManages: string[];
}
interface Action {
  code: string;
  title: string;
  mandatory: boolean;
  note: string | null;
  concerned: Concerned;
  indicators: Indicator[];
}
export interface CatalogueTree {
  name: string;
  source: string | null;
  defaultMaxObjectives: number;
  objectiveLimits: { category: string; maxObjectives: number }[];
  orientations: { code: string; title: string; objectives: { code: string; title: string; actions: Action[] }[] }[];
}

const ACTION_COLUMNS = [
  "Orientation",
  "Intitulé de l'orientation",
  "Objectif",
  "Intitulé de l'objectif",
  "Action",
  "Intitulé de l'action",
  "Obligatoire",
  "Établissements concernés",
  "Statuts juridiques",
  "Toutes les activités",
  "Au moins une activité",
  "Aucune activité",
  "Catégories gérées",
  "Note",
] as const;
const INDICATOR_COLUMNS = ["Action", "Indicateur", "Type", "Unité", "Mode de calcul", "Source", "Période de recueil", "Sens"] as const;
const CATALOGUE_LABELS = { name: "Nom", source: "Source", defaultMaxObjectives: "Objectifs au plus (par défaut)" } as const;

const list = (values: string[]) => values.join(", ");
const YES = "oui";
const NO = "non";

export function catalogueWorkbook(catalogue: CatalogueTree): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "cpom-graphql";
  book.title = catalogue.name;
  const head = book.addWorksheet("Catalogue");
  head.columns = [{ width: 32 }, { width: 80 }];
  head.addRow([CATALOGUE_LABELS.name, catalogue.name]);
  head.addRow([CATALOGUE_LABELS.source, catalogue.source]);
  head.addRow([CATALOGUE_LABELS.defaultMaxObjectives, catalogue.defaultMaxObjectives]);
  const limits = book.addWorksheet("Limites");
  limits.columns = [
    { header: "Catégorie", width: 40 },
    { header: "Objectifs au plus", width: 18 },
  ];
  headerRow(limits.getRow(1));
  for (const limit of catalogue.objectiveLimits) limits.addRow([limit.category, limit.maxObjectives]);
  const actions = book.addWorksheet("Actions");
  actions.columns = ACTION_COLUMNS.map((header, i) => ({ header, width: [10, 40, 10, 40, 12, 60][i] ?? 24 }));
  headerRow(actions.getRow(1));
  actions.views = [{ state: "frozen", ySplit: 1 }];
  const indicators = book.addWorksheet("Indicateurs");
  indicators.columns = INDICATOR_COLUMNS.map((header, i) => ({ header, width: i === 1 ? 60 : 18 }));
  headerRow(indicators.getRow(1));
  for (const orientation of catalogue.orientations) {
    for (const objective of orientation.objectives) {
      for (const action of objective.actions) {
        const c = action.concerned;
        actions.addRow([orientation.code, orientation.title, objective.code, objective.title, action.code, action.title, action.mandatory ? YES : NO, c.text, list(c.legalStatuses), list(c.allOf), list(c.anyOf), list(c.noneOf), list(c.organisationManages), action.note]);
        for (const i of action.indicators) indicators.addRow([action.code, i.label, i.type, i.unit, i.calculationMethod, i.dataSource, i.collectionPeriod, i.direction]);
      }
    }
  }
  return book;
}

/** Where each part of the tree came from, to say which row a refusal of the API is about. */
export interface CataloguePlacement {
  sheet: string;
  line: number;
}

/**
 * Reads a catalogue workbook in the layout above into the input of createSanitaryCatalogue,
 * with every problem of structure (a missing sheet or column, an orientation or objective
 * titled two ways, an indicator of an unknown action) by sheet, line and column.
 */
export async function readCatalogueWorkbook(bytes: Buffer): Promise<{ tree: CatalogueTree | null; problems: ImportProblem[]; placements: Map<string, CataloguePlacement> }> {
  const problems: ImportProblem[] = [];
  const placements = new Map<string, CataloguePlacement>();
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { tree: null, problems: [{ line: 0, column: "", message: msg`The file is not an Excel workbook (XLSX): ${(error as Error).message}` }], placements };
  }
  const text = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("").trim();
    if (typeof value === "object" && "text" in value) return String(value.text).trim();
    return String(value).trim();
  };
  const sheetOf = (name: string) => {
    const sheet = book.getWorksheet(name);
    if (!sheet) problems.push({ sheet: name, line: 0, column: "", message: msg`the workbook has no sheet "${name}"` });
    return sheet;
  };
  /** The rows of a sheet under its header, as records by header, each with its line. */
  const records = (sheet: ExcelJS.Worksheet, columns: readonly string[]) => {
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
    for (const column of columns) if (!header.includes(column)) problems.push({ sheet: sheet.name, line: 1, column, message: msg`sheet "${sheet.name}" has no column "${column}"` });
    const out: { line: number; get: (column: string) => string }[] = [];
    sheet.eachRow((row, line) => {
      if (line === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(text);
      if (values.every((v) => v === "")) return;
      out.push({ line, get: (column) => values[header.indexOf(column)] ?? "" });
    });
    return out;
  };
  const head = sheetOf("Catalogue");
  const limitsSheet = sheetOf("Limites");
  const actionsSheet = sheetOf("Actions");
  const indicatorsSheet = sheetOf("Indicateurs");
  if (!head || !limitsSheet || !actionsSheet || !indicatorsSheet) return { tree: null, problems, placements };

  const labelled = new Map<string, string>();
  head.eachRow((row) => labelled.set(text(row.getCell(1).value), text(row.getCell(2).value)));
  const defaultMax = Number(labelled.get(CATALOGUE_LABELS.defaultMaxObjectives));
  if (!Number.isInteger(defaultMax)) problems.push({ sheet: "Catalogue", line: 3, column: CATALOGUE_LABELS.defaultMaxObjectives, message: msg`expected a whole number` });
  const tree: CatalogueTree = { name: labelled.get(CATALOGUE_LABELS.name) ?? "", source: labelled.get(CATALOGUE_LABELS.source) || null, defaultMaxObjectives: defaultMax, objectiveLimits: [], orientations: [] };
  placements.set("name", { sheet: "Catalogue", line: 1 });
  for (const row of records(limitsSheet, ["Catégorie", "Objectifs au plus"])) {
    const max = Number(row.get("Objectifs au plus"));
    if (!Number.isInteger(max)) problems.push({ sheet: "Limites", line: row.line, column: "Objectifs au plus", message: msg`sheet "Limites": expected a whole number` });
    placements.set(`objectiveLimits.${tree.objectiveLimits.length}`, { sheet: "Limites", line: row.line });
    tree.objectiveLimits.push({ category: row.get("Catégorie"), maxObjectives: max });
  }
  const split = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean);
  const actions = new Map<string, { action: Action; path: string }>();
  for (const row of records(actionsSheet, ACTION_COLUMNS)) {
    let o = tree.orientations.findIndex((x) => x.code === row.get("Orientation"));
    if (o < 0) {
      o = tree.orientations.push({ code: row.get("Orientation"), title: row.get("Intitulé de l'orientation"), objectives: [] }) - 1;
      placements.set(`orientations.${o}`, { sheet: "Actions", line: row.line });
    } else if (tree.orientations[o].title !== row.get("Intitulé de l'orientation")) {
      problems.push({ sheet: "Actions", line: row.line, column: "Intitulé de l'orientation", message: msg`orientation ${row.get("Orientation")} is titled differently on an earlier line` });
    }
    const orientation = tree.orientations[o];
    let b = orientation.objectives.findIndex((x) => x.code === row.get("Objectif"));
    if (b < 0) {
      b = orientation.objectives.push({ code: row.get("Objectif"), title: row.get("Intitulé de l'objectif"), actions: [] }) - 1;
      placements.set(`orientations.${o}.objectives.${b}`, { sheet: "Actions", line: row.line });
    } else if (orientation.objectives[b].title !== row.get("Intitulé de l'objectif")) {
      problems.push({ sheet: "Actions", line: row.line, column: "Intitulé de l'objectif", message: msg`objective ${row.get("Objectif")} is titled differently on an earlier line` });
    }
    const mandatory = row.get("Obligatoire").toLowerCase();
    if (mandatory !== YES && mandatory !== NO) problems.push({ sheet: "Actions", line: row.line, column: "Obligatoire", message: msg`expected ${YES} or ${NO}` });
    if (actions.has(row.get("Action"))) problems.push({ sheet: "Actions", line: row.line, column: "Action", message: msg`action ${row.get("Action")} is already on an earlier line` });
    const action: Action = {
      code: row.get("Action"),
      title: row.get("Intitulé de l'action"),
      mandatory: mandatory === YES,
      note: row.get("Note") || null,
      concerned: {
        text: row.get("Établissements concernés"),
        legalStatuses: split(row.get("Statuts juridiques")),
        allOf: split(row.get("Toutes les activités")),
        anyOf: split(row.get("Au moins une activité")),
        noneOf: split(row.get("Aucune activité")),
        organisationManages: split(row.get("Catégories gérées")),
      },
      indicators: [],
    };
    for (const status of action.concerned.legalStatuses) {
      if (!Object.values(LegalStatus).includes(status as LegalStatus)) problems.push({ sheet: "Actions", line: row.line, column: "Statuts juridiques", message: msg`unknown legal status ${status} (${Object.values(LegalStatus).join(", ")})` });
    }
    const a = orientation.objectives[b].actions.push(action) - 1;
    placements.set(`orientations.${o}.objectives.${b}.actions.${a}`, { sheet: "Actions", line: row.line });
    actions.set(action.code, { action, path: `orientations.${o}.objectives.${b}.actions.${a}` });
  }
  for (const row of records(indicatorsSheet, INDICATOR_COLUMNS)) {
    const found = actions.get(row.get("Action"));
    if (!found) {
      problems.push({ sheet: "Indicateurs", line: row.line, column: "Action", message: msg`sheet "Indicateurs": action ${row.get("Action")} is not on the Actions sheet` });
      continue;
    }
    const { action, path } = found;
    for (const [column, values] of [
      ["Type", IndicatorType],
      ["Source", DataSource],
      ["Sens", Direction],
    ] as const) {
      if (!Object.values(values).includes(row.get(column) as never)) problems.push({ sheet: "Indicateurs", line: row.line, column, message: msg`unknown value ${JSON.stringify(row.get(column))} (${Object.values(values).join(", ")})` });
    }
    action.indicators.push({
      label: row.get("Indicateur"),
      type: row.get("Type"),
      unit: row.get("Unité") || null,
      calculationMethod: row.get("Mode de calcul") || null,
      dataSource: row.get("Source"),
      collectionPeriod: row.get("Période de recueil") || null,
      direction: row.get("Sens"),
    });
    placements.set(`${path}.indicators.${action.indicators.length - 1}`, { sheet: "Indicateurs", line: row.line });
  }
  return { tree, problems, placements };
}
