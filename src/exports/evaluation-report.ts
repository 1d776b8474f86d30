import ExcelJS from "exceljs";
import { parse } from "graphql";
import { CONTRACT_YEARS } from "../contracts/period";
import { heading, note, paragraph, table, type Block, type PrintableDocument } from "./document";
import { CONTRACT_KIND, EVALUATION_KIND, PHASE, PROPOSAL, VERDICT, frDate, frRate, orDash, say } from "./french";
import { RATE_FORMAT, headerRow } from "./workbook";

/**
 * The evaluation report, laid out as the ARS Île-de-France evaluation template [IDF evaluation
 * 2022]: for each engagement its indicator, T0, the target and the actual of each year and the
 * verdict; the diagnostics of the structure, of the agency and the shared one; the SWOT; the
 * proposals for the next contract. A medico-social contract's final evaluation (its bilan)
 * adds the rates reached per module and the actions not closed.
 */
export const EVALUATION_REPORT = parse(`
  query EvaluationReport($id: ID!) {
    contract(id: $id) {
      id kind startDate endDate
      organisation { name finessJuridique }
      agency { name }
      annex1 {
        orientation { code title }
        objectives {
          objective { code title }
          actions { code title indicator { label unit baseline baselineYear notMeasurable years { year target actual verdict } } }
        }
      }
      evaluations {
        kind
        structureDiagnostic structureDiagnosticDate agencyDiagnostic agencyDiagnosticDate sharedDiagnostic sharedDiagnosticDate
        strengths weaknesses opportunities threats
        proposals { proposal description proposedBy proposedAt contractAction { code title } }
        modules { progressRate actionCount moduleType { number title } }
        openActions { title phase completion progress module { moduleType { number title } } }
      }
    }
  }
`);

interface Indicator {
  label: string;
  unit: string | null;
  baseline: string | null;
  baselineYear: number | null;
  notMeasurable: boolean;
  years: { year: number; target: string | null; actual: string | null; verdict: string | null }[];
}

export interface Evaluation {
  kind: string;
  structureDiagnostic: string | null;
  structureDiagnosticDate: string | null;
  agencyDiagnostic: string | null;
  agencyDiagnosticDate: string | null;
  sharedDiagnostic: string | null;
  sharedDiagnosticDate: string | null;
  strengths: string | null;
  weaknesses: string | null;
  opportunities: string | null;
  threats: string | null;
  proposals: { proposal: string; description: string; proposedBy: string; proposedAt: string; contractAction: { code: string; title: string } | null }[];
  modules: { progressRate: number | null; actionCount: number; moduleType: { number: number; title: string } }[];
  openActions: { title: string; phase: string; completion: number; progress: number; module: { moduleType: { number: number; title: string } } }[];
}

export interface EvaluationReportData {
  contract: {
    id: string;
    kind: string;
    startDate: string;
    endDate: string;
    organisation: { name: string; finessJuridique: string };
    agency: { name: string };
    annex1: { orientation: { code: string; title: string }; objectives: { objective: { code: string; title: string }; actions: { code: string; title: string; indicator: Indicator | null }[] }[] }[];
    evaluations: Evaluation[];
  } | null;
}

const YEARS = Array.from({ length: CONTRACT_YEARS }, (_, i) => i + 1);

/** One row per engagement: code, action, indicator, T0, then target, actual and verdict of each year. */
function engagementRows(data: EvaluationReportData): { objective: string; code: string; action: string; indicator: Indicator | null }[] {
  return data.contract!.annex1.flatMap((o) =>
    o.objectives.flatMap((objective) => objective.actions.map((a) => ({ objective: `${objective.objective.code} ${objective.objective.title}`, code: a.code, action: a.title, indicator: a.indicator }))),
  );
}

const yearOf = (indicator: Indicator | null, year: number) => indicator?.years.find((y) => y.year === year);
const t0 = (i: Indicator | null) => (i ? `${orDash(i.baseline)}${i.baselineYear ? ` (${i.baselineYear})` : ""}` : "—");

