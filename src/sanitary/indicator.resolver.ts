import { ContractKind } from "../contracts/contract.entities";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, Extensions } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { DecideMeasurabilityInput, FlagNotMeasurableInput, OverrideVerdictInput, RecordActualInput, SetIndicatorTargetsInput } from "./contract.inputs";
import { effectiveVerdict, formatIndicatorValue } from "./indicator-values";
import * as indicators from "./indicator.service";
import { ContractAction, ContractIndicator, ContractObjective, IndicatorYear } from "./plan.entities";
import { Verdict } from "./sanitary.enums";
import { indicatorById, yearsByIndicator } from "./sanitary.loaders";
import { IndicatorTemplate } from "./catalogue.entities";
import { templateById } from "./sanitary.loaders";

registerCommentTarget(
  CommentTarget.INDICATOR,
  (em, contract, id) =>
    em
      .createQueryBuilder(ContractIndicator, "ci")
      .innerJoin(ContractAction, "ca", "ca.id = ci.contract_action_id")
      .innerJoin(ContractObjective, "co", "co.id = ca.contract_objective_id")
      .where("ci.id = :id AND co.contract_id = :contractId", { id, contractId: contract.id })
      .getExists(),
  ContractKind.SANITARY,
);

@Authorized()
@Resolver(() => ContractIndicator)
export class ContractIndicatorResolver {
  @FieldResolver(() => String, { nullable: true, description: "Baseline T0, as typed (YES / NO, a number, or text)." })
  baseline(@Root() indicator: ContractIndicator): string | null {
    return formatIndicatorValue(indicator.type, { number: indicator.baselineNumber, text: indicator.baselineText });
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [IndicatorYear], { description: "The five contract years: target, actual, verdict." })
  years(@Root() indicator: ContractIndicator, @Ctx() ctx: RequestContext): Promise<IndicatorYear[]> {
    return yearsByIndicator(ctx).load(indicator.id);
  }

  @FieldResolver(() => IndicatorTemplate, { nullable: true, description: "The catalogue's suggestion it follows; null when defined at negotiation." })
  template(@Root() indicator: ContractIndicator, @Ctx() ctx: RequestContext): Promise<IndicatorTemplate | null> | null {
    return indicator.templateId === null ? null : templateById(ctx).load(indicator.templateId);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this indicator, oldest first." })
  comments(@Root() indicator: ContractIndicator, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.INDICATOR, indicator.id);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractIndicator, { description: "Sets the baseline T0 and its year, and targets per contract year." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  setIndicatorTargets(@Ctx() ctx: RequestContext, @Arg("input") input: SetIndicatorTargetsInput): Promise<ContractIndicator> {
    return indicators.setIndicatorTargets(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractIndicator, { description: "Records the value achieved in a contract year that has begun." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  recordActual(@Ctx() ctx: RequestContext, @Arg("input") input: RecordActualInput): Promise<ContractIndicator> {
    return indicators.recordActual(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractIndicator, { description: "Flags an indicator as not measurable, with a justification (or withdraws the flag)." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  flagNotMeasurable(@Ctx() ctx: RequestContext, @Arg("input") input: FlagNotMeasurableInput): Promise<ContractIndicator> {
    return indicators.flagNotMeasurable(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractIndicator, { description: "The agency accepts or rejects a not-measurable flag." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  decideMeasurability(@Ctx() ctx: RequestContext, @Arg("input") input: DecideMeasurabilityInput): Promise<ContractIndicator> {
    return indicators.decideMeasurability(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractIndicator, { description: "Replaces the computed verdict of a year, with a reason (null verdict: back to the computed one)." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  overrideVerdict(@Ctx() ctx: RequestContext, @Arg("input") input: OverrideVerdictInput): Promise<ContractIndicator> {
    return indicators.overrideVerdict(ctx, input);
  }
}

@Authorized()
@Resolver(() => IndicatorYear)
export class IndicatorYearResolver {
  @FieldResolver(() => String, { nullable: true, description: "The target (opposable), as typed." })
  async target(@Root() year: IndicatorYear, @Ctx() ctx: RequestContext): Promise<string | null> {
    const indicator = (await indicatorById(ctx).load(year.indicatorId))!;
    return formatIndicatorValue(indicator.type, { number: year.targetNumber, text: year.targetText });
  }

  @FieldResolver(() => String, { nullable: true, description: "The actual (réalisé), as typed." })
  async actual(@Root() year: IndicatorYear, @Ctx() ctx: RequestContext): Promise<string | null> {
    const indicator = (await indicatorById(ctx).load(year.indicatorId))!;
    return formatIndicatorValue(indicator.type, { number: year.actualNumber, text: year.actualText });
  }

  @FieldResolver(() => Verdict, { nullable: true, description: "The verdict that counts: the agency's when it overrode it, else the computed one." })
  verdict(@Root() year: IndicatorYear): Verdict | null {
    return effectiveVerdict(year);
  }
}
