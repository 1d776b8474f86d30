import { In } from "typeorm";
import type { Logger } from "pino";
import { User } from "../accounts/account.entities";
import { Role } from "../core/auth/roles";
import { calendarDate } from "../core/clock";
import type { MailConfig } from "../core/config";
import { RequestContext, type Runtime } from "../core/context";
import { addDays, type IsoDate } from "../core/dates";
import { DEFAULT_LANGUAGE, translate } from "../core/i18n";
import type { BackgroundJob } from "../core/server";
import { contractYears } from "../contracts/period";
import { frDate } from "../exports/french";
import { EmailMode, OutboxKind } from "./mail.entities";
import { contractUrl, footer, type Recipient } from "./notification-emails";
import { enqueueEmails } from "./outbox";
import { emailChoices } from "./preferences";

/** Who must act before a deadline. */
export type Party = "AGENCY" | "ORGANISATION" | "BOTH";

/** What a deadline of a contract's calendar is. */
export type DeadlineKind = "NEGOTIATION" | "SIGNATURE" | "MID_TERM" | "FINAL" | "REVISION" | "ANNEX_SIGNATURE" | "RENEWAL" | "YEAR_CLOSE";

/** A deadline still to meet: the calendar's date, who must act, and what names it for good (the reminders' dedupe key). */
export interface Deadline {
  key: string;
  contractId: number;
  kind: DeadlineKind;
  date: IsoDate;
  party: Party;
  /** For a year's close, the contract year. */
  year?: number;
}

/** Who acts for each kind of deadline: the agency holds reviews and closes years; the organisation asks for renewal; both sign and evaluate. */
export const PARTY_OF: Record<DeadlineKind, Party> = {
  NEGOTIATION: "BOTH",
  SIGNATURE: "BOTH",
  MID_TERM: "BOTH",
  FINAL: "BOTH",
  ANNEX_SIGNATURE: "BOTH",
  REVISION: "AGENCY",
  YEAR_CLOSE: "AGENCY",
  RENEWAL: "ORGANISATION",
};

/**
 * The reminder due today for a deadline, if any: the smallest offset already reached (30, 7,
 * then 0 on the day and while it is overdue). Each offset goes once (its dedupe key); an offset
 * passed while nothing was sent (a deadline added late) is not sent afterwards: the nearer one is.
 */
export function dueOffset(deadline: Pick<Deadline, "date">, today: IsoDate, offsets: readonly number[]): number | null {
  const reached = offsets.filter((offset) => today >= addDays(deadline.date, -offset));
  return reached.length ? Math.min(...reached) : null;
}

/** Days from today to the deadline (negative: overdue). */
const daysUntil = (date: IsoDate, today: IsoDate) => Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);

/**
 * Every deadline still to meet within `horizon` days: the campaign's negotiation close and
 * signature deadline of unsigned contracts, the reviews not held (revisions, evaluations, annex
 * signatures, the renewal or extension request), and the close of each contract year of a
 * signed medico-social contract not closed yet.
 */
export async function openDeadlines(runtime: Runtime, today: IsoDate, horizon: number): Promise<(Deadline & { agencyId: number; organisationId: number; officerId: number | null; organisationName: string })[]> {
  const until = addDays(today, horizon);
  const q = (sql: string, params: unknown[]) => {
    let n = 0;
    return runtime.db.reader.query(runtime.db.kind === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql, params) as Promise<Record<string, unknown>[]>;
  };
  // Dates as 'YYYY-MM-DD' text on both drivers (pg would make Date objects of them).
  const text = (column: string) => `CAST(${column} AS VARCHAR(10))`;
  const contractColumns = "c.id AS contract_id, c.agency_id, c.organisation_id, c.officer_id, o.name AS organisation_name";
  const campaigns = await q(
    `SELECT ${contractColumns}, ${text("k.negotiation_closes_on")} AS negotiation_closes_on, ${text("k.signature_deadline")} AS signature_deadline FROM contract c JOIN campaign k ON k.id = c.campaign_id JOIN organisation o ON o.id = c.organisation_id
     WHERE c.status IN ('DRAFT', 'PROPOSED', 'NEGOTIATION') AND (k.negotiation_closes_on <= ? OR k.signature_deadline <= ?)`,
    [until, until],
  );
  const reviews = await q(
    `SELECT ${contractColumns}, r.id AS review_id, r.kind, ${text("r.scheduled_on")} AS scheduled_on FROM contract_review r JOIN contract c ON c.id = r.contract_id JOIN organisation o ON o.id = c.organisation_id
     WHERE r.held_on IS NULL AND r.scheduled_on <= ? AND c.status <> 'CLOSED'`,
    [until],
  );
  const signed = await q(
    `SELECT ${contractColumns}, ${text("c.start_date")} AS start_date, (SELECT COUNT(*) FROM progress_snapshot s WHERE s.contract_id = c.id) AS closed_years FROM contract c JOIN organisation o ON o.id = c.organisation_id
     WHERE c.kind = 'MEDICO_SOCIAL' AND c.status IN ('SIGNED', 'ACTIVE') AND c.start_date <= ?`,
    [until],
  );
  const base = (r: Record<string, unknown>) => ({
    contractId: Number(r.contract_id),
    agencyId: Number(r.agency_id),
    organisationId: Number(r.organisation_id),
    officerId: r.officer_id === null ? null : Number(r.officer_id),
    organisationName: String(r.organisation_name),
  });
  const deadlines = [];
  for (const r of campaigns) {
    if (r.negotiation_closes_on) deadlines.push({ ...base(r), key: `negotiation:${r.contract_id}:${r.negotiation_closes_on}`, kind: "NEGOTIATION" as const, date: String(r.negotiation_closes_on), party: PARTY_OF.NEGOTIATION });
    if (r.signature_deadline) deadlines.push({ ...base(r), key: `signature:${r.contract_id}:${r.signature_deadline}`, kind: "SIGNATURE" as const, date: String(r.signature_deadline), party: PARTY_OF.SIGNATURE });
  }
  for (const r of reviews) {
    const kind = String(r.kind) as DeadlineKind;
    deadlines.push({ ...base(r), key: `review:${r.review_id}:${r.scheduled_on}`, kind, date: String(r.scheduled_on), party: PARTY_OF[kind] });
  }
  for (const r of signed) {
    // The next year to close (years close in order), when its end falls within the horizon.
    const next = contractYears(String(r.start_date))[Number(r.closed_years)];
    if (next && next.endDate <= until) deadlines.push({ ...base(r), key: `year:${r.contract_id}:${next.number}`, kind: "YEAR_CLOSE" as const, date: next.endDate, party: PARTY_OF.YEAR_CLOSE, year: next.number });
  }
  return deadlines.filter((d) => d.date <= until);
}

