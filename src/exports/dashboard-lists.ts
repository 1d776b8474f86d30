import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify";
import { parse } from "graphql";
import { MAX_PAGE_SIZE } from "../core/pagination";
import { frDate } from "./french";
import { RATE_FORMAT, headerRow } from "./workbook";

/**
 * A dashboard's list of organisations (a region's, a department's, or the whole scope of the
 * user) with their rates, module rates and trend, and the indicator results of the sanitary
 * contracts: the same queries a dashboard makes, a page at a time, streamed to the client so
 * that the national list (10,000 organisations) never sits whole in memory.
 */
export const ORGANISATIONS_PAGE = parse(`
  query OrganisationsExportPage($filter: OrganisationFilter, $skip: Int!, $take: Int!) {
    organisations(filter: $filter, skip: $skip, take: $take, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id name finessJuridique legalStatus progressRate lastProgressAt
        headOfficeRegion { name }
        moduleRates { moduleType { code } rate actionCount }
        trend { lastClosedYear lastClosedRate change }
      }
    }
  }
`);

export const DASHBOARD_HEADINGS = parse(`
  query DashboardExportHeadings($results: IndicatorResultsFilter) {
    moduleTypes { code number title }
    indicatorResults(filter: $results) { year indicators met partlyMet notMet noLongerApplicable notEvaluated metShare partlyMetShare notMetShare }
  }
`);

export interface OrganisationRow {
  id: string;
  name: string;
  finessJuridique: string;
  legalStatus: string;
  progressRate: number | null;
  lastProgressAt: string | null;
  headOfficeRegion: { name: string };
  moduleRates: { moduleType: { code: string }; rate: number | null; actionCount: number }[];
  trend: { lastClosedYear: number; lastClosedRate: number | null; change: number | null } | null;
}

export interface DashboardHeadings {
  moduleTypes: { code: string; number: number; title: string }[];
  indicatorResults: {
    year: number;
    indicators: number;
    met: number;
    partlyMet: number;
    notMet: number;
    noLongerApplicable: number;
    notEvaluated: number;
    metShare: number | null;
    partlyMetShare: number | null;
    notMetShare: number | null;
  }[];
}

/** Fetches the organisations a page at a time (the API's largest page). */
export async function* organisationPages(fetchPage: (skip: number, take: number) => Promise<{ totalCount: number; items: OrganisationRow[] }>): AsyncGenerator<OrganisationRow[]> {
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const page = await fetchPage(skip, MAX_PAGE_SIZE);
    if (page.items.length) yield page.items;
    if (page.items.length < MAX_PAGE_SIZE || skip + page.items.length >= page.totalCount) return;
  }
}

/** The columns of the list, in order: the headings and each organisation's values. */
function organisationColumns(headings: DashboardHeadings): { header: string; width: number; rate?: boolean; value: (o: OrganisationRow) => string | number | null }[] {
  return [
    { header: "Organisme gestionnaire", width: 44, value: (o) => o.name },
    { header: "FINESS juridique", width: 14, value: (o) => o.finessJuridique },
    { header: "Région du siège", width: 24, value: (o) => o.headOfficeRegion.name },
    { header: "Taux d'avancement", width: 14, rate: true, value: (o) => o.progressRate },
    ...headings.moduleTypes.map((m) => ({
      header: `M${m.number} ${m.title}`,
      width: 14,
      rate: true,
      value: (o: OrganisationRow) => o.moduleRates.find((r) => r.moduleType.code === m.code)?.rate ?? null,
    })),
    { header: "Dernière année close", width: 12, value: (o) => o.trend?.lastClosedYear ?? null },
    { header: "Taux à sa clôture", width: 14, rate: true, value: (o) => o.trend?.lastClosedRate ?? null },
    { header: "Évolution depuis (points)", width: 14, value: (o) => o.trend?.change ?? null },
    { header: "Dernière progression", width: 14, value: (o) => (o.lastProgressAt ? frDate(o.lastProgressAt.slice(0, 10)) : null) },
  ];
}

/** The list as a streamed workbook: the organisations, then the indicator results per contract year. */
export async function writeDashboardWorkbook(output: Writable, title: string, headings: DashboardHeadings, pages: AsyncIterable<OrganisationRow[]>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  book.creator = "cpom-graphql";
  book.title = title;
  const columns = organisationColumns(headings);
  const sheet = book.addWorksheet("Organismes", { views: [{ state: "frozen", ySplit: 1 }] });
  // The rate format on the columns, not on each cell: ten thousand rows share one style.
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.rate ? { numFmt: RATE_FORMAT } : {} }));
  headerRow(sheet.getRow(1)).commit();
  for await (const page of pages) {
    for (const organisation of page) sheet.addRow(columns.map((c) => c.value(organisation))).commit();
  }
  sheet.commit();
  const results = book.addWorksheet("Indicateurs");
  results.columns = [
    { header: "Année du contrat", width: 10 },
    { header: "Indicateurs", width: 12 },
    { header: "Atteints", width: 10 },
    { header: "Partiellement atteints", width: 12 },
    { header: "Non atteints", width: 10 },
    { header: "Sans objet", width: 10 },
    { header: "Non évalués", width: 10 },
    { header: "Part atteints", width: 12 },
    { header: "Part partiellement atteints", width: 12 },
    { header: "Part non atteints", width: 12 },
  ];
  headerRow(results.getRow(1)).commit();
  for (const r of headings.indicatorResults) {
    const row = results.addRow([r.year, r.indicators, r.met, r.partlyMet, r.notMet, r.noLongerApplicable, r.notEvaluated, r.metShare, r.partlyMetShare, r.notMetShare]);
    for (const column of [8, 9, 10]) row.getCell(column).numFmt = RATE_FORMAT;
    row.commit();
  }
  results.commit();
  await book.commit();
}

/**
 * The list as CSV the way French spreadsheets open it: semicolons, decimal commas, a byte
 * order mark so accents survive; one header line, then one line per organisation.
 */
export async function writeDashboardCsv(output: Writable, headings: DashboardHeadings, pages: AsyncIterable<OrganisationRow[]>): Promise<void> {
  const columns = organisationColumns(headings);
  const csv = stringify({ delimiter: ";", bom: true, header: true, columns: columns.map((c) => c.header), cast: { number: (n) => String(n).replace(".", ",") } });
  const done = new Promise<void>((resolve, reject) => {
    csv.on("error", reject);
    output.on("error", reject);
    output.on("finish", resolve);
  });
  csv.pipe(output);
  for await (const page of pages) {
    for (const organisation of page) {
      if (!csv.write(columns.map((c) => c.value(organisation)))) await new Promise((resolve) => csv.once("drain", resolve));
    }
  }
  csv.end();
  await done;
}
