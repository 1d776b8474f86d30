import { auditUpdate, snapshot } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { addDays } from "../core/dates";
import { badInput } from "../core/errors";
import type { Page } from "../core/pagination";
import { assertVersion } from "../core/versioning";
import { contractReadScope, requireContractPart } from "./contract.access";
import { gate, Intent } from "./contract-life";
import { Contract } from "./contract.entities";
import { auditScope } from "./contract.service";
import { ContractReview, ReviewKind } from "./review.entities";
import { IsNull } from "typeorm";
import { withinPeriod } from "./period";
import { msg } from "../core/i18n/message";


async function reviewToChange(ctx: RequestContext, reviewId: string, version: number) {
  const { row: review, contract } = await requireContractPart(ctx, ContractReview, reviewId, "reviewId", msg`Review`, (r) => r.contractId);
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(review, version, msg`The review`);
  return { review, contract, before: snapshot(review) };
}

/** The agency moves a scheduled revision or mid-term evaluation (within the contract). */
export async function scheduleReview(ctx: RequestContext, input: { reviewId: string; version: number; scheduledOn: string }): Promise<ContractReview> {
  const { review, contract, before } = await reviewToChange(ctx, input.reviewId, input.version);
  if (!withinPeriod(contract, input.scheduledOn)) throw badInput("scheduledOn", msg`A review takes place during the contract (${contract.startDate} to ${contract.endDate}), got ${input.scheduledOn}`);
  review.scheduledOn = input.scheduledOn;
  const saved = await ctx.tm.save(review);
  await auditUpdate(ctx, "ContractReview", before, saved, auditScope(contract));
  return saved;
}

/** The agency records that a review took place (for the renewal deadline: that renewal was asked for), and what it decided. */
export async function recordReviewHeld(ctx: RequestContext, input: { reviewId: string; version: number; heldOn: string; description?: string | null }): Promise<ContractReview> {
  const { review, contract, before } = await reviewToChange(ctx, input.reviewId, input.version);
  if (input.heldOn > ctx.today() || input.heldOn < contract.startDate) throw badInput("heldOn", msg`A review is held between the contract's start (${contract.startDate}) and today, got ${input.heldOn}`);
  review.heldOn = input.heldOn;
  if (input.description !== undefined) review.description = input.description?.trim() || null;
  review.recordedBy = ctx.actorName();
  const saved = await ctx.tm.save(review);
  await auditUpdate(ctx, "ContractReview", before, saved, auditScope(contract));
  return saved;
}

/**
 * Records the next review of a kind still due as held (a sanitary revision, the renewal
 * request an extension makes), with what it decided; null when none of that kind is left.
 */
export async function holdNextReview(ctx: RequestContext, contract: Contract, kind: ReviewKind, heldOn: string, description: string | null): Promise<ContractReview | null> {
  const review = await ctx.tm.findOne(ContractReview, { where: { contractId: contract.id, kind, heldOn: IsNull() }, order: { number: "ASC" } });
  if (!review) return null;
  const before = snapshot(review);
  Object.assign(review, { heldOn, description, recordedBy: ctx.actorName() });
  const saved = await ctx.tm.save(review);
  await auditUpdate(ctx, "ContractReview", before, saved, auditScope(contract));
  return saved;
}

/** Reviews not held yet and scheduled before `withinDays` from today (overdue ones included), in the user's scope, soonest first. */
export async function reviewsDue(ctx: RequestContext, withinDays: number, regionCode: string | null, skip: number, take: number): Promise<Page<ContractReview>> {
  if (withinDays < 0 || withinDays > 3660) throw badInput("withinDays", msg`withinDays is from 0 to 3660`);
  const scope = contractReadScope(currentUser(ctx));
  const qb = ctx.em
    .createQueryBuilder(ContractReview, "r")
    .innerJoin(Contract, "c", "c.id = r.contract_id")
    .where("r.held_on IS NULL AND r.scheduled_on <= :limit", { limit: addDays(ctx.today(), withinDays) })
    .andWhere(scope.sql, scope.params);
  if (regionCode) qb.andWhere("c.agency_id IN (SELECT ra.id FROM agency ra WHERE ra.region_code = :reviewRegion)", { reviewRegion: regionCode });
  const [items, totalCount] = await qb.orderBy("r.scheduled_on", "ASC").addOrderBy("r.id", "ASC").skip(skip).take(take).getManyAndCount();
  return { items, totalCount };
}
