import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, ruleViolation } from "../core/errors";
import { parseId } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { ContractPart, gate, Intent } from "../contracts/contract-life";
import { auditScope } from "../contracts/contract.service";
import { IndicatorTemplate } from "./catalogue.entities";
import type { AdaptActionInput, ChooseIndicatorInput, DecideObjectiveInput, IncludeActionInput } from "./contract.inputs";
import { createIndicator, type IndicatorDefinition, fromTemplate } from "./contract.service";
import { requireAction, requireObjective } from "./lookups";
import { ContractAction, ContractIndicator, ContractObjective, IndicatorYear, SanitaryPlan } from "./plan.entities";
import { IndicatorType } from "./sanitary.enums";
import { msg } from "../core/i18n/message";

/**
 * The organisation retains a proposed objective or not, saying why (Enjeux). It may retain
 * at most the number its category allows (fewer is allowed); retaining an objective carries
 * its actions and their indicators.
 */
export async function decideObjective(ctx: RequestContext, input: DecideObjectiveInput): Promise<ContractObjective> {
  const em = ctx.tm;
  const { objective, contract } = await requireObjective(ctx, input.contractObjectiveId, "contractObjectiveId");
  await gate(ctx, contract, Intent.FILL, ContractPart.ENGAGEMENTS);
  assertVersion(objective, input.version, msg`The objective`);
  if (input.retained && objective.retained !== true) {
    const plan = await em.findOneByOrFail(SanitaryPlan, { contractId: contract.id });
    const retained = await em.countBy(ContractObjective, { contractId: contract.id, retained: true });
    if (retained >= plan.maxObjectives) {
      throw ruleViolation(
        "MAX_OBJECTIVES",
        msg`This contract may retain at most ${plan.maxObjectives} strategic objectives${plan.category ? msg` (category ${plan.category})` : ""} and already retains ${retained}: set another one aside first`,
        { field: "retained", maxObjectives: plan.maxObjectives },
      );
    }
  }
  const before = snapshot(objective);
  objective.retained = input.retained;
  objective.stakes = input.stakes.trim();
  const saved = await em.save(objective);
  await auditUpdate(ctx, "ContractObjective", before, saved, auditScope(contract));
  return saved;
}

/** Includes an optional action of a retained objective in the contract, or sets it aside; a mandatory one stays. */
export async function includeAction(ctx: RequestContext, input: IncludeActionInput): Promise<ContractAction> {
  const { action, contract } = await requireAction(ctx, input.contractActionId, "contractActionId");
  await gate(ctx, contract, Intent.FILL, ContractPart.ENGAGEMENTS);
  assertVersion(action, input.version, msg`The action`);
  if (!input.included && action.mandatory) {
    throw ruleViolation("MANDATORY_ACTION", msg`"${action.title}" is mandatory for this organisation once its objective is retained`, { field: "included" });
  }
  const before = snapshot(action);
  action.included = input.included;
  const saved = await ctx.tm.save(action);
  await auditUpdate(ctx, "ContractAction", before, saved, auditScope(contract));
  return saved;
}

/** The action's wording adapted to the organisation (an objective's title cannot be). */
export async function adaptAction(ctx: RequestContext, input: AdaptActionInput): Promise<ContractAction> {
  const { action, contract } = await requireAction(ctx, input.contractActionId, "contractActionId");
  await gate(ctx, contract, Intent.FILL, ContractPart.ENGAGEMENTS);
  assertVersion(action, input.version, msg`The action`);
  const before = snapshot(action);
  action.title = input.title.trim();
  const saved = await ctx.tm.save(action);
  await auditUpdate(ctx, "ContractAction", before, saved, auditScope(contract));
  return saved;
}

/** Whether anyone entered a value: a baseline, a target or an actual other than a new indicator's defaults. */
function hasEnteredValues(indicator: ContractIndicator, years: IndicatorYear[]): boolean {
  const initial = indicator.type === IndicatorType.YES_NO ? 0 : null;
  if (indicator.baselineNumber !== initial || indicator.baselineText !== null) return true;
  return years.some((y) => y.targetNumber !== initial || y.targetText !== null || y.actualNumber !== null || y.actualText !== null);
}

/**
 * Chooses the indicator followed for an action: another of the catalogue's suggestions, or
 * one defined at negotiation. Refused once values were entered, which a change would lose.
 */
export async function chooseIndicator(ctx: RequestContext, input: ChooseIndicatorInput): Promise<ContractAction> {
  const em = ctx.tm;
  const { action, contract } = await requireAction(ctx, input.contractActionId, "contractActionId");
  await gate(ctx, contract, Intent.FILL, ContractPart.ENGAGEMENTS);
  assertVersion(action, input.version, msg`The action`);
  if ((input.templateId == null) === (input.custom == null)) throw badInput("templateId", msg`Give either templateId (a suggestion of the catalogue) or custom (an indicator defined at negotiation)`);
  let definition: IndicatorDefinition;
  if (input.templateId != null) {
    const template = await em.findOneBy(IndicatorTemplate, { id: parseId(input.templateId, "templateId") });
    if (!template || template.actionTypeId !== action.actionTypeId) throw badInput("templateId", msg`Indicator ${input.templateId} is not one the catalogue suggests for this action`);
    definition = fromTemplate(template);
  } else {
    const custom = input.custom!;
    definition = {
      templateId: null,
      label: custom.label.trim(),
      type: custom.type,
      unit: custom.unit?.trim() || null,
      calculationMethod: custom.calculationMethod?.trim() || null,
      dataSource: custom.dataSource,
      collectionPeriod: custom.collectionPeriod?.trim() || null,
      direction: custom.direction,
    };
  }
  const current = await em.findOneBy(ContractIndicator, { contractActionId: action.id });
  let baselineYear = Number(contract.startDate.slice(0, 4)) - 1;
  if (current) {
    const years = await em.findBy(IndicatorYear, { indicatorId: current.id });
    if (hasEnteredValues(current, years)) {
      throw ruleViolation("INDICATOR_HAS_VALUES", msg`Indicator "${current.label}" already has values entered; clear them before choosing another indicator`, { field: "contractActionId" });
    }
    baselineYear = current.baselineYear ?? baselineYear;
    await auditDelete(ctx, "ContractIndicator", current, auditScope(contract));
    await em.delete(ContractIndicator, { id: current.id });
  }
  const indicator = await createIndicator(em, action.id, definition, baselineYear);
  await auditCreate(ctx, "ContractIndicator", indicator, auditScope(contract));
  // The action's version moves with its indicator, so a stale choice is refused.
  action.updatedAt = ctx.now();
  return em.save(action);
}
