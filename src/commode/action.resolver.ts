import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { Establishment } from "../organisations/organisation.entities";
import { Theme } from "./catalogue.entities";
import { establishmentsByAction, moduleById, phaseHistoryByAction, themeById } from "./commode.loaders";
import { Action, ActionPhaseChange, ContractModule } from "./plan.entities";
import { AddActionInput, MoveActionInput, RemoveActionInput, SetActionCompletionInput, UpdateActionInput } from "./action.inputs";
import * as actions from "./action.service";

@Authorized()
@Resolver(() => Action)
export class ActionResolver {
  @Query(() => Action, { description: "An action of a module's plan; null if it does not exist or you may not read it.", nullable: true })
  action(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Action | null> {
    return actions.getAction(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => ContractModule, { description: "The contract's module whose plan holds the action." })
  async module(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<ContractModule> {
    return (await moduleById(ctx).load(action.moduleId))!;
  }

  @FieldResolver(() => Theme, { description: "The theme (fiche thématique) of the module it puts into practice; null for an action outside the themes.", nullable: true })
  theme(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Theme | null> {
    return action.themeId === null ? Promise.resolve(null) : themeById(ctx).load(action.themeId);
  }

  @FieldResolver(() => [Establishment], { description: "The establishments it concerns; empty: the organisation as a whole." })
  establishments(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<Establishment[]> {
    return establishmentsByAction(ctx).load(action.id);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this action, oldest first." })
  async comments(@Root() action: Action, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    const module = (await moduleById(ctx).load(action.moduleId))!;
    return commentsOn(ctx, CommentTarget.ACTION, action.id, module.contractId);
  }

  @FieldResolver(() => [ActionPhaseChange], { description: "Every phase change, oldest first." })
  phaseHistory(@Root() action: Action, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ActionPhaseChange[]> {
    return phaseHistoryByAction(ctx, info).load(action.id);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Action, { description: "Adds an action to a module's plan; it starts in INITIALISATION at 0 %." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  addAction(@Ctx() ctx: RequestContext, @Arg("input") input: AddActionInput): Promise<Action> {
    return actions.addAction(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Action, { description: "Changes an action's wording, theme, establishments, person in charge or dates (not its phase: moveActionToPhase)." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  updateAction(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateActionInput): Promise<Action> {
    return actions.updateAction(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractModule, { description: "Removes an action from its plan (agency only); returns the module." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  removeAction(@Ctx() ctx: RequestContext, @Arg("input") input: RemoveActionInput): Promise<ContractModule> {
    return actions.removeAction(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Action, { description: "Moves an action to the next phase, or back to an earlier one with a comment." })
  @Notifies(NotificationKind.PHASE_CHANGE)
  @Transactional()
  moveActionToPhase(@Ctx() ctx: RequestContext, @Arg("input") input: MoveActionInput): Promise<Action> {
    return actions.moveActionToPhase(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Action, { description: "Records the completion of an action within its current phase." })
  @Notifies(NotificationKind.PHASE_CHANGE)
  @Transactional()
  setActionCompletion(@Ctx() ctx: RequestContext, @Arg("input") input: SetActionCompletionInput): Promise<Action> {
    return actions.setActionCompletion(ctx, input);
  }
}
