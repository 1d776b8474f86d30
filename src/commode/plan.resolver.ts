import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Extensions } from "type-graphql";
import { PageArgs, pageOf, Paginated, type ListPage } from "../core/pagination";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { parseId } from "../core/ids";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { contractById } from "../contracts/contract.loaders";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { ModuleType, Theme } from "./catalogue.entities";
import { actionsByModule, modulesByContract, moduleTypeById, planByContract, selectedThemesByModule, snapshotsByContract, violationsByContract } from "./commode.loaders";
import { PhaseCount, PlanViolation } from "./commode.types";
import { Phase, PHASE_COUNT_COLUMN, PHASE_ORDER } from "./phases";
import { ContractEvaluation } from "../lifecycle/evaluation.entities";
import { Action, ContractModule, ModuleTheme, PlanStatus, ProgressSnapshot } from "./plan.entities";
import { ActivateModuleInput, CloseContractYearInput, OpenMedicoSocialContractInput, SelectModuleThemesInput } from "./plan.inputs";
import * as plans from "./plan.service";
import { closeContractYear } from "./snapshot.service";

registerCommentTarget(CommentTarget.MODULE, (em, contract, id) => em.existsBy(ContractModule, { id, contractId: contract.id }), ContractKind.MEDICO_SOCIAL);
registerCommentTarget(
  CommentTarget.ACTION,
  (em, contract, id) => em.createQueryBuilder(Action, "a").innerJoin(ContractModule, "m", "m.id = a.module_id").where("a.id = :id AND m.contract_id = :contractId", { id, contractId: contract.id }).getExists(),
  ContractKind.MEDICO_SOCIAL,
);
// A theme is commented on as selected in one of the contract's modules.
registerCommentTarget(
  CommentTarget.THEME,
  (em, contract, id) =>
    em.createQueryBuilder(ModuleTheme, "mt").innerJoin(ContractModule, "m", "m.id = mt.module_id").where("mt.theme_id = :id AND m.contract_id = :contractId", { id, contractId: contract.id }).getExists(),
  ContractKind.MEDICO_SOCIAL,
);

/** The medico-social side of a contract: its modules, plan status, rate and history. */
@ObjectType({ description: "A page of a module's actions." })
class ActionList extends Paginated(Action) {}