export function evaluationDocument(data: EvaluationReportData, evaluation: Evaluation, today: string): PrintableDocument {
  const contract = data.contract!;
  const blocks: Block[] = [];
  const engagements = engagementRows(data);
  if (engagements.length) {
    blocks.push(heading("Suivi des engagements"));
    for (const e of engagements) {
      blocks.push(heading(`${e.code} ${e.action}`, 3));
      blocks.push(paragraph(e.indicator ? `${e.indicator.label}${e.indicator.unit ? ` (${e.indicator.unit})` : ""}${e.indicator.notMeasurable ? " — déclaré non mesurable" : ""}` : "aucun indicateur", "Indicateur"));
      blocks.push(paragraph(t0(e.indicator), "Valeur initiale T0"));
      blocks.push(
        table(
          [
            { header: "Année", width: 1 },
            { header: "Cible", width: 2 },
            { header: "Réalisé", width: 2 },
            { header: "Appréciation", width: 2 },
          ],
          YEARS.map((y) => {
            const row = yearOf(e.indicator, y);
            return [`A${y}`, orDash(row?.target), orDash(row?.actual), row?.verdict ? say(VERDICT, row.verdict) : "—"];
          }),
        ),
      );
    }
  }
  if (evaluation.modules.length) {
    blocks.push(heading("Taux d'avancement atteints par module"));
    blocks.push(
      table(
        [
          { header: "Module", width: 6 },
          { header: "Actions", width: 1, align: "right" },
          { header: "Taux", width: 2, align: "right" },
        ],
        evaluation.modules.map((m) => [`${m.moduleType.number}. ${m.moduleType.title}`, String(m.actionCount), frRate(m.progressRate)]),
      ),
    );
    blocks.push(heading("Actions non clôturées", 2));
    blocks.push(
      evaluation.openActions.length
        ? table(
            [
              { header: "Module", width: 3 },
              { header: "Action", width: 5 },
              { header: "Phase", width: 2 },
              { header: "Avancement", width: 2, align: "right" },
            ],
            evaluation.openActions.map((a) => [`${a.module.moduleType.number}. ${a.module.moduleType.title}`, a.title, `${say(PHASE, a.phase)} (${a.completion} %)`, frRate(a.progress)]),
          )
        : note("Toutes les actions sont clôturées."),
    );
  }
  blocks.push(heading("Diagnostics"));
  const dated = (text: string | null, date: string | null) => (text ? `${text}${date ? ` (${frDate(date)})` : ""}` : "—");
  blocks.push(paragraph(dated(evaluation.structureDiagnostic, evaluation.structureDiagnosticDate), "Diagnostic de la structure"));
  blocks.push(paragraph(dated(evaluation.agencyDiagnostic, evaluation.agencyDiagnosticDate), "Diagnostic de l'ARS"));
  blocks.push(paragraph(dated(evaluation.sharedDiagnostic, evaluation.sharedDiagnosticDate), "Diagnostic partagé et propositions à retenir"));
  blocks.push(heading("Analyse AFOM (forces, faiblesses, opportunités, menaces)"));
  blocks.push(
    table(
      [
        { header: "Forces", width: 1 },
        { header: "Faiblesses", width: 1 },
      ],
      [[orDash(evaluation.strengths), orDash(evaluation.weaknesses)]],
    ),
    table(
      [
        { header: "Opportunités", width: 1 },
        { header: "Menaces", width: 1 },
      ],
      [[orDash(evaluation.opportunities), orDash(evaluation.threats)]],
    ),
  );
  blocks.push(heading("Propositions pour le prochain CPOM"));
  blocks.push(
    evaluation.proposals.length
      ? table(
          [
            { header: "Proposition", width: 2 },
            { header: "Engagement", width: 4 },
            { header: "Description", width: 6 },
            { header: "Par", width: 2 },
          ],
          evaluation.proposals.map((p) => [say(PROPOSAL, p.proposal), p.contractAction ? `${p.contractAction.code} ${p.contractAction.title}` : "nouvel engagement", p.description, p.proposedBy]),
        )
      : note("Aucune proposition."),
  );
  const title = `${say(EVALUATION_KIND, evaluation.kind)} du CPOM — ${contract.organisation.name}`;
  return {
    title,
    subtitle: [`${say(CONTRACT_KIND, contract.kind)} n° ${contract.id} entre ${contract.agency.name} et ${contract.organisation.name}`, `Du ${frDate(contract.startDate)} au ${frDate(contract.endDate)} — rapport établi le ${frDate(today)}`],
    blocks,
    footer: `${say(EVALUATION_KIND, evaluation.kind)} — CPOM n° ${contract.id} — ${contract.organisation.name}`,
  };
}

