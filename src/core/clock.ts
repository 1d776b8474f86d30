/** The server's time source; tests replace it to stand on a chosen date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** Contracts are French: "today" is the calendar date in Paris, whatever the server's zone. */
const PARIS_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** 'YYYY-MM-DD' of an instant, in Paris time. */
export function calendarDate(instant: Date): string {
  return PARIS_DATE.format(instant);
}
