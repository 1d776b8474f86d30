import { auditUpdate, snapshot } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { conflict, notFound } from "../core/errors";
import { parseId } from "../core/ids";
import type { Page } from "../core/pagination";
import { OutboxEmail, OutboxStatus } from "./mail.entities";
import { requeue } from "./outbox";
import { msg } from "../core/i18n/message";

/** The outbox of the admin's agency (emails to the accounts it manages), newest first. */
export async function listOutbox(ctx: RequestContext, status: OutboxStatus | null, skip: number, take: number): Promise<Page<OutboxEmail>> {
  const where = { agencyId: currentUser(ctx).tenantAgencyId, ...(status ? { status } : {}) };
  const [items, totalCount] = await ctx.em.findAndCount(OutboxEmail, { where, order: { id: "DESC" }, skip, take });
  return { items, totalCount };
}

/** An admin's retry of an email given up or bounced; another agency's email is not found. */
export async function retryEmail(ctx: RequestContext, rawId: string): Promise<OutboxEmail> {
  const id = parseId(rawId, "id");
  const email = await ctx.tm.findOneBy(OutboxEmail, { id, agencyId: currentUser(ctx).tenantAgencyId });
  if (!email) throw notFound(msg`Email`, rawId, "id");
  if (email.status !== OutboxStatus.FAILED && email.status !== OutboxStatus.BOUNCED) {
    throw conflict(msg`Only a failed or bounced email is sent again; this one is ${email.status}`, { field: "id" });
  }
  const before = snapshot(email);
  await requeue(ctx.tm, email, ctx.now());
  const after = await ctx.tm.findOneByOrFail(OutboxEmail, { id });
  await auditUpdate(ctx, "OutboxEmail", before, after, { agencyId: email.agencyId });
  return after;
}