/** The same report as a workbook: the engagements grid (one row per engagement, columns per year), the diagnostics and SWOT, the proposals. */
export function evaluationWorkbook(data: EvaluationReportData, evaluation: Evaluation): ExcelJS.Workbook {
  const contract = data.contract!;
  const book = new ExcelJS.Workbook();
  book.creator = "cpom-graphql";
  book.title = `${say(EVALUATION_KIND, evaluation.kind)} — ${contract.organisation.name}`;
  const grid = book.addWorksheet("Engagements");
  grid.columns = [
    { header: "Objectif", width: 36 },
    { header: "Code", width: 10 },
    { header: "Action", width: 40 },
    { header: "Indicateur", width: 40 },
    { header: "T0", width: 12 },
    ...YEARS.flatMap((y) => [
      { header: `Cible A${y}`, width: 11 },
      { header: `Réalisé A${y}`, width: 11 },
      { header: `Appréciation A${y}`, width: 16 },
    ]),
  ];
  headerRow(grid.getRow(1));
  grid.views = [{ state: "frozen", ySplit: 1, xSplit: 3 }];
  for (const e of engagementRows(data)) {
    grid.addRow([
      e.objective,
      e.code,
      e.action,
      e.indicator?.label ?? null,
      e.indicator ? t0(e.indicator) : null,
      ...YEARS.flatMap((y) => {
        const row = yearOf(e.indicator, y);
        return [row?.target ?? null, row?.actual ?? null, row?.verdict ? say(VERDICT, row.verdict) : null];
      }),
    ]);
  }
  if (evaluation.modules.length) {
    const modules = book.addWorksheet("Modules");
    modules.columns = [
      { header: "Module", width: 44 },
      { header: "Actions", width: 10 },
      { header: "Taux d'avancement", width: 18 },
    ];
    headerRow(modules.getRow(1));
    for (const m of evaluation.modules) modules.addRow([`${m.moduleType.number}. ${m.moduleType.title}`, m.actionCount, m.progressRate]).getCell(3).numFmt = RATE_FORMAT;
    const open = book.addWorksheet("Actions non clôturées");
    open.columns = [
      { header: "Module", width: 44 },
      { header: "Action", width: 48 },
      { header: "Phase", width: 16 },
      { header: "Réalisation (%)", width: 14 },
      { header: "Avancement (%)", width: 14 },
    ];
    headerRow(open.getRow(1));
    for (const a of evaluation.openActions) open.addRow([`${a.module.moduleType.number}. ${a.module.moduleType.title}`, a.title, say(PHASE, a.phase), a.completion, a.progress]);
  }
  const diagnostics = book.addWorksheet("Diagnostics et AFOM");
  diagnostics.columns = [{ width: 40 }, { width: 90 }, { width: 14 }];
  headerRow(diagnostics.addRow(["Rubrique", "Texte", "Date"]));
  const rows: [string, string | null, string | null][] = [
    ["Diagnostic de la structure", evaluation.structureDiagnostic, evaluation.structureDiagnosticDate],
    ["Diagnostic de l'ARS", evaluation.agencyDiagnostic, evaluation.agencyDiagnosticDate],
    ["Diagnostic partagé et propositions à retenir", evaluation.sharedDiagnostic, evaluation.sharedDiagnosticDate],
    ["Forces", evaluation.strengths, null],
    ["Faiblesses", evaluation.weaknesses, null],
    ["Opportunités", evaluation.opportunities, null],
    ["Menaces", evaluation.threats, null],
  ];
  for (const [label, text, date] of rows) diagnostics.addRow([label, text, date ? frDate(date) : null]).alignment = { wrapText: true, vertical: "top" };
  const proposals = book.addWorksheet("Propositions");
  proposals.columns = [
    { header: "Proposition", width: 16 },
    { header: "Engagement", width: 44 },
    { header: "Description", width: 70 },
    { header: "Par", width: 24 },
  ];
  headerRow(proposals.getRow(1));
  for (const p of evaluation.proposals) proposals.addRow([say(PROPOSAL, p.proposal), p.contractAction ? `${p.contractAction.code} ${p.contractAction.title}` : "nouvel engagement", p.description, p.proposedBy]);
  return book;
}
