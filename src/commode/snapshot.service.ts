import { auditCreate } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { gate, Intent } from "../contracts/contract-life";
import { auditScope } from "../contracts/contract.service";
import { conflict, ruleViolation } from "../core/errors";
import { contractYears } from "../contracts/period";
import { requireMedicoSocialContract } from "./lookups";
import { ContractModule, ContractPlan, ModuleProgressSnapshot, OrganisationProgress, ProgressSnapshot } from "./plan.entities";
import type { CloseContractYearInput } from "./plan.inputs";
import { msg } from "../core/i18n/message";

/**
 * Closes contract year N: records the contract's rate, each module's rate and the
 * organisation's rate as they stand, so dashboards follow the indicator year after year.
 * Years close in order, once each, and not before they have begun.
 */
export async function closeContractYear(ctx: RequestContext, input: CloseContractYearInput): Promise<ProgressSnapshot> {
  const em = ctx.tm;
  const contract = await requireMedicoSocialContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  const year = contractYears(contract.startDate)[input.year - 1];
  if (await em.findOneBy(ProgressSnapshot, { contractId: contract.id, year: year.number })) {
    throw conflict(msg`Year ${year.number} of contract ${contract.id} is already closed`, { field: "year" });
  }
  if (ctx.today() < year.startDate) {
    throw ruleViolation("YEAR_NOT_STARTED", msg`Year ${year.number} starts on ${year.startDate}: it cannot be closed before it has begun`, { field: "year" });
  }
  const closed = await em.countBy(ProgressSnapshot, { contractId: contract.id });
  if (closed < year.number - 1) {
    throw ruleViolation("PREVIOUS_YEAR_OPEN", msg`Year ${closed + 1} must be closed before year ${year.number}`, { field: "year" });
  }
  const plan = await em.findOneByOrFail(ContractPlan, { contractId: contract.id });
  const organisation = await em.findOneBy(OrganisationProgress, { organisationId: contract.organisationId, agencyId: contract.agencyId });
  const snapshot = await em.save(
    em.create(ProgressSnapshot, {
      contractId: contract.id,
      year: year.number,
      yearStartDate: year.startDate,
      yearEndDate: year.endDate,
      contractRate: plan.progressRate,
      organisationRate: organisation?.progressRate ?? null,
      closedAt: ctx.now(),
      closedBy: ctx.actorName(),
    }),
  );
  const modules = await em.find(ContractModule, { where: { contractId: contract.id }, order: { id: "ASC" } });
  await em.insert(
    ModuleProgressSnapshot,
    modules.map((m) => ({ snapshotId: snapshot.id, moduleId: m.id, moduleTypeId: m.moduleTypeId, rate: m.progressRate, actionCount: m.actionCount })),
  );
  await auditCreate(ctx, "ProgressSnapshot", snapshot, auditScope(contract));
  return snapshot;
}
