import { In, type EntityManager } from "typeorm";
import { auditUpdate } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { NotificationKind } from "../notifications/notification-kind";
import { EmailMode, EmailPreference } from "./mail.entities";

/** The row that holds a user's default, for the kinds without a row of their own. */
export const EVERY_KIND = "ALL";
/** What a user gets by email before choosing anything: each notification, as it happens. */
export const DEFAULT_EMAIL_MODE = EmailMode.IMMEDIATE;

/** A user's choices: the default, and the kinds that differ from it. */
export interface EmailChoices {
  defaultMode: EmailMode;
  kinds: Partial<Record<NotificationKind, EmailMode>>;
}

/** How each kind reaches the user: its own choice, else the user's default. */
export function modeOf(choices: EmailChoices, kind: NotificationKind): EmailMode {
  return choices.kinds[kind] ?? choices.defaultMode;
}

/** Every given user's choices, in one query. */
export async function emailChoices(em: EntityManager, userIds: number[]): Promise<Map<number, EmailChoices>> {
  const rows = userIds.length ? await em.findBy(EmailPreference, { userId: In(userIds) }) : [];
  const choices = new Map<number, EmailChoices>(userIds.map((id) => [id, { defaultMode: DEFAULT_EMAIL_MODE, kinds: {} }]));
  for (const row of rows) {
    const mine = choices.get(row.userId)!;
    if (row.kind === EVERY_KIND) mine.defaultMode = row.mode;
    else mine.kinds[row.kind as NotificationKind] = row.mode;
  }
  return choices;
}

export async function myEmailChoices(ctx: RequestContext): Promise<EmailChoices> {
  const me = currentUser(ctx);
  return (await emailChoices(ctx.em, [me.id])).get(me.id)!;
}

/**
 * Changes the user's choices: the default if given, and each kind given (null: back to the
 * default). Kinds not given keep their choice.
 */
export async function setEmailChoices(ctx: RequestContext, change: { defaultMode?: EmailMode | null; kinds?: { kind: NotificationKind; mode: EmailMode | null }[] }): Promise<EmailChoices> {
  const me = currentUser(ctx);
  const em = ctx.tm;
  const before = (await emailChoices(em, [me.id])).get(me.id)!;
  const writes: { kind: string; mode: EmailMode | null }[] = [...(change.defaultMode ? [{ kind: EVERY_KIND, mode: change.defaultMode }] : []), ...(change.kinds ?? [])];
  for (const { kind, mode } of writes) {
    await em.delete(EmailPreference, { userId: me.id, kind });
    if (mode !== null) await em.insert(EmailPreference, { userId: me.id, kind, mode });
  }
  const after = (await emailChoices(em, [me.id])).get(me.id)!;
  await auditUpdate(ctx, "EmailPreference", { id: me.id, ...before }, { id: me.id, ...after }, { agencyId: me.tenantAgencyId });
  return after;
}
