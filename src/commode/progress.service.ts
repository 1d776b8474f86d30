import type { RequestContext } from "../core/context";
import { derived } from "../core/database/columns";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { Action, ContractModule, ContractPlan, OrganisationProgress } from "./plan.entities";
import { countByPhase, PHASE_COUNT_COLUMN, PHASE_ORDER } from "./phases";
import { moduleRate, planRate } from "./progress";

/**
 * Keeps the stored rates equal to the formula of progress.ts after a write. Only what the
 * write touched is recomputed: the module from its own actions, the contract from its
 * modules (at most 8), the organisation from the modules of its contracts. No scan of all
 * actions, so a phase change stays cheap at national scale.
 */
export async function refreshModule(ctx: RequestContext, moduleId: number): Promise<void> {
  const em = ctx.tm;
  const actions = await em.find(Action, { select: { id: true, progress: true, phase: true }, where: { moduleId } });
  const counts = countByPhase(actions.map((a) => a.phase));
  await em.update(
    ContractModule,
    { id: moduleId },
    derived({
      progressRate: moduleRate(actions.map((a) => a.progress)),
      actionCount: actions.length,
      ...Object.fromEntries(PHASE_ORDER.map((phase) => [PHASE_COUNT_COLUMN[phase], counts[phase]])),
    }),
  );
}

export async function refreshContract(ctx: RequestContext, contractId: number): Promise<void> {
  const em = ctx.tm;
  const modules = await em.find(ContractModule, { select: { id: true, progressRate: true, mandatory: true }, where: { contractId } });
  await em.update(ContractPlan, { contractId }, { progressRate: planRate(modules.map((m) => ({ rate: m.progressRate, mandatory: m.mandatory }))) });
}

/** The organisation's rate over its medico-social contracts with one agency (what that agency's dashboards show). */
export async function refreshOrganisation(ctx: RequestContext, organisationId: number, agencyId: number, progressed: boolean): Promise<void> {
  const em = ctx.tm;
  const modules = await em
    .createQueryBuilder(ContractModule, "m")
    .innerJoin(Contract, "c", "c.id = m.contract_id")
    .select(["m.progress_rate AS rate", "m.mandatory AS mandatory"])
    .where("c.organisation_id = :organisationId AND c.agency_id = :agencyId AND c.kind = :kind", { organisationId, agencyId, kind: ContractKind.MEDICO_SOCIAL })
    .getRawMany<{ rate: number | null; mandatory: boolean | number }>();
  const rate = planRate(modules.map((m) => ({ rate: m.rate === null ? null : Number(m.rate), mandatory: Boolean(m.mandatory) })));
  const key = { organisationId, agencyId };
  const existing = await em.findOneBy(OrganisationProgress, key);
  const lastProgressAt = progressed ? ctx.now() : (existing?.lastProgressAt ?? null);
  if (existing) await em.update(OrganisationProgress, key, { progressRate: rate, lastProgressAt });
  else await em.insert(OrganisationProgress, { ...key, progressRate: rate, lastProgressAt });
}

/** After a change to a module's actions: the module, its contract and its organisation. */
export async function refreshAfterActionChange(ctx: RequestContext, module: ContractModule): Promise<void> {
  await refreshModule(ctx, module.id);
  await refreshFromContract(ctx, module.contractId, true);
}

/** After a change to a contract's modules (or its creation): the contract and its organisation. */
export async function refreshFromContract(ctx: RequestContext, contractId: number, progressed = false): Promise<void> {
  await refreshContract(ctx, contractId);
  const contract = await ctx.tm.findOneByOrFail(Contract, { id: contractId });
  await refreshOrganisation(ctx, contract.organisationId, contract.agencyId, progressed);
}
