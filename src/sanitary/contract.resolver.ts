import { Arg, Authorized, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Resolver, Root, Extensions } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { byIdLoader } from "../core/loaders";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { CONTRACT_YEARS } from "../contracts/period";
import { contractById, establishmentsByContract } from "../contracts/contract.loaders";
import { Establishment } from "../organisations/organisation.entities";
import { EstablishmentActivity } from "./activity.entities";
import { ActionType, SanitaryCatalogue, StrategicObjective, StrategicOrientation } from "./catalogue.entities";
import { AdaptActionInput, ChooseIndicatorInput, DecideObjectiveInput, IncludeActionInput, OpenSanitaryContractInput } from "./contract.inputs";
import { openSanitaryContract } from "./contract.service";
import * as objectives from "./objective.service";
import { ContractAction, ContractIndicator, ContractObjective, FinancingLine } from "./plan.entities";
import { EngagementProposal } from "../lifecycle/evaluation.entities";
import { ContractReview, ReviewKind } from "../contracts/review.entities";
import { reviewsByContract } from "../contracts/contract.loaders";
import { IndicatorYearResults } from "./results";
import {
  actionsByObjective,
  actionTypeById,
  activitiesByEstablishment,
  catalogueById,
  establishmentsByContractAction,
  financingByContract,
  indicatorByAction,
  objectivesByContract,
  orientationById,
  planByContract,
  resultsByContract,
  strategicObjectiveById,
} from "./sanitary.loaders";

const contractActionById = byIdLoader(ContractAction);
const contractObjectiveById = byIdLoader(ContractObjective);

registerCommentTarget(CommentTarget.OBJECTIVE, (em, contract, id) => em.existsBy(ContractObjective, { id, contractId: contract.id }), ContractKind.SANITARY);
registerCommentTarget(
  CommentTarget.ACTION,
  (em, contract, id) =>
    em.createQueryBuilder(ContractAction, "ca").innerJoin(ContractObjective, "co", "co.id = ca.contract_objective_id").where("ca.id = :id AND co.contract_id = :contractId", { id, contractId: contract.id }).getExists(),
  ContractKind.SANITARY,
);

@ObjectType({ description: "An objective retained in annex 1, with the actions the contract includes." })
class Annex1Objective {
  @Field(() => ContractObjective, { description: "The retained strategic objective." })
  objective: ContractObjective;

  @Field(() => [ContractAction], { description: "Its included actions (engagements), with their indicators." })
  actions: ContractAction[];
}

@ObjectType({ description: "An orientation of annex 1 (engagements), with its retained objectives." })
class Annex1Orientation {
  @Field(() => StrategicOrientation, { description: "The strategic orientation of the regional health plan (PRS)." })
  orientation: StrategicOrientation;

  @Field(() => [Annex1Objective], { description: "The orientation's retained objectives." })
  objectives: Annex1Objective[];
}

@ObjectType({ description: "Annex 3: the recurring FIR financing lines and their total per contract year." })
class FinancingAnnex {
  @Field(() => [FinancingLine], { description: "Its lines, one per financing." })
  lines: FinancingLine[];

  @Field(() => [Float], { description: "Total per contract year, N1 to N5 (euros)." })
  totals: number[];
}

/** The sanitary side of a contract: the proposal, the choices, annexes 1 to 3, evaluation. */
@Authorized()
@Resolver(() => Contract)
export class SanitaryContractResolver {
  @FieldResolver(() => SanitaryCatalogue, { nullable: true, description: "The catalogue the contract was proposed from (sanitary contracts)." })
  async sanitaryCatalogue(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<SanitaryCatalogue | null> {
    const plan = await planByContract(ctx).load(contract.id);
    return plan ? catalogueById(ctx).load(plan.catalogueId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "The most strategic objectives it may retain (sanitary contracts)." })
  async maxObjectives(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await planByContract(ctx).load(contract.id))?.maxObjectives ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The category its limit comes from, if any." })
  async sanitaryCategory(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await planByContract(ctx).load(contract.id))?.category ?? null;
  }

