import { addDays, addYears, type IsoDate } from "../core/dates";

/** A CPOM runs five years (CASF L313-11, CSP L6114-1). */
export const CONTRACT_YEARS = 5;

export interface ContractYearSpan {
  /** 1 to 5: "year N" of the contract. */
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The end date of a contract starting on `startDate`: the day before its fifth anniversary. */
export function contractEndDate(startDate: IsoDate, years = CONTRACT_YEARS): IsoDate {
  return addDays(addYears(startDate, years), -1);
}

/** The contract years: year N runs from the (N−1)th anniversary of the start to the day before the Nth. */
export function contractYears(startDate: IsoDate, years = CONTRACT_YEARS): ContractYearSpan[] {
  return Array.from({ length: years }, (_, i) => ({
    number: i + 1,
    startDate: addYears(startDate, i),
    endDate: addDays(addYears(startDate, i + 1), -1),
  }));
}

/** The contract year a date falls in, or null outside the contract. */
export function contractYearOf(startDate: IsoDate, date: IsoDate, years = CONTRACT_YEARS): number | null {
  return contractYears(startDate, years).find((year) => year.startDate <= date && date <= year.endDate)?.number ?? null;
}

export function withinPeriod(period: { startDate: IsoDate; endDate: IsoDate }, date: IsoDate): boolean {
  return period.startDate <= date && date <= period.endDate;
}
