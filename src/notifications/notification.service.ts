import { In, IsNull, type FindOptionsWhere } from "typeorm";
import { User } from "../accounts/account.entities";
import { auditUpdate } from "../core/audit/audit";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { eventBus } from "../core/graphql/event-bus";
import { DEFAULT_LANGUAGE, translate, type Language } from "../core/i18n";
import { parseId } from "../core/ids";
import type { Page } from "../core/pagination";
import { registerMutationHook } from "../core/transactional";
import { Contract } from "../contracts/contract.entities";
import { concernedDepartments } from "../lifecycle/lifecycle.service";
import { Notification, NotificationKind } from "./notification.entity";
import { enqueueNotificationEmails } from "../mail/notification-emails";

export const NOTIFICATION_TOPIC = "NOTIFICATIONS";

/**
 * What a notification says, in words, in a reader's language: from its kind, and for a status
 * change from the operation that made it (i18next's context), so it reads the same whenever it is read.
 */
export function notificationMessage(language: Language, notification: Pick<Notification, "kind" | "operation" | "actorName" | "contractId">): string {
  return translate(language, `notification.${notification.kind}`, { actor: notification.actorName, contract: notification.contractId, context: notification.operation });
}

/**
 * The parties of a contract other than the one acting: the agency (the officer in charge,
 * else its admins), the organisation's users, and, for medico-social contracts, the users
 * of each department concerned.
 */
async function otherParties(ctx: RequestContext, contract: Contract): Promise<User[]> {
  const actor = currentUser(ctx);
  const where: FindOptionsWhere<User>[] = [];
  // Only accounts of the contract's agency (its tenant): an organisation's account at another agency hears nothing.
  const tenant = { managingAgencyId: contract.agencyId, active: true };
  if (!AGENCY_ROLES.includes(actor.role)) {
    where.push(contract.officerId !== null ? { id: contract.officerId, ...tenant } : { role: Role.AGENCY_ADMIN, agencyId: contract.agencyId, ...tenant });
  }
  if (actor.role !== Role.ORGANISATION_USER) where.push({ role: Role.ORGANISATION_USER, organisationId: contract.organisationId, ...tenant });
  const departments = (await concernedDepartments(ctx.tm, contract)).filter((code) => !(actor.role === Role.DEPARTMENT_USER && code === actor.departmentCode));
  if (departments.length) where.push({ role: Role.DEPARTMENT_USER, departmentCode: In(departments), ...tenant });
  if (!where.length) return [];
  return (await ctx.tm.find(User, { select: { id: true, email: true, displayName: true, managingAgencyId: true }, where })).filter((u) => u.id !== actor.id);
}

/** After a mutation changed contracts, tells the other parties, in the same transaction; live subscribers hear after the commit. */
export async function notifyOtherParties(ctx: RequestContext): Promise<void> {
  if (!ctx.user || ctx.touchedContracts.size === 0 || !ctx.operation) return;
  if (ctx.notifies === undefined) throw new Error(`Mutation ${ctx.operation} changed contracts without declaring what it tells the other parties (@Notifies)`);
  if (ctx.notifies === null) return;
  const kind = ctx.notifies as NotificationKind;
  const contracts = await ctx.tm.findBy(Contract, { id: In([...ctx.touchedContracts]) });
  const created: Notification[] = [];
  for (const contract of contracts) {
    const recipients = await otherParties(ctx, contract);
    if (!recipients.length) continue;
    // Stored in the default language, as the record of what was said; readers get theirs (notificationMessage).
    const message = notificationMessage(DEFAULT_LANGUAGE, { kind, operation: ctx.operation, actorName: ctx.actorName(), contractId: contract.id });
    const rows = recipients.map((r) => ctx.tm.create(Notification, { userId: r.id, contractId: contract.id, kind, operation: ctx.operation!, message, actorName: ctx.actorName(), createdAt: ctx.now(), readAt: null }));
    created.push(...(await ctx.tm.save(rows)));
    await enqueueNotificationEmails(ctx, contract.id, kind, message, recipients);
  }
  if (created.length) ctx.onCommit(() => created.forEach((n) => eventBus.publish(NOTIFICATION_TOPIC, { ...n })));
}

registerMutationHook(notifyOtherParties);

/** The user's notifications, newest first. */
export async function myNotifications(ctx: RequestContext, unreadOnly: boolean, skip: number, take: number): Promise<Page<Notification>> {
  const where = { userId: currentUser(ctx).id, ...(unreadOnly ? { readAt: IsNull() } : {}) };
  const [items, totalCount] = await ctx.em.findAndCount(Notification, { where, order: { id: "DESC" }, skip, take });
  return { items, totalCount };
}

export function unreadCount(ctx: RequestContext): Promise<number> {
  return ctx.em.countBy(Notification, { userId: currentUser(ctx).id, readAt: IsNull() });
}

/** Marks some of the user's notifications read (all unread ones when no id is given). */
export async function markNotificationsRead(ctx: RequestContext, ids: string[] | null): Promise<Notification[]> {
  const userId = currentUser(ctx).id;
  const where = ids ? { userId, readAt: IsNull(), id: In(ids.map((raw, i) => parseId(raw, `ids.${i}`))) } : { userId, readAt: IsNull() };
  const unread = await ctx.tm.find(Notification, { where, order: { id: "ASC" } });
  const now = ctx.now();
  for (const notification of unread) {
    notification.readAt = now;
    await auditUpdate(ctx, "Notification", { id: notification.id, readAt: null }, { id: notification.id, readAt: now.toISOString() });
  }
  if (unread.length) await ctx.tm.update(Notification, { id: In(unread.map((n) => n.id)) }, { readAt: now });
  else await auditUpdate(ctx, "Notification", {}, {});
  return unread;
}
