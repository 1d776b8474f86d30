import { In, type EntityManager } from "typeorm";
import { groupBy } from "../core/collections";
import { Contract, ContractEstablishment, ContractKind } from "../contracts/contract.entities";
import { EstablishmentActivity } from "./activity.entities";
import { CONTRACT_YEARS } from "../contracts/period";
import { ContractPart } from "../contracts/contract-life";
import { registerContractContent } from "../lifecycle/lifecycle";
import { notFound } from "../core/errors";
import { requireAction } from "./lookups";
import { ActionType, StrategicObjective } from "./catalogue.entities";
import { formatIndicatorValue } from "./indicator-values";
import { ContractAction, ContractActionEstablishment, ContractIndicator, ContractObjective, FinancingLine, IndicatorYear } from "./plan.entities";
import { ContractEvaluation } from "../lifecycle/evaluation.entities";
import { EvaluationKind, MeasurabilityDecision } from "./sanitary.enums";
import { msg } from "../core/i18n/message";

async function engagementsOf(em: EntityManager, contract: Contract) {
  const objectives = await em.find(ContractObjective, { where: { contractId: contract.id }, order: { id: "ASC" } });
  const strategic = objectives.length ? await em.findBy(StrategicObjective, { id: In(objectives.map((o) => o.objectiveId)) }) : [];
  const actions = objectives.length ? await em.find(ContractAction, { where: { contractObjectiveId: In(objectives.map((o) => o.id)) }, order: { id: "ASC" } }) : [];
  const actionIds = actions.map((a) => a.id);
  // One after another: inside a transaction they share one connection.
  const types = actions.length ? await em.findBy(ActionType, { id: In(actions.map((a) => a.actionTypeId)) }) : [];
  const indicators = actionIds.length ? await em.findBy(ContractIndicator, { contractActionId: In(actionIds) }) : [];
  const links = actionIds.length ? await em.findBy(ContractActionEstablishment, { contractActionId: In(actionIds) }) : [];
  const years = indicators.length ? await em.find(IndicatorYear, { where: { indicatorId: In(indicators.map((i) => i.id)) }, order: { year: "ASC" } }) : [];
  return { objectives, strategic, actions, types, indicators, links, years };
}

