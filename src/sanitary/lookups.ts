import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { requireContract, requireContractPart } from "../contracts/contract.access";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { ContractAction, ContractIndicator, ContractObjective } from "./plan.entities";
import { msg } from "../core/i18n/message";

/** A contract the sanitary rules apply to, that the user can read, or a clear error. */
export async function requireSanitaryContract(ctx: RequestContext, raw: string | number, field: string): Promise<Contract> {
  const contract = await requireContract(ctx, raw, field);
  if (contract.kind !== ContractKind.SANITARY) {
    throw ruleViolation("NOT_SANITARY", msg`Contract ${contract.id} is a ${contract.kind} contract: objectives, indicators and evaluations belong to sanitary contracts`, { field });
  }
  return contract;
}

// Loaded through ctx.em, which is the transaction's manager during a mutation: what is checked is what is written.

// Each part is found in a contract the user can read, or answers NOT_FOUND as an unknown id does.

export async function requireObjective(ctx: RequestContext, raw: string, field: string) {
  const { row: objective, contract } = await requireContractPart(ctx, ContractObjective, raw, field, msg`Contract objective`, (o) => o.contractId);
  return { objective, contract };
}

const objectiveOf = (ctx: RequestContext, action: ContractAction) => ctx.em.findOneByOrFail(ContractObjective, { id: action.contractObjectiveId });

export async function requireAction(ctx: RequestContext, raw: string | number, field: string) {
  const { row: action, contract } = await requireContractPart(ctx, ContractAction, raw, field, msg`Contract action`, async (a) => (await objectiveOf(ctx, a)).contractId);
  return { action, objective: await objectiveOf(ctx, action), contract };
}

export async function requireIndicator(ctx: RequestContext, raw: string | number, field: string) {
  const actionOf = (indicator: ContractIndicator) => ctx.em.findOneByOrFail(ContractAction, { id: indicator.contractActionId });
  const { row: indicator, contract } = await requireContractPart(ctx, ContractIndicator, raw, field, msg`Indicator`, async (i) => (await objectiveOf(ctx, await actionOf(i))).contractId);
  const action = await actionOf(indicator);
  return { indicator, action, objective: await objectiveOf(ctx, action), contract };
}