/**
 * The calendar's reminders: each pass finds the deadlines whose reminder is due today and
 * writes one email per person who must act, under a key (deadline, offset, person) that the
 * outbox accepts once. So passes may run in every server process and as often as wished (a
 * restart, a clock moved by a test): each reminder is written once, then sent by the outbox's
 * worker. Reminders go to those whose default email mode is not NONE.
 */
export function reminderJob(runtime: Runtime, mail: MailConfig, log: Logger): BackgroundJob {
  return {
    name: "reminders",
    intervalMs: mail.reminderIntervalMs,
    async tick() {
      const today = calendarDate(runtime.clock.now());
      const deadlines = await openDeadlines(runtime, today, Math.max(...mail.reminderOffsetsDays));
      const due = deadlines.flatMap((deadline) => {
        const offset = dueOffset(deadline, today, mail.reminderOffsetsDays);
        return offset === null ? [] : [{ deadline, offset }];
      });
      if (!due.length) return;
      const ctx = new RequestContext(runtime);
      await ctx.db.transaction(async (em) => {
        const agencies = [...new Set(due.map((d) => d.deadline.agencyId))];
        const users = await em.find(User, {
          select: { id: true, email: true, displayName: true, managingAgencyId: true, role: true, agencyId: true, organisationId: true },
          where: { managingAgencyId: In(agencies), active: true, role: In([Role.AGENCY_ADMIN, Role.AGENCY_OFFICER, Role.ORGANISATION_USER]) },
        });
        const choices = await emailChoices(em, users.map((u) => u.id));
        const wanted = users.filter((u) => choices.get(u.id)!.defaultMode !== EmailMode.NONE);
        const emails = due.flatMap(({ deadline, offset }) => {
          const ofAgency = wanted.filter((u) => u.managingAgencyId === deadline.agencyId);
          const agency = deadline.officerId !== null ? ofAgency.filter((u) => u.id === deadline.officerId) : ofAgency.filter((u) => u.role === Role.AGENCY_ADMIN && u.agencyId === deadline.agencyId);
          const organisation = ofAgency.filter((u) => u.role === Role.ORGANISATION_USER && u.organisationId === deadline.organisationId);
          const recipients: Recipient[] = deadline.party === "AGENCY" ? agency : deadline.party === "ORGANISATION" ? organisation : [...agency, ...organisation];
          const days = daysUntil(deadline.date, today);
          const when = days > 0 ? translate(DEFAULT_LANGUAGE, "mail.due", { count: days }) : days === 0 ? translate(DEFAULT_LANGUAGE, "mail.dueToday") : translate(DEFAULT_LANGUAGE, "mail.overdue");
          const what = translate(DEFAULT_LANGUAGE, `deadline.${deadline.kind}`, { year: deadline.year ?? "" });
          const params = { contract: deadline.contractId, what, when, organisation: deadline.organisationName, date: frDate(deadline.date) };
          return recipients.map((recipient) => ({
            kind: OutboxKind.REMINDER,
            recipient,
            contractId: deadline.contractId,
            dedupeKey: `reminder:${deadline.key}:${offset}:${recipient.id}`,
            subject: translate(DEFAULT_LANGUAGE, "mail.reminderSubject", params),
            body: [
              translate(DEFAULT_LANGUAGE, "mail.greeting", { name: recipient.displayName }),
              translate(DEFAULT_LANGUAGE, "mail.reminderBody", params),
              translate(DEFAULT_LANGUAGE, "mail.contractLink", { url: contractUrl(ctx, deadline.contractId) }),
              "--",
              footer(ctx, recipient.id),
            ].join("\n\n"),
          }));
        });
        await enqueueEmails(em, runtime.clock.now(), emails);
      });
      log.debug({ reminders: due.length }, "reminders written");
    },
    async stop() {},
  };
}
