import { Direction, IndicatorType, Verdict } from "./sanitary.enums";

/** A value as stored: numbers (YES_NO as 1 / 0) or text. */
export interface StoredValue {
  number: number | null;
  text: string | null;
}

export const EMPTY: StoredValue = { number: null, text: null };

/**
 * Reads a value typed by a person for an indicator of a type: YES / NO (OUI / NON) for
 * YES_NO, a number for COUNT and AMOUNT (a decimal comma is accepted), a percentage from 0
 * to 100 for RATE, any text for TEXT. Returns the stored value, or why it is not one.
 */
export function parseIndicatorValue(type: IndicatorType, raw: string): { value: StoredValue } | { problem: string } {
  const text = raw.trim();
  if (type === IndicatorType.TEXT) return text ? { value: { number: null, text } } : { problem: "is empty" };
  if (type === IndicatorType.YES_NO) {
    const upper = text.toUpperCase();
    if (upper === "YES" || upper === "OUI") return { value: { number: 1, text: null } };
    if (upper === "NO" || upper === "NON") return { value: { number: 0, text: null } };
    return { problem: `must be YES or NO for a yes/no indicator, got "${raw}"` };
  }
  if (!/^[+-]?\d+([.,]\d+)?$/.test(text)) return { problem: `must be a number for a ${type} indicator, got "${raw}"` };
  const number = Number(text.replace(",", "."));
  if (type === IndicatorType.RATE && (number < 0 || number > 100)) return { problem: `must be a percentage from 0 to 100, got ${number}` };
  if (type === IndicatorType.COUNT && number < 0) return { problem: `cannot be negative, got ${number}` };
  return { value: { number, text: null } };
}

/** The value as shown: YES / NO, the number, or the text. */
export function formatIndicatorValue(type: IndicatorType, value: StoredValue): string | null {
  if (type === IndicatorType.TEXT) return value.text;
  if (value.number === null) return null;
  if (type === IndicatorType.YES_NO) return value.number === 1 ? "YES" : "NO";
  return String(value.number);
}

export interface VerdictInput {
  type: IndicatorType;
  direction: Direction;
  baseline: number | null;
  target: StoredValue;
  actual: StoredValue;
  /** The agency agreed that the indicator cannot be measured: it is no longer followed. */
  noLongerFollowed?: boolean;
}

const EPSILON = 1e-9;

/**
 * The verdict on one year of an indicator, computed from its target, its actual and its
 * direction (the one rule; an agency officer may override it, with a reason):
 * - an indicator the agency agreed cannot be measured: NO_LONGER_APPLICABLE;
 * - no target or no actual yet: no verdict; TEXT indicators are judged by the agency;
 * - YES_NO: MET when the actual is YES, or when NO was all that was expected that year;
 * - numbers: MET when the actual reaches the target in the indicator's direction; PARTLY_MET
 *   when it moved from the baseline toward the target without reaching it (for TARGET_EXACT:
 *   closer to the target than the baseline was); NOT_MET otherwise.
 */
export function computeVerdict(input: VerdictInput): Verdict | null {
  const { type, direction, baseline } = input;
  const target = input.target.number;
  const actual = input.actual.number;
  if (input.noLongerFollowed) return Verdict.NO_LONGER_APPLICABLE;
  if (type === IndicatorType.TEXT || target === null || actual === null) return null;
  if (type === IndicatorType.YES_NO) return actual === 1 || target === 0 ? Verdict.MET : Verdict.NOT_MET;
  switch (direction) {
    case Direction.HIGHER_IS_BETTER:
      if (actual >= target - EPSILON) return Verdict.MET;
      return baseline !== null && actual > baseline ? Verdict.PARTLY_MET : Verdict.NOT_MET;
    case Direction.LOWER_IS_BETTER:
      if (actual <= target + EPSILON) return Verdict.MET;
      return baseline !== null && actual < baseline ? Verdict.PARTLY_MET : Verdict.NOT_MET;
    case Direction.TARGET_EXACT:
      if (Math.abs(actual - target) <= EPSILON) return Verdict.MET;
      return baseline !== null && Math.abs(actual - target) < Math.abs(baseline - target) ? Verdict.PARTLY_MET : Verdict.NOT_MET;
  }
}

/** The verdict that counts for a year: the agency's override if any, else the computed one (results.ts says the same in SQL). */
export function effectiveVerdict(year: { overrideVerdict: Verdict | null; computedVerdict: Verdict | null }): Verdict | null {
  return year.overrideVerdict ?? year.computedVerdict;
}

export interface VerdictCounts {
  met: number;
  partlyMet: number;
  notMet: number;
  noLongerApplicable: number;
  /** Not evaluated yet: no target or no actual, or a text indicator the agency has not judged. */
  notEvaluated: number;
}

/** Adds up verdicts, each with how many indicators got it (null: not evaluated). */
export function countVerdicts(entries: Iterable<readonly [Verdict | null, number]>): VerdictCounts {
  const counts: VerdictCounts = { met: 0, partlyMet: 0, notMet: 0, noLongerApplicable: 0, notEvaluated: 0 };
  for (const [verdict, n] of entries) {
    if (verdict === Verdict.MET) counts.met += n;
    else if (verdict === Verdict.PARTLY_MET) counts.partlyMet += n;
    else if (verdict === Verdict.NOT_MET) counts.notMet += n;
    else if (verdict === Verdict.NO_LONGER_APPLICABLE) counts.noLongerApplicable += n;
    else counts.notEvaluated += n;
  }
  return counts;
}

/**
 * The shares of met / partly met / not met indicators, out of those evaluated MET,
 * PARTLY_MET or NOT_MET (indicators no longer applicable or not evaluated yet are left out);
 * null when none is evaluated.
 */
export function verdictShares(counts: VerdictCounts): { met: number; partlyMet: number; notMet: number } | null {
  const evaluated = counts.met + counts.partlyMet + counts.notMet;
  if (evaluated === 0) return null;
  const share = (n: number) => Math.round((n / evaluated) * 10000) / 100;
  return { met: share(counts.met), partlyMet: share(counts.partlyMet), notMet: share(counts.notMet) };
}
