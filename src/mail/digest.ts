import { In, MoreThan } from "typeorm";
import type { Logger } from "pino";
import { User } from "../accounts/account.entities";
import { calendarDate } from "../core/clock";
import type { MailConfig } from "../core/config";
import { RequestContext, type Runtime } from "../core/context";
import { DEFAULT_LANGUAGE, translate } from "../core/i18n";
import type { BackgroundJob } from "../core/server";
import { frDate } from "../exports/french";
import { Notification } from "../notifications/notification.entity";
import { NotificationKind } from "../notifications/notification-kind";
import { notificationMessage } from "../notifications/notification.service";
import { EmailMode, EmailPreference, OutboxEmail, OutboxKind } from "./mail.entities";
import { contractUrl, footer } from "./notification-emails";
import { enqueueEmails } from "./outbox";
import { emailChoices, modeOf } from "./preferences";

const PARIS_HOUR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" });

/** The hour in Paris of an instant, 0 to 23. */
export const parisHour = (instant: Date) => Number(PARIS_HOUR.format(instant));

/**
 * The daily digest: once the day's DIGEST_HOUR has come (Paris time), one email to each user
 * who chose the digest for some kinds, listing the notifications of those kinds since their
 * last digest (none: no email). Keyed by user and day, so any number of passes in any number
 * of processes writes it once.
 */
export function digestJob(runtime: Runtime, mail: MailConfig, log: Logger): BackgroundJob {
  return {
    name: "digest",
    intervalMs: mail.reminderIntervalMs,
    async tick() {
      const now = runtime.clock.now();
      if (parisHour(now) < mail.digestHour) return;
      const today = calendarDate(now);
      const ctx = new RequestContext(runtime);
      const written = await runtime.db.transaction(async (em) => {
        const candidates = [...new Set((await em.find(EmailPreference, { select: { userId: true }, where: { mode: EmailMode.DAILY_DIGEST } })).map((p) => p.userId))];
        if (!candidates.length) return 0;
        // Those who have today's digest already are not looked at again by the day's later passes.
        const keyOf = (userId: number) => `digest:${userId}:${today}`;
        const done = new Set((await em.find(OutboxEmail, { select: { dedupeKey: true }, where: { dedupeKey: In(candidates.map(keyOf)) } })).map((e) => e.dedupeKey));
        const userIds = candidates.filter((id) => !done.has(keyOf(id)));
        if (!userIds.length) return 0;
        const users = await em.find(User, { select: { id: true, email: true, displayName: true, managingAgencyId: true }, where: { id: In(userIds), active: true } });
        const choices = await emailChoices(em, users.map((u) => u.id));
        const emails = [];
        for (const user of users) {
          const kinds = Object.values(NotificationKind).filter((kind) => modeOf(choices.get(user.id)!, kind) === EmailMode.DAILY_DIGEST);
          if (!kinds.length) continue;
          const last = await em.findOne(OutboxEmail, { where: { recipientId: user.id, kind: OutboxKind.DIGEST }, order: { createdAt: "DESC" } });
          const since = last?.createdAt ?? new Date(now.getTime() - 24 * 3600 * 1000);
          const news = await em.find(Notification, { where: { userId: user.id, kind: In(kinds), createdAt: MoreThan(since) }, order: { id: "ASC" }, take: 200 });
          if (!news.length) continue;
          const lines = news.map((n) => `- ${notificationMessage(DEFAULT_LANGUAGE, n)} (${frDate(calendarDate(n.createdAt))}) : ${contractUrl(ctx, n.contractId)}`);
          emails.push({
            kind: OutboxKind.DIGEST,
            recipient: user,
            dedupeKey: keyOf(user.id),
            subject: translate(DEFAULT_LANGUAGE, "mail.digestSubject", { count: news.length }),
            body: [translate(DEFAULT_LANGUAGE, "mail.greeting", { name: user.displayName }), translate(DEFAULT_LANGUAGE, "mail.digestIntro"), lines.join("\n"), "--", footer(ctx, user.id)].join("\n\n"),
          });
        }
        await enqueueEmails(em, now, emails);
        return emails.length;
      });
      if (written) log.debug({ digests: written }, "digests written");
    },
    async stop() {},
  };
}
