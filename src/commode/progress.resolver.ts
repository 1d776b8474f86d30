import { Authorized, Ctx, FieldResolver, Float, Resolver, Root, Extensions } from "type-graphql";
import type { RequestContext } from "../core/context";
import { Contract } from "../contracts/contract.entities";
import { contractById, contractsByOrganisation } from "../contracts/contract.loaders";
import { Organisation } from "../organisations/organisation.entities";
import { ModuleType } from "./catalogue.entities";
import { latestSnapshotByOrganisation, medicoSocialModulesByOrganisation, moduleSnapshotsBySnapshot, moduleTypeById, progressByOrganisation, snapshotsByContract } from "./commode.loaders";
import { OrganisationModuleRate, PhaseCount, ProgressTrend } from "./commode.types";
import { PHASE_ORDER } from "./phases";
import { ModuleProgressSnapshot, ProgressSnapshot } from "./plan.entities";
import { organisationModuleRates } from "./organisation-rates";

/** The progress indicator of an organisation (per OG, not per establishment: [BFC notes 2025]). */
@Authorized()
@Resolver(() => Organisation)
export class OrganisationProgressResolver {
  @FieldResolver(() => Float, { nullable: true, description: "Rate over the active modules of all its medico-social contracts; null without any." })
  async progressRate(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await progressByOrganisation(ctx).load(organisation.id))?.progressRate ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When one of its actions last progressed." })
  async lastProgressAt(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await progressByOrganisation(ctx).load(organisation.id))?.lastProgressAt ?? null;
  }

  @Extensions({ listSize: 8 })
  @FieldResolver(() => [OrganisationModuleRate], { description: "Its rate in each module active in one of its contracts, in commode order." })
  async moduleRates(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<OrganisationModuleRate[]> {
    const modules = await medicoSocialModulesByOrganisation(ctx).load(organisation.id);
    const types = (await moduleTypeById(ctx).loadMany([...new Set(modules.map((m) => m.moduleTypeId))])) as ModuleType[];
    return organisationModuleRates(modules, types).map((rate) => ({ ...rate, id: `${organisation.id}:${rate.moduleType.code}` }));
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [PhaseCount], { description: "Its actions in each phase, over its medico-social contracts." })
  async actionsByPhase(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<PhaseCount[]> {
    const modules = await medicoSocialModulesByOrganisation(ctx).load(organisation.id);
    return PHASE_ORDER.map((phase) => ({ phase, count: modules.reduce((sum, m) => sum + m.phaseCounts[phase], 0) }));
  }

  @FieldResolver(() => ProgressTrend, { nullable: true, description: "Its rate now against the last closed contract year; null before any year is closed." })
  async trend(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<ProgressTrend | null> {
    const [last, progress] = await Promise.all([latestSnapshotByOrganisation(ctx).load(organisation.id), progressByOrganisation(ctx).load(organisation.id)]);
    if (!last) return null;
    const currentRate = progress?.progressRate ?? null;
    return {
      currentRate,
      lastClosedYear: last.year,
      lastClosedRate: last.organisationRate,
      change: currentRate === null || last.organisationRate === null ? null : currentRate - last.organisationRate,
    };
  }

  @FieldResolver(() => [ProgressSnapshot], { description: "The yearly records of all its medico-social contracts, by contract then year." })
  async progressHistory(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<ProgressSnapshot[]> {
    const contracts = (await contractsByOrganisation(ctx).load(organisation.id)).slice().reverse();
    const histories = await snapshotsByContract(ctx).loadMany(contracts.map((c) => c.id));
    return histories.flatMap((h) => (h instanceof Error ? [] : h));
  }
}

@Authorized()
@Resolver(() => ProgressSnapshot)
export class ProgressSnapshotResolver {
  @FieldResolver(() => Contract, { description: "The contract." })
  async contract(@Root() snapshot: ProgressSnapshot, @Ctx() ctx: RequestContext): Promise<Contract> {
    return (await contractById(ctx).load(snapshot.contractId))!;
  }

  @Extensions({ listSize: 8 })
  @FieldResolver(() => [ModuleProgressSnapshot], { description: "Each module's rate at closing." })
  modules(@Root() snapshot: ProgressSnapshot, @Ctx() ctx: RequestContext): Promise<ModuleProgressSnapshot[]> {
    return moduleSnapshotsBySnapshot(ctx).load(snapshot.id);
  }
}

@Authorized()
@Resolver(() => ModuleProgressSnapshot)
export class ModuleProgressSnapshotResolver {
  @FieldResolver(() => ModuleType, { description: "The module." })
  async moduleType(@Root() snapshot: ModuleProgressSnapshot, @Ctx() ctx: RequestContext): Promise<ModuleType> {
    return (await moduleTypeById(ctx).load(snapshot.moduleTypeId))!;
  }
}
