import type { EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, ruleViolation } from "../core/errors";
import { assertVersion } from "../core/versioning";
import { ContractPart, gate, Intent, SignatoryParty } from "../contracts/contract-life";
import { auditScope } from "../contracts/contract.service";
import { CONTRACT_YEARS, contractYears } from "../contracts/period";
import type { DecideMeasurabilityInput, FlagNotMeasurableInput, OverrideVerdictInput, RecordActualInput, SetIndicatorTargetsInput } from "./contract.inputs";
import { computeVerdict, effectiveVerdict, EMPTY, formatIndicatorValue, parseIndicatorValue, type StoredValue } from "./indicator-values";
import { requireIndicator } from "./lookups";
import { ContractIndicator, IndicatorYear } from "./plan.entities";
import { DataSource, MeasurabilityDecision } from "./sanitary.enums";
import { msg } from "../core/i18n/message";

const targetOf = (year: IndicatorYear): StoredValue => ({ number: year.targetNumber, text: year.targetText });
const actualOf = (year: IndicatorYear): StoredValue => ({ number: year.actualNumber, text: year.actualText });

/** The verdict computeVerdict gives a year of an indicator now. */
export function verdictOf(indicator: ContractIndicator, year: IndicatorYear) {
  return computeVerdict({
    type: indicator.type,
    direction: indicator.direction,
    baseline: indicator.baselineNumber,
    target: targetOf(year),
    actual: actualOf(year),
    noLongerFollowed: indicator.notMeasurable && indicator.measurabilityDecision === MeasurabilityDecision.ACCEPTED,
  });
}

/** Keeps each year's stored computed verdict equal to the rule, after any change to the indicator or its years. */
export async function refreshVerdicts(em: EntityManager, indicator: ContractIndicator, years?: IndicatorYear[]): Promise<IndicatorYear[]> {
  const rows = years ?? (await em.find(IndicatorYear, { where: { indicatorId: indicator.id }, order: { year: "ASC" } }));
  for (const row of rows) {
    const verdict = verdictOf(indicator, row);
    if (row.computedVerdict !== verdict) {
      row.computedVerdict = verdict;
      await em.update(IndicatorYear, { id: row.id }, { computedVerdict: verdict });
    }
  }
  return rows;
}

/** An indicator's values as people read them, for the audit trail. */
function valuesSnapshot(indicator: ContractIndicator, years: IndicatorYear[]) {
  const show = (value: StoredValue) => formatIndicatorValue(indicator.type, value);
  return {
    ...snapshot(indicator),
    baseline: show({ number: indicator.baselineNumber, text: indicator.baselineText }),
    targets: years.map((y) => show(targetOf(y))),
    actuals: years.map((y) => show(actualOf(y))),
    verdicts: years.map(effectiveVerdict),
  };
}

function parseOrFail(indicator: ContractIndicator, raw: string | null | undefined, field: string): StoredValue {
  if (raw == null) return EMPTY;
  const parsed = parseIndicatorValue(indicator.type, raw);
  if ("problem" in parsed) throw badInput(field, msg`${field} ${parsed.problem}`, { indicatorType: indicator.type });
  return parsed.value;
}

/** The indicator to change, once the contract's life lets the user do `intent`, at the version they read. */
async function loadForEdit(ctx: RequestContext, indicatorId: string, version: number, intent: Intent) {
  const loaded = await requireIndicator(ctx, indicatorId, "indicatorId");
  const { party } = await gate(ctx, loaded.contract, intent, ContractPart.ENGAGEMENTS);
  assertVersion(loaded.indicator, version, msg`The indicator`);
  const years = await ctx.tm.find(IndicatorYear, { where: { indicatorId: loaded.indicator.id }, order: { year: "ASC" } });
  return { ...loaded, party, years, before: valuesSnapshot(loaded.indicator, years) };
}

/** Saves the indicator (its version moves with any change to its years), its verdicts, and the record. */
async function finish(ctx: RequestContext, loaded: Awaited<ReturnType<typeof loadForEdit>>): Promise<ContractIndicator> {
  const { indicator, years, contract, before } = loaded;
  indicator.updatedAt = ctx.now();
  const saved = await ctx.tm.save(indicator);
  await refreshVerdicts(ctx.tm, saved, years);
  await auditUpdate(ctx, "ContractIndicator", before, valuesSnapshot(saved, years), auditScope(contract));
  return saved;
}

/** The baseline T0 and its year, and the targets per contract year (what the contract makes opposable). */
export async function setIndicatorTargets(ctx: RequestContext, input: SetIndicatorTargetsInput): Promise<ContractIndicator> {
  const loaded = await loadForEdit(ctx, input.indicatorId, input.version, Intent.FILL);
  const { indicator, contract, years } = loaded;
  const startYear = Number(contract.startDate.slice(0, 4));
  if (input.baselineYear != null && (input.baselineYear >= startYear || input.baselineYear < startYear - 10)) {
    throw badInput("baselineYear", msg`The baseline year must be one of the ten years before the contract starts in ${startYear}, got ${input.baselineYear}`);
  }
  const seen = new Set<number>();
  const targets = input.targets.map((target, i) => {
    if (!Number.isInteger(target.year) || target.year < 1 || target.year > CONTRACT_YEARS) {
      throw badInput(`targets.${i}.year`, msg`Contract years run from 1 to ${CONTRACT_YEARS} (${contract.startDate} to ${contract.endDate}), got ${target.year}`);
    }
    if (seen.has(target.year)) throw badInput(`targets.${i}.year`, msg`Year ${target.year} is given twice`);
    seen.add(target.year);
    return { year: target.year, value: parseOrFail(indicator, target.value, `targets.${i}.value`) };
  });
  if (input.baseline !== undefined) {
    const baseline = parseOrFail(indicator, input.baseline, "baseline");
    indicator.baselineNumber = baseline.number;
    indicator.baselineText = baseline.text;
  }
  if (input.baselineYear !== undefined) indicator.baselineYear = input.baselineYear;
  if (input.collectionPeriod !== undefined) indicator.collectionPeriod = input.collectionPeriod?.trim() || null;
  for (const target of targets) {
    const row = years.find((y) => y.year === target.year)!;
    row.targetNumber = target.value.number;
    row.targetText = target.value.text;
    await ctx.tm.update(IndicatorYear, { id: row.id }, { targetNumber: row.targetNumber, targetText: row.targetText });
  }
  return finish(ctx, loaded);
}

