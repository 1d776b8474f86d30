import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsOptional } from "class-validator";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { manyByLoader } from "../core/loaders";
import { PageArgs, Paginated } from "../core/pagination";
import { Transactional } from "../core/transactional";
import { Contract } from "./contract.entities";
import { campaignById, contractById } from "./contract.loaders";
import { DeadlineFlag, deadlineFlags } from "./contract-status";
import { ContractReview } from "./review.entities";
import * as reviews from "./review.service";

const reviewsByContract = manyByLoader<ContractReview, number>(ContractReview, "contractId", { scheduledOn: "ASC" });

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

@InputType()
class RecordReviewHeldInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDateResolver)
  heldOn: string;
}

@InputType()
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
  @FieldResolver(() => Contract)
  async contract(@Root() review: ContractReview, @Ctx() ctx: RequestContext): Promise<Contract> {
    return (await contractById(ctx).load(review.contractId))!;
  }

  @Query(() => ContractReviewList, { description: "Revisions and mid-term evaluations due (not held, scheduled within the given days or overdue), soonest first." })
  reviewsDue(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("filter", () => ReviewsDueFilter, { nullable: true }) filter?: ReviewsDueFilter): Promise<ContractReviewList> {
    return reviews.reviewsDue(ctx, filter?.withinDays ?? 90, filter?.regionCode ?? null, page.skip, page.take);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractReview, { description: "Moves a scheduled revision or mid-term evaluation." })
  @Transactional()
  scheduleReview(@Ctx() ctx: RequestContext, @Arg("input") input: ScheduleReviewInput): Promise<ContractReview> {
    return reviews.scheduleReview(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractReview, { description: "Records that a revision or the mid-term evaluation took place." })
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

  @FieldResolver(() => [DeadlineFlag], { description: "The deadlines of its campaign it has missed (unsigned contracts)." })
  async deadlineFlags(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<DeadlineFlag[]> {
    const campaign = contract.campaignId === null ? null : await campaignById(ctx).load(contract.campaignId);
    return deadlineFlags(contract.status, campaign, ctx.today());
  }
}
