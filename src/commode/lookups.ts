import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { findOrFail } from "../core/ids";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { auditUpdate } from "../core/audit/audit";
import { auditScope } from "../contracts/contract.service";
import { ContractPlan, ContractModule, PlanStatus } from "./plan.entities";

/** A contract the commode applies to, or a clear error. */
export async function requireMedicoSocialContract(ctx: RequestContext, raw: string | number, field: string): Promise<Contract> {
  const contract = await findOrFail(ctx.em, Contract, raw, field, "Contract");
  if (contract.kind !== ContractKind.MEDICO_SOCIAL) {
    throw ruleViolation("NOT_MEDICO_SOCIAL", `Contract ${contract.id} is a ${contract.kind} contract: modules and action plans belong to medico-social contracts`, { field });
  }
  return contract;
}

export async function requireModule(ctx: RequestContext, raw: string | number, field: string): Promise<{ module: ContractModule; contract: Contract }> {
  // Loaded in the transaction (when there is one): what is checked is what is written.
  const module = await findOrFail(ctx.em, ContractModule, raw, field, "Module");
  const contract = await ctx.em.findOneByOrFail(Contract, { id: module.contractId });
  return { module, contract };
}

/** Any change to modules, themes or actions sends a submitted plan back to DRAFT: it must be submitted again. */
export async function markPlanChanged(ctx: RequestContext, contract: Contract): Promise<void> {
  const result = await ctx.tm.update(ContractPlan, { contractId: contract.id, status: PlanStatus.SUBMITTED }, { status: PlanStatus.DRAFT });
  if (result.affected) {
    await auditUpdate(ctx, "ContractPlan", { status: PlanStatus.SUBMITTED }, { status: PlanStatus.DRAFT }, auditScope(contract), contract.id);
  }
}
