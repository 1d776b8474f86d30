/** Calendar dates are 'YYYY-MM-DD' strings: they compare correctly as strings. */
export type IsoDate = string;

const parse = (date: IsoDate) => {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m, d };
};
const format = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { y, m, d } = parse(date);
  return format(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** Same day `months` later, the month's last day when it has no such day (31 → 30). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = parse(date);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

export function isValidIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const { y, m, d } = parse(date);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