@Authorized()
@Resolver(() => Contract)
export class ContractPlanResolver {
  @Extensions({ listSize: 8 })
  @FieldResolver(() => [ContractModule], { description: "Active modules, in commode order (medico-social contracts; empty otherwise)." })
  modules(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractModule[]> {
    return modulesByContract(ctx).load(contract.id);
  }

  @FieldResolver(() => PlanStatus, { nullable: true, description: "Status of the action plan (medico-social contracts)." })
  async planStatus(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<PlanStatus | null> {
    return (await planByContract(ctx).load(contract.id))?.status ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the plan was last submitted." })
  async planSubmittedAt(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await planByContract(ctx).load(contract.id))?.submittedAt ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Progress rate of the plan: mean of the active modules' rates (a mandatory module with no action counts 0 %)." })
  async progressRate(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await planByContract(ctx).load(contract.id))?.progressRate ?? null;
  }

  @FieldResolver(() => [PlanViolation], { description: "The rules the plan breaks now; it can be submitted when this is empty." })
  async planViolations(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<PlanViolation[]> {
    return (await violationsByContract(ctx).load(contract.id)).map(plans.violationIn(ctx.language));
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [ProgressSnapshot], { description: "The rates recorded at the close of each contract year." })
  progressHistory(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ProgressSnapshot[]> {
    return snapshotsByContract(ctx).load(contract.id);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "Opens a medico-social CPOM with its 5 mandatory modules (and any optional ones)." })
  @Notifies(null)
  @Transactional()
  openMedicoSocialContract(@Ctx() ctx: RequestContext, @Arg("input") input: OpenMedicoSocialContractInput): Promise<Contract> {
    return plans.openMedicoSocialContract(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractModule, {
    description:
      "Activates an optional module, at the start or during the contract, by a party the catalogue names (ModuleType.activationParties: modules 6 and 7 the organisation, module 8 the agency); after signature, under an open amendment.",
  })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  activateModule(@Ctx() ctx: RequestContext, @Arg("input") input: ActivateModuleInput): Promise<ContractModule> {
    return plans.activateModule(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Contract, { description: "Submits the plan for the agency's review; fails listing every rule it breaks." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  submitPlan(@Ctx() ctx: RequestContext, @Arg("contractId", () => ID) contractId: string): Promise<Contract> {
    return plans.submitPlan(ctx, contractId);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ProgressSnapshot, { description: "Closes contract year N: records the contract's, modules' and organisation's rates." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  closeContractYear(@Ctx() ctx: RequestContext, @Arg("input") input: CloseContractYearInput): Promise<ProgressSnapshot> {
    return closeContractYear(ctx, input);
  }
}

@Authorized()
@Resolver(() => ContractModule)
export class ContractModuleResolver {
  @Query(() => ContractModule, { nullable: true, description: "A module of a contract, with its action plan." })
  contractModule(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<ContractModule | null> {
    return plans.getModule(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => ModuleType, { description: "Which of the 8 modules of the commode it is." })
  async moduleType(@Root() module: ContractModule, @Ctx() ctx: RequestContext): Promise<ModuleType> {
    return (await moduleTypeById(ctx).load(module.moduleTypeId))!;
  }

  @FieldResolver(() => Contract, { description: "The contract it belongs to." })
  async contract(@Root() module: ContractModule, @Ctx() ctx: RequestContext): Promise<Contract> {
    return (await contractById(ctx).load(module.contractId))!;
  }

  @FieldResolver(() => [Theme], { description: "The themes chosen in this module." })
  themes(@Root() module: ContractModule, @Ctx() ctx: RequestContext): Promise<Theme[]> {
    return selectedThemesByModule(ctx).load(module.id);
  }

  @FieldResolver(() => [Action], { description: "The module's action plan, in the order the actions were added." })
  actions(@Root() module: ContractModule, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Action[]> {
    return actionsByModule(ctx, info).load(module.id);
  }

  @FieldResolver(() => ActionList, { description: "The same actions as `actions`, a page at a time (cursor or offset)." })
  async actionsConnection(@Root() module: ContractModule, @Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<ListPage<Action>> {
    return pageOf(page, await actionsByModule(ctx).load(module.id));
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [PhaseCount], { description: "Its actions in each phase." })
  actionsByPhase(@Root() module: ContractModule): PhaseCount[] {
    return PHASE_ORDER.map((phase) => ({ phase, count: module[PHASE_COUNT_COLUMN[phase]] }));
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this module." })
  comments(@Root() module: ContractModule, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.MODULE, module.id);
  }

  @FieldResolver(() => [PlanViolation], { description: "The rules this module breaks now." })
  async violations(@Root() module: ContractModule, @Ctx() ctx: RequestContext): Promise<PlanViolation[]> {
    const all = await violationsByContract(ctx).load(module.contractId);
    return all.filter((v) => v.moduleId === module.id).map(plans.violationIn(ctx.language));
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractModule, { description: "Sets the themes chosen in a module (the complete list)." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  selectModuleThemes(@Ctx() ctx: RequestContext, @Arg("input") input: SelectModuleThemesInput): Promise<ContractModule> {
    return plans.selectModuleThemes(ctx, input);
  }
}

/** A medico-social contract's final evaluation is its bilan: the rates reached per module, the actions not closed. */
@Authorized()
@Resolver(() => ContractEvaluation)
export class BilanResolver {
  @Extensions({ listSize: 8 })
  @FieldResolver(() => [ContractModule], { description: "Medico-social contracts: its modules, with the rates they reached (progressRate; the yearly records in the contract's progressHistory). Empty for a sanitary contract." })
  modules(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<ContractModule[]> {
    return modulesByContract(ctx).load(evaluation.contractId);
  }

  @FieldResolver(() => [Action], { description: "Medico-social contracts: the actions of the plan not closed yet (not in phase CLOSURE at 100 %). Empty for a sanitary contract." })
  async openActions(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<Action[]> {
    const modules = await modulesByContract(ctx).load(evaluation.contractId);
    const actions = (await actionsByModule(ctx).loadMany(modules.map((m) => m.id))).flatMap((a) => (a instanceof Error ? [] : a));
    return actions.filter((a) => !(a.phase === Phase.CLOSURE && a.completion === 100));
  }
}
