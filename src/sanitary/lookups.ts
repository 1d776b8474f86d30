import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { findOrFail } from "../core/ids";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { ContractAction, ContractIndicator, ContractObjective } from "./plan.entities";

/** A contract the sanitary rules apply to, or a clear error. */
export async function requireSanitaryContract(ctx: RequestContext, raw: string | number, field: string): Promise<Contract> {
  const contract = await findOrFail(ctx.em, Contract, raw, field, "Contract");
  if (contract.kind !== ContractKind.SANITARY) {
    throw ruleViolation("NOT_SANITARY", `Contract ${contract.id} is a ${contract.kind} contract: objectives, indicators and evaluations belong to sanitary contracts`, { field });
  }
  return contract;
}

// Loaded through ctx.em, which is the transaction's manager during a mutation: what is checked is what is written.

export async function requireObjective(ctx: RequestContext, raw: string, field: string) {
  const objective = await findOrFail(ctx.em, ContractObjective, raw, field, "Contract objective");
  const contract = await ctx.em.findOneByOrFail(Contract, { id: objective.contractId });
  return { objective, contract };
}

export async function requireAction(ctx: RequestContext, raw: string | number, field: string) {
  const action = await findOrFail(ctx.em, ContractAction, raw, field, "Contract action");
  const objective = await ctx.em.findOneByOrFail(ContractObjective, { id: action.contractObjectiveId });
  const contract = await ctx.em.findOneByOrFail(Contract, { id: objective.contractId });
  return { action, objective, contract };
}

export async function requireIndicator(ctx: RequestContext, raw: string | number, field: string) {
  const indicator = await findOrFail(ctx.em, ContractIndicator, raw, field, "Indicator");
  return { indicator, ...(await requireAction(ctx, indicator.contractActionId, field)) };
}