/** The sanitary contract for the lifecycle: decided objectives before signing, the final evaluation before closing, its engagements as content. */
registerContractContent(ContractKind.SANITARY, {
  /**
   * A sanitary contract is signed complete: every proposed objective decided, one retained at
   * least, no measurability question pending, and each engagement it keeps (an included action
   * of a retained objective) with its indicator, its baseline T0 and a target for each contract
   * year, since the targets are what the contract makes opposable (ARS Q&A on the 2019-2023
   * CPOM in e-CARS). An indicator the agency agreed cannot be measured is no longer followed.
   * These are annex 1's conditions; the base and the other annexes are signed as they stand.
   */
  async signatureProblems(em, contract, part) {
    if (part !== ContractPart.ENGAGEMENTS) return [];
    const { objectives, strategic, actions, types, indicators, years } = await engagementsOf(em, contract);
    const code = (o: ContractObjective) => strategic.find((s) => s.id === o.objectiveId)!.code;
    const problems = objectives.filter((o) => o.retained === null).map((o) => ({ rule: "OBJECTIVE_UNDECIDED", message: msg`objective ${code(o)} is neither retained nor set aside` }));
    if (!objectives.some((o) => o.retained)) problems.push({ rule: "NO_OBJECTIVE", message: msg`no strategic objective is retained` });
    for (const indicator of indicators.filter((i) => i.measurabilityDecision === MeasurabilityDecision.PENDING)) {
      problems.push({ rule: "MEASURABILITY_PENDING", message: msg`the agency has not decided whether "${indicator.label}" can be measured` });
    }
    const retained = new Set(objectives.filter((o) => o.retained).map((o) => o.id));
    const yearsByIndicator = groupBy(years, (y) => y.indicatorId);
    for (const action of actions.filter((a) => a.included && retained.has(a.contractObjectiveId))) {
      const which = msg`action ${types.find((t) => t.id === action.actionTypeId)!.code}`;
      const indicator = indicators.find((i) => i.contractActionId === action.id);
      if (!indicator) {
        problems.push({ rule: "INDICATOR_MISSING", message: msg`${which} has no indicator (chooseIndicator)` });
        continue;
      }
      if (indicator.measurabilityDecision === MeasurabilityDecision.ACCEPTED) continue;
      if (indicator.baselineNumber === null && indicator.baselineText === null) {
        problems.push({ rule: "BASELINE_MISSING", message: msg`${which}: indicator "${indicator.label}" has no baseline T0` });
      }
      const targeted = new Set((yearsByIndicator.get(indicator.id) ?? []).filter((y) => y.targetNumber !== null || y.targetText !== null).map((y) => y.year));
      const missing = Array.from({ length: CONTRACT_YEARS }, (_, i) => i + 1).filter((year) => !targeted.has(year));
      if (missing.length) {
        problems.push({ rule: "TARGETS_MISSING", message: missing.length > 1 ? msg`${which}: indicator "${indicator.label}" has no target for years ${missing.join(", ")}` : msg`${which}: indicator "${indicator.label}" has no target for year ${missing[0]}` });
      }
    }
    return problems;
  },

  async engagementOf(ctx, contract, id, field) {
    const { contract: owner } = await requireAction(ctx, id, field);
    // Another contract's engagement answers as an unknown one.
    if (owner.id !== contract.id) throw notFound(msg`Contract action`, id, field);
    return id;
  },

  async closureProblems(em, contract) {
    const final = await em.findOneBy(ContractEvaluation, { contractId: contract.id, kind: EvaluationKind.FINAL });
    return final?.sharedDiagnostic ? [] : [{ rule: "NO_FINAL_EVALUATION", message: msg`the final evaluation has no shared diagnostic yet` }];
  },

  async snapshot(em, contract) {
    const { objectives, strategic, actions, types, indicators, links, years } = await engagementsOf(em, contract);
    const actionsByObjective = groupBy(actions, (a) => a.contractObjectiveId);
    const sitesByAction = groupBy(links, (l) => l.contractActionId);
    const yearsByIndicator = groupBy(years, (y) => y.indicatorId);
    const indicatorOf = (actionId: number) => {
      const i = indicators.find((x) => x.contractActionId === actionId);
      if (!i) return null;
      const show = (number: number | null, text: string | null) => formatIndicatorValue(i.type, { number, text });
      return {
        label: i.label,
        type: i.type,
        unit: i.unit,
        direction: i.direction,
        baseline: show(i.baselineNumber, i.baselineText),
        baselineYear: i.baselineYear,
        targets: (yearsByIndicator.get(i.id) ?? []).map((y) => show(y.targetNumber, y.targetText)),
      };
    };
    const financing = await em.find(FinancingLine, { where: { contractId: contract.id }, order: { id: "ASC" } });
    // Annex 2: what each covered site is authorised or recognised for, as signed.
    const sites = await em.find(ContractEstablishment, { where: { contractId: contract.id }, order: { establishmentId: "ASC" } });
    const held = sites.length ? await em.find(EstablishmentActivity, { where: { establishmentId: In(sites.map((c) => c.establishmentId)) }, order: { activityCode: "ASC" } }) : [];
    const heldBySite = groupBy(held, (h) => h.establishmentId);
    return {
      careActivities: Object.fromEntries(
        sites.map((site) => [
          String(site.establishmentId),
          Object.fromEntries((heldBySite.get(site.establishmentId) ?? []).map((h) => [h.activityCode, { capacity: h.capacity, capacityUnit: h.capacityUnit, since: h.since }])),
        ]),
      ),
      objectives: Object.fromEntries(
        objectives.map((o) => [
          strategic.find((s) => s.id === o.objectiveId)!.code,
          {
            retained: o.retained,
            stakes: o.stakes,
            actions: Object.fromEntries(
              (actionsByObjective.get(o.id) ?? []).map((a) => [
                types.find((t) => t.id === a.actionTypeId)!.code,
                { included: a.included, title: a.title, establishments: (sitesByAction.get(a.id) ?? []).map((l) => l.establishmentId).sort((x, y) => x - y), indicator: indicatorOf(a.id) },
              ]),
            ),
          },
        ]),
      ),
      financing: Object.fromEntries(financing.map((f) => [String(f.id), { label: f.label, amounts: f.amounts }])),
    };
  },
});
