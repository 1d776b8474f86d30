import type ExcelJS from "exceljs";

/** Rates are kept as the API gives them (0 to 100), shown with one decimal and a percent sign. */
export const RATE_FORMAT = '0.0" %"';
export const DATE_FORMAT = "dd/mm/yyyy";

/** A calendar date as a spreadsheet date (midnight UTC, so no time zone moves it); null stays empty. */
export const asDate = (date: string | null | undefined): Date | null => (date ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : null);

export function headerRow(row: ExcelJS.Row): ExcelJS.Row {
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
  row.alignment = { vertical: "middle", wrapText: true };
  return row;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim();
