import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { auditUpdate } from "../core/audit/audit";
import { auditScope } from "../contracts/contract.service";
import { requireContract, requireContractPart } from "../contracts/contract.access";
import { Action, ContractPlan, ContractModule, PlanStatus } from "./plan.entities";
import { msg } from "../core/i18n/message";

/** A contract the commode applies to, that the user can read, or a clear error. */
export async function requireMedicoSocialContract(ctx: RequestContext, raw: string | number, field: string): Promise<Contract> {
  const contract = await requireContract(ctx, raw, field);
  if (contract.kind !== ContractKind.MEDICO_SOCIAL) {
    throw ruleViolation("NOT_MEDICO_SOCIAL", msg`Contract ${contract.id} is a ${contract.kind} contract: modules and action plans belong to medico-social contracts`, { field });
  }
  return contract;
}

/** A module of a contract the user can read, with that contract (loaded in the transaction during a mutation). */
export async function requireModule(ctx: RequestContext, raw: string | number, field: string): Promise<{ module: ContractModule; contract: Contract }> {
  const { row, contract } = await requireContractPart(ctx, ContractModule, raw, field, msg`Module`, (m) => m.contractId);
  return { module: row, contract };
}

/** An action of a plan the user can read, with its module and contract. */
export async function requirePlanAction(ctx: RequestContext, raw: string | number, field: string): Promise<{ action: Action; module: ContractModule; contract: Contract }> {
  const { row, contract } = await requireContractPart(ctx, Action, raw, field, msg`Action`, async (a) => (await ctx.em.findOneByOrFail(ContractModule, { id: a.moduleId })).contractId);
  return { action: row, module: await ctx.em.findOneByOrFail(ContractModule, { id: row.moduleId }), contract };
}

/** Any change to modules, themes or actions sends a submitted plan back to DRAFT: it must be submitted again. */
export async function markPlanChanged(ctx: RequestContext, contract: Contract): Promise<void> {
  const result = await ctx.tm.update(ContractPlan, { contractId: contract.id, status: PlanStatus.SUBMITTED }, { status: PlanStatus.DRAFT });
  if (result.affected) {
    await auditUpdate(ctx, "ContractPlan", { status: PlanStatus.SUBMITTED }, { status: PlanStatus.DRAFT }, auditScope(contract), contract.id);
  }
}