  @FieldResolver(() => [ContractObjective], { description: "The objectives the agency proposed, in catalogue order, retained or not." })
  objectives(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractObjective[]> {
    return objectivesByContract(ctx).load(contract.id);
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [Annex1Orientation], { description: "Annex 1 (engagements): orientation → retained objective → included action → indicator." })
  async annex1(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Annex1Orientation[]> {
    const retained = (await objectivesByContract(ctx).load(contract.id)).filter((o) => o.retained === true);
    const strategic = (await strategicObjectiveById(ctx).loadMany(retained.map((o) => o.objectiveId))) as StrategicObjective[];
    const [actions, orientations] = await Promise.all([
      actionsByObjective(ctx).loadMany(retained.map((o) => o.id)),
      orientationById(ctx).loadMany(strategic.map((o) => o.orientationId)) as Promise<StrategicOrientation[]>,
    ]);
    const tree: Annex1Orientation[] = [];
    for (const [i, objective] of retained.entries()) {
      const orientation = orientations[i];
      let node = tree.find((n) => n.orientation.id === orientation.id);
      if (!node) tree.push((node = { orientation, objectives: [] }));
      node.objectives.push({ objective, actions: (actions[i] as ContractAction[]).filter((a) => a.included) });
    }
    return tree;
  }

  @FieldResolver(() => [EstablishmentActivity], { description: "Annex 2: the authorisations and recognitions of the covered establishments." })
  async careActivities(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<EstablishmentActivity[]> {
    const establishments = await establishmentsByContract(ctx).load(contract.id);
    return (await activitiesByEstablishment(ctx).loadMany(establishments.map((e) => e.id))).flat() as EstablishmentActivity[];
  }

  @FieldResolver(() => FinancingAnnex, { description: "Annex 3: recurring FIR financing." })
  async financing(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<FinancingAnnex> {
    const lines = await financingByContract(ctx).load(contract.id);
    const totals = Array.from({ length: CONTRACT_YEARS }, (_, i) => Math.round(lines.reduce((sum, line) => sum + (line.amounts[i] ?? 0), 0) * 100) / 100);
    return { lines, totals };
  }



  @FieldResolver(() => [ContractReview], { description: "Its revisions held so far (two over five years, on its calendar: reviews)." })
  async revisions(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractReview[]> {
    return (await reviewsByContract(ctx).load(contract.id)).filter((r) => r.kind === ReviewKind.REVISION && r.heldOn !== null);
  }


  @FieldResolver(() => [IndicatorYearResults], { description: "Per contract year, how its indicators were evaluated (sanitary contracts)." })
  indicatorResults(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<IndicatorYearResults[]> {
    return resultsByContract(ctx).load(contract.id);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "Opens a sanitary CPOM for a legal entity with the agency's proposal: the objectives and actions that concern its sites." })
  @Notifies(null)
  @Transactional()
  openSanitaryContract(@Ctx() ctx: RequestContext, @Arg("input") input: OpenSanitaryContractInput): Promise<Contract> {
    return openSanitaryContract(ctx, input);
  }
}

@Authorized()
@Resolver(() => ContractObjective)
export class ContractObjectiveResolver {
  @FieldResolver(() => String, { description: "Its code in the catalogue, e.g. 1.2." })
  async code(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<string> {
    return (await strategicObjectiveById(ctx).load(objective.objectiveId))!.code;
  }

  @FieldResolver(() => String, { description: "The catalogue's title (it cannot be changed)." })
  async title(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<string> {
    return (await strategicObjectiveById(ctx).load(objective.objectiveId))!.title;
  }

  @FieldResolver(() => StrategicObjective, { description: "The catalogue's strategic objective it takes." })
  async strategicObjective(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<StrategicObjective> {
    return (await strategicObjectiveById(ctx).load(objective.objectiveId))!;
  }

  @FieldResolver(() => Contract, { description: "The contract it belongs to." })
  async contract(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<Contract> {
    return (await contractById(ctx).load(objective.contractId))!;
  }

  @FieldResolver(() => [ContractAction], { description: "The actions proposed under it, included or not." })
  actions(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<ContractAction[]> {
    return actionsByObjective(ctx).load(objective.id);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this objective, oldest first." })
  comments(@Root() objective: ContractObjective, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.OBJECTIVE, objective.id);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractObjective, { description: "Retains a proposed objective or not, saying why (Enjeux), within the contract's maximum." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  decideObjective(@Ctx() ctx: RequestContext, @Arg("input") input: DecideObjectiveInput): Promise<ContractObjective> {
    return objectives.decideObjective(ctx, input);
  }
}

@Authorized()
@Resolver(() => ContractAction)
export class ContractActionResolver {
  @FieldResolver(() => String, { description: "The catalogue's code, e.g. 1.2.3." })
  async code(@Root() action: ContractAction, @Ctx() ctx: RequestContext): Promise<string> {
    return (await actionTypeById(ctx).load(action.actionTypeId))!.code;
  }

  @FieldResolver(() => ActionType, { description: "The catalogue's model of this engagement." })
  async actionType(@Root() action: ContractAction, @Ctx() ctx: RequestContext): Promise<ActionType> {
    return (await actionTypeById(ctx).load(action.actionTypeId))!;
  }

  @FieldResolver(() => [Establishment], { description: "The sites it concerns." })
  establishments(@Root() action: ContractAction, @Ctx() ctx: RequestContext): Promise<Establishment[]> {
    return establishmentsByContractAction(ctx).load(action.id);
  }

  @FieldResolver(() => ContractIndicator, { description: "The indicator that measures it; null until one is chosen.", nullable: true })
  indicator(@Root() action: ContractAction, @Ctx() ctx: RequestContext): Promise<ContractIndicator | null> {
    return indicatorByAction(ctx).load(action.id);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this action, oldest first." })
  async comments(@Root() action: ContractAction, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    const objective = (await contractObjectiveById(ctx).load(action.contractObjectiveId))!;
    return commentsOn(ctx, CommentTarget.ACTION, action.id, objective.contractId);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractAction, { description: "Includes an optional action in the contract or sets it aside (a mandatory one stays)." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  includeAction(@Ctx() ctx: RequestContext, @Arg("input") input: IncludeActionInput): Promise<ContractAction> {
    return objectives.includeAction(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractAction, { description: "Adapts an action's wording to the organisation." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  adaptAction(@Ctx() ctx: RequestContext, @Arg("input") input: AdaptActionInput): Promise<ContractAction> {
    return objectives.adaptAction(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractAction, { description: "Chooses the indicator followed for an action: a suggestion of the catalogue or one defined at negotiation." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  chooseIndicator(@Ctx() ctx: RequestContext, @Arg("input") input: ChooseIndicatorInput): Promise<ContractAction> {
    return objectives.chooseIndicator(ctx, input);
  }
}

/** A proposal of a sanitary contract's evaluation names the engagement it is about. */
@Authorized()
@Resolver(() => EngagementProposal)
export class EngagementProposalResolver {
  @FieldResolver(() => ContractAction, { nullable: true, description: "The engagement concerned; null for one to add (and for medico-social contracts)." })
  contractAction(@Root() proposal: EngagementProposal, @Ctx() ctx: RequestContext): Promise<ContractAction | null> | null {
    return proposal.contractActionId === null ? null : contractActionById(ctx).load(proposal.contractActionId);
  }
}