/**
 * The value achieved in a contract year that has begun, typed as the indicator says.
 * Indicators whose data the agency collects are entered by the agency.
 */
export async function recordActual(ctx: RequestContext, input: RecordActualInput): Promise<ContractIndicator> {
  const loaded = await loadForEdit(ctx, input.indicatorId, input.version, Intent.REPORT);
  const { indicator, contract, years } = loaded;
  if (indicator.dataSource === DataSource.ARS && loaded.party !== SignatoryParty.AGENCY) {
    throw forbidden(msg`The agency collects the data of "${indicator.label}": it enters its actuals`, { rule: "DATA_COLLECTED_BY_AGENCY" });
  }
  const span = contractYears(contract.startDate)[input.year - 1];
  if (!span) throw badInput("year", msg`Contract years run from 1 to ${CONTRACT_YEARS} (${contract.startDate} to ${contract.endDate}), got ${input.year}`);
  if (span.startDate > ctx.today()) throw ruleViolation("YEAR_NOT_STARTED", msg`Year ${input.year} of the contract starts on ${span.startDate}: its actual cannot be entered yet`, { field: "year" });
  if (indicator.notMeasurable && indicator.measurabilityDecision === MeasurabilityDecision.ACCEPTED) {
    throw ruleViolation("NOT_FOLLOWED", msg`The agency agreed that "${indicator.label}" cannot be measured: it is no longer followed`, { field: "indicatorId" });
  }
  const value = parseOrFail(indicator, input.value, "value");
  const row = years.find((y) => y.year === input.year)!;
  const recorded = value.number !== null || value.text !== null;
  Object.assign(row, {
    actualNumber: value.number,
    actualText: value.text,
    actualRecordedAt: recorded ? ctx.now() : null,
    actualRecordedBy: recorded ? ctx.actorName() : null,
  });
  await ctx.tm.update(IndicatorYear, { id: row.id }, { actualNumber: row.actualNumber, actualText: row.actualText, actualRecordedAt: row.actualRecordedAt, actualRecordedBy: row.actualRecordedBy });
  return finish(ctx, loaded);
}

/** The organisation says it cannot measure an indicator, and why; the agency then decides. */
export async function flagNotMeasurable(ctx: RequestContext, input: FlagNotMeasurableInput): Promise<ContractIndicator> {
  const loaded = await loadForEdit(ctx, input.indicatorId, input.version, Intent.FILL);
  const { indicator } = loaded;
  const justification = input.justification?.trim() || null;
  if (input.notMeasurable && !justification) throw badInput("justification", msg`Say why the indicator cannot be measured: the agency decides on this justification`);
  indicator.notMeasurable = input.notMeasurable;
  indicator.notMeasurableJustification = input.notMeasurable ? justification : null;
  indicator.measurabilityDecision = input.notMeasurable ? MeasurabilityDecision.PENDING : null;
  indicator.measurabilityDecisionReason = null;
  return finish(ctx, loaded);
}

/** The agency accepts that a flagged indicator cannot be measured (it is no longer followed), or rejects it with a reason. */
export async function decideMeasurability(ctx: RequestContext, input: DecideMeasurabilityInput): Promise<ContractIndicator> {
  const loaded = await loadForEdit(ctx, input.indicatorId, input.version, Intent.AMEND);
  const { indicator } = loaded;
  if (!indicator.notMeasurable) throw ruleViolation("NOT_FLAGGED", msg`"${indicator.label}" was not flagged as not measurable`, { field: "indicatorId" });
  const reason = input.reason?.trim() || null;
  if (!input.accepted && !reason) throw badInput("reason", msg`Say why the indicator must be measured after all`);
  indicator.measurabilityDecision = input.accepted ? MeasurabilityDecision.ACCEPTED : MeasurabilityDecision.REJECTED;
  indicator.measurabilityDecisionReason = reason;
  return finish(ctx, loaded);
}

/** An agency officer replaces the computed verdict of a year, with a reason (or goes back to the computed one). */
export async function overrideVerdict(ctx: RequestContext, input: OverrideVerdictInput): Promise<ContractIndicator> {
  const loaded = await loadForEdit(ctx, input.indicatorId, input.version, Intent.MANAGE);
  const { years } = loaded;
  const reason = input.reason?.trim() || null;
  if (input.verdict && !reason) throw badInput("reason", msg`An overridden verdict needs a reason`);
  const row = years.find((y) => y.year === input.year)!;
  Object.assign(row, {
    overrideVerdict: input.verdict ?? null,
    overrideReason: input.verdict ? reason : null,
    overriddenBy: input.verdict ? ctx.actorName() : null,
    overriddenAt: input.verdict ? ctx.now() : null,
  });
  await ctx.tm.update(IndicatorYear, { id: row.id }, { overrideVerdict: row.overrideVerdict, overrideReason: row.overrideReason, overriddenBy: row.overriddenBy, overriddenAt: row.overriddenAt });
  return finish(ctx, loaded);
}
