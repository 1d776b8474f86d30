import ExcelJS from "exceljs";
import { parse } from "graphql";
import { frDate, PHASE, say } from "./french";
import { RATE_FORMAT, DATE_FORMAT, asDate, headerRow, sheetName } from "./workbook";

/**
 * The plan's follow-up as the agencies' working files lay it out: a summary (contract,
 * modules, organisation, the rates of each closed year) then one sheet per module with its
 * actions. Every figure is the API's answer to this query.
 */
export const PLAN_WORKBOOK = parse(`
  query PlanWorkbook($id: ID!) {
    contract(id: $id) {
      id kind status startDate endDate progressRate expectedRate currentYear
      organisation { name finessJuridique progressRate }
      agency { name }
      modules {
        id mandatory progressRate activatedOn actionCount
        moduleType { code number title }
        actions {
          id title personInCharge phase completion progress plannedStartDate plannedEndDate
          theme { code title }
          phaseHistory { changedAt toPhase toCompletion }
        }
      }
      progressHistory { year yearStartDate yearEndDate contractRate organisationRate closedAt modules { moduleType { code } rate actionCount } }
    }
  }
`);

export interface PlanWorkbookData {
  contract: {
    id: string;
    kind: string;
    status: string;
    startDate: string;
    endDate: string;
    progressRate: number | null;
    expectedRate: number | null;
    currentYear: number | null;
    organisation: { name: string; finessJuridique: string; progressRate: number | null };
    agency: { name: string };
    modules: {
      id: string;
      mandatory: boolean;
      progressRate: number | null;
      activatedOn: string;
      actionCount: number;
      moduleType: { code: string; number: number; title: string };
      actions: {
        id: string;
        title: string;
        personInCharge: string | null;
        phase: string;
        completion: number;
        progress: number;
        plannedStartDate: string | null;
        plannedEndDate: string | null;
        theme: { code: string; title: string } | null;
        phaseHistory: { changedAt: string; toPhase: string; toCompletion: number }[];
      }[];
    }[];
    progressHistory: { year: number; yearStartDate: string; yearEndDate: string; contractRate: number | null; organisationRate: number | null; closedAt: string; modules: { moduleType: { code: string }; rate: number | null; actionCount: number }[] }[];
  } | null;
}

/** When an action actually started (its first move) and ended (closure reached at 100 %). */
function actualDates(history: { changedAt: string; toPhase: string; toCompletion: number }[]): { started: string | null; ended: string | null } {
  const closed = [...history].reverse().find((h) => h.toPhase === "CLOSURE" && h.toCompletion === 100);
  return { started: history[0]?.changedAt.slice(0, 10) ?? null, ended: closed?.changedAt.slice(0, 10) ?? null };
}

export function planWorkbook(data: PlanWorkbookData, today: string): ExcelJS.Workbook {
  const contract = data.contract!;
  const book = new ExcelJS.Workbook();
  book.creator = "cpom-graphql";
  book.title = `Suivi du plan d'actions — ${contract.organisation.name}`;

  const summary = book.addWorksheet("Synthèse");
  summary.columns = [{ width: 44 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 18 }];
  summary.addRow([`Suivi du plan d'actions — CPOM n° ${contract.id}`]).font = { bold: true, size: 14 };
  summary.addRow(["Organisme gestionnaire", contract.organisation.name]);
  summary.addRow(["FINESS juridique", contract.organisation.finessJuridique]);
  summary.addRow(["Agence", contract.agency.name]);
  summary.addRow(["Période", `du ${frDate(contract.startDate)} au ${frDate(contract.endDate)}`]);
  summary.addRow(["État au", asDate(today)]).getCell(2).numFmt = DATE_FORMAT;
  summary.addRow(["Année du contrat en cours", contract.currentYear]);
  summary.addRow([]);
  const rates: [string, number | null][] = [
    ["Taux d'avancement du contrat", contract.progressRate],
    ["Taux attendu par la campagne (année en cours)", contract.expectedRate],
    ["Taux d'avancement de l'organisme (tous ses CPOM)", contract.organisation.progressRate],
  ];
  for (const [label, value] of rates) summary.addRow([label, value]).getCell(2).numFmt = RATE_FORMAT;
  summary.addRow([]);
  headerRow(summary.addRow(["Module", "Obligatoire", "Actions", "Taux d'avancement"]));
  for (const module of contract.modules) {
    const row = summary.addRow([`${module.moduleType.number}. ${module.moduleType.title}`, module.mandatory ? "oui" : "non", module.actionCount, module.progressRate]);
    row.getCell(4).numFmt = RATE_FORMAT;
  }
  summary.addRow([]);
  headerRow(summary.addRow(["Historique annuel", "Début", "Fin", "Taux du contrat", "Taux de l'organisme"]));
  for (const year of contract.progressHistory) {
    const row = summary.addRow([`Année ${year.year}`, asDate(year.yearStartDate), asDate(year.yearEndDate), year.contractRate, year.organisationRate]);
    row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(3).numFmt = DATE_FORMAT;
    row.getCell(4).numFmt = RATE_FORMAT;
    row.getCell(5).numFmt = RATE_FORMAT;
  }
  if (contract.progressHistory.length) {
    summary.addRow([]);
    headerRow(summary.addRow(["Taux par module et par année", ...contract.progressHistory.map((y) => `Année ${y.year}`)]));
    for (const module of contract.modules) {
      const row = summary.addRow([
        `${module.moduleType.number}. ${module.moduleType.title}`,
        ...contract.progressHistory.map((y) => y.modules.find((m) => m.moduleType.code === module.moduleType.code)?.rate ?? null),
      ]);
      row.eachCell((cell, column) => {
        if (column > 1) cell.numFmt = RATE_FORMAT;
      });
    }
  }

  for (const module of contract.modules) {
    const sheet = book.addWorksheet(sheetName(`M${module.moduleType.number} ${module.moduleType.title}`));
    sheet.columns = [
      { header: "Action", width: 48 },
      { header: "Thème", width: 36 },
      { header: "Responsable", width: 20 },
      { header: "Phase", width: 16 },
      { header: "Réalisation de la phase (%)", width: 14 },
      { header: "Avancement (%)", width: 14 },
      { header: "Début prévu", width: 13 },
      { header: "Fin prévue", width: 13 },
      { header: "Démarrée le", width: 13 },
      { header: "Clôturée le", width: 13 },
    ];
    headerRow(sheet.getRow(1));
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const action of module.actions) {
      const actual = actualDates(action.phaseHistory);
      const row = sheet.addRow([
        action.title,
        action.theme ? `${action.theme.code} ${action.theme.title}` : null,
        action.personInCharge,
        say(PHASE, action.phase),
        action.completion,
        action.progress,
        asDate(action.plannedStartDate),
        asDate(action.plannedEndDate),
        asDate(actual.started),
        asDate(actual.ended),
      ]);
      row.getCell(6).numFmt = "0.0";
      for (const column of [7, 8, 9, 10]) row.getCell(column).numFmt = DATE_FORMAT;
    }
    const total = sheet.addRow(["Taux d'avancement du module", null, null, null, null, module.progressRate]);
    total.font = { bold: true };
    total.getCell(6).numFmt = "0.0";
  }
  return book;
}
