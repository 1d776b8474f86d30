import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { MultilineText, TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsOptional } from "class-validator";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { PageArgs, paginate, Paginated } from "../core/pagination";
import { Transactional } from "../core/transactional";
import { Contract } from "./contract.entities";
import { campaignById, contractById, reviewsByContract } from "./contract.loaders";
import { DeadlineFlag, deadlineFlags } from "./contract-status";
import { ContractReview, ReviewKind } from "./review.entities";
import * as reviews from "./review.service";


@ObjectType()
class ContractReviewList extends Paginated(ContractReview) {}

@InputType()
class ScheduleReviewInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDateResolver)
  scheduledOn: string;
}

@InputType({ description: "A date of the calendar that took place (for the renewal deadline: the request made), and what it decided." })
class RecordReviewHeldInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDateResolver)
  heldOn: string;

  @Field(() => String, { nullable: true, description: "What was reviewed or decided." })
  @IsOptional()
  @MultilineText(10000)
  description?: string | null;
}

@InputType({ description: "Which reviews due to list." })
class ReviewsDueFilter {
  @Field(() => Int, { defaultValue: 90, description: "Reviews scheduled up to this many days from today (overdue ones included)." })
  withinDays: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(3)
  regionCode?: string | null;
}

/** A contract's schedule: its revisions and mid-term evaluation, and its campaign's deadlines. */
@Authorized()
@Resolver(() => ContractReview)
export class ContractScheduleResolver {
  @FieldResolver(() => Contract, { description: "The contract reviewed." })
  async contract(@Root() review: ContractReview, @Ctx() ctx: RequestContext): Promise<Contract> {
    return (await contractById(ctx).load(review.contractId))!;
  }

  @Query(() => ContractReviewList, { description: "Revisions and mid-term evaluations due (not held, scheduled within the given days or overdue), soonest first." })
  reviewsDue(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("filter", () => ReviewsDueFilter, { description: "How far ahead, and in which region.", nullable: true }) filter?: ReviewsDueFilter): Promise<ContractReviewList> {
    return paginate(page, (skip, take) => reviews.reviewsDue(ctx, filter?.withinDays ?? 90, filter?.regionCode ?? null, skip, take));
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractReview, { description: "Moves a scheduled revision or mid-term evaluation." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  scheduleReview(@Ctx() ctx: RequestContext, @Arg("input") input: ScheduleReviewInput): Promise<ContractReview> {
    return reviews.scheduleReview(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractReview, { description: "Records that a revision or the mid-term evaluation took place." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  recordReviewHeld(@Ctx() ctx: RequestContext, @Arg("input") input: RecordReviewHeldInput): Promise<ContractReview> {
    return reviews.recordReviewHeld(ctx, input);
  }
}

@Authorized()
@Resolver(() => Contract)
export class ContractDeadlinesResolver {
  @FieldResolver(() => [ContractReview], { description: "Its two revisions and its mid-term evaluation, scheduled and held." })
  reviews(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractReview[]> {
    return reviewsByContract(ctx).load(contract.id);
  }

  @FieldResolver(() => [DeadlineFlag], { description: "The deadlines it has missed: its campaign's (unsigned contracts), its renewal or extension request (signed ones)." })
  async deadlineFlags(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<DeadlineFlag[]> {
    const campaign = contract.campaignId === null ? null : await campaignById(ctx).load(contract.campaignId);
    const renewals = (await reviewsByContract(ctx).load(contract.id)).filter((r) => r.kind === ReviewKind.RENEWAL);
    return deadlineFlags(contract.status, campaign, renewals, ctx.today());
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: "When the renewal (sanitary: a year before the end) or the extension (medico-social: six months before) is to be asked for; null once asked." })
  async renewalDeadline(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<string | null> {
    const due = (await reviewsByContract(ctx).load(contract.id)).filter((r) => r.kind === ReviewKind.RENEWAL && r.heldOn === null);
    return due.at(-1)?.scheduledOn ?? null;
  }
}
