import type { RequestContext } from "../core/context";
import { DEFAULT_LANGUAGE, translate } from "../core/i18n";
import type { NotificationKind } from "../notifications/notification-kind";
import { EmailMode, OutboxKind } from "./mail.entities";
import { enqueueEmails } from "./outbox";
import { emailChoices, modeOf } from "./preferences";
import { unsubscribeUrl } from "./unsubscribe";

export interface Recipient {
  id: number;
  email: string;
  displayName: string;
  managingAgencyId: number;
}

/** The link to a contract in the application people use. */
export const contractUrl = (ctx: RequestContext, contractId: number) => `${ctx.runtime.mail.publicUrl}/contracts/${contractId}`;

/** The end of every email: why it came, and how to stop it. */
export const footer = (ctx: RequestContext, userId: number) => translate(DEFAULT_LANGUAGE, "mail.footer", { unsubscribe: unsubscribeUrl(ctx.runtime.mail, ctx.runtime.auth, userId) });

/**
 * In the transaction of the change, the email of each notification for the recipients who
 * want it at once. It says what the notification says (the actor, the contract's number): the
 * recipients are the contract's parties, who read it anyway; the link leads to the application,
 * where the API's access rules apply.
 */
export async function enqueueNotificationEmails(ctx: RequestContext, contractId: number, kind: NotificationKind, message: string, recipients: Recipient[]): Promise<void> {
  const choices = await emailChoices(ctx.tm, recipients.map((r) => r.id));
  const immediate = recipients.filter((r) => modeOf(choices.get(r.id)!, kind) === EmailMode.IMMEDIATE);
  await enqueueEmails(
    ctx.tm,
    ctx.now(),
    immediate.map((recipient) => ({
      kind: OutboxKind.NOTIFICATION,
      recipient,
      contractId,
      subject: translate(DEFAULT_LANGUAGE, "mail.notificationSubject", { message }),
      body: [
        translate(DEFAULT_LANGUAGE, "mail.greeting", { name: recipient.displayName }),
        `${message}.`,
        translate(DEFAULT_LANGUAGE, "mail.contractLink", { url: contractUrl(ctx, contractId) }),
        "--",
        footer(ctx, recipient.id),
      ].join("\n\n"),
    })),
  );
}
