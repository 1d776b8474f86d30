import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { In, LessThan, LessThanOrEqual, type EntityManager } from "typeorm";
import type { MailConfig } from "../core/config";
import type { Database } from "../core/database/database";
import { OutboxEmail, OutboxKind, OutboxStatus } from "./mail.entities";

/** What a change writes to the outbox for one recipient. */
export interface EmailToSend {
  kind: OutboxKind;
  recipient: { id: number; email: string; managingAgencyId: number };
  subject: string;
  body: string;
  contractId?: number | null;
  /** For a job that may run twice (a reminder): the second write of the same key is ignored. */
  dedupeKey?: string | null;
}

/**
 * Writes emails to the outbox with the caller's transaction manager: they exist if and only
 * if the change that causes them is committed. A dedupe key already written writes nothing.
 */
export async function enqueueEmails(em: EntityManager, now: Date, emails: EmailToSend[]): Promise<void> {
  if (!emails.length) return;
  const rows = emails.map((e) => ({
    kind: e.kind,
    recipientId: e.recipient.id,
    agencyId: e.recipient.managingAgencyId,
    toAddress: e.recipient.email,
    subject: e.subject.length > 300 ? `${e.subject.slice(0, 299)}…` : e.subject,
    body: e.body,
    contractId: e.contractId ?? null,
    dedupeKey: e.dedupeKey ?? null,
    status: OutboxStatus.PENDING,
    attempts: 0,
    createdAt: now,
    nextAttemptAt: now,
    leaseUntil: null,
    leasedBy: null,
    sentAt: null,
    messageId: null,
    lastError: null,
  }));
  // INSERT OR IGNORE (SQLite) / ON CONFLICT DO NOTHING (PostgreSQL): only the dedupe key can conflict.
  await em.createQueryBuilder().insert().into(OutboxEmail).values(rows).orIgnore().execute();
}

/** The name a worker leases emails under: its host, process and a random part (two workers in one process differ), for the logs and the lease. */
export const workerName = () => `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`.slice(-100);

/**
 * Takes up to `batch` emails due for sending, and holds them until `now + leaseMs`: pending
 * ones whose time has come, and those whose lease ran out (their worker died mid-way). On
 * PostgreSQL the rows are locked FOR UPDATE SKIP LOCKED, so two processes taking at once take
 * different emails; SQLite has one writer, and its transactions run one after another.
 */
export async function leaseDueEmails(db: Database, worker: string, now: Date, mail: Pick<MailConfig, "batchSize" | "leaseMs">): Promise<OutboxEmail[]> {
  return db.transaction(async (em) => {
    const due = em
      .createQueryBuilder(OutboxEmail, "e")
      .select("e.id", "id")
      .where("(e.status = :pending AND e.nextAttemptAt <= :now) OR (e.status = :sending AND e.leaseUntil < :now)", { pending: OutboxStatus.PENDING, sending: OutboxStatus.SENDING, now })
      .orderBy("e.id", "ASC")
      .limit(mail.batchSize);
    if (db.kind === "postgres") due.setLock("pessimistic_write").setOnLocked("skip_locked");
    const ids = (await due.getRawMany<{ id: number }>()).map((r) => Number(r.id));
    if (!ids.length) return [];
    await em.update(OutboxEmail, { id: In(ids) }, { status: OutboxStatus.SENDING, leaseUntil: new Date(now.getTime() + mail.leaseMs), leasedBy: worker, attempts: () => "attempts + 1" });
    return em.find(OutboxEmail, { where: { id: In(ids) }, order: { id: "ASC" } });
  });
}

/** How one attempt went, as the mailer tells it. */
export type Delivery = { outcome: "sent"; messageId: string | null } | { outcome: "retry" | "bounced"; error: string };

/** The pause before the next attempt: the base, doubled at each attempt, up to the maximum. */
export function retryDelayMs(attempts: number, mail: Pick<MailConfig, "retryBaseMs" | "retryMaxMs">): number {
  return Math.min(mail.retryMaxMs, mail.retryBaseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Records an attempt's outcome, if the worker still holds the email (a worker whose lease ran
 * out must not overwrite what the one that took over did).
 */
export async function recordDelivery(db: Database, email: OutboxEmail, worker: string, now: Date, delivery: Delivery, mail: Pick<MailConfig, "maxAttempts" | "retryBaseMs" | "retryMaxMs">): Promise<void> {
  const held = { id: email.id, leasedBy: worker, status: OutboxStatus.SENDING };
  const released = { leaseUntil: null, leasedBy: null };
  await db.autocommit(async (em) => {
    if (delivery.outcome === "sent") {
      await em.update(OutboxEmail, held, { ...released, status: OutboxStatus.SENT, sentAt: now, messageId: delivery.messageId, lastError: null });
    } else if (delivery.outcome === "bounced") {
      await em.update(OutboxEmail, held, { ...released, status: OutboxStatus.BOUNCED, lastError: delivery.error.slice(0, 2000) });
    } else if (email.attempts >= mail.maxAttempts) {
      await em.update(OutboxEmail, held, { ...released, status: OutboxStatus.FAILED, lastError: delivery.error.slice(0, 2000) });
    } else {
      await em.update(OutboxEmail, held, { ...released, status: OutboxStatus.PENDING, nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts, mail)), lastError: delivery.error.slice(0, 2000) });
    }
  });
}

/** Puts a failed or bounced email back in line, as new (an admin's retry). */
export async function requeue(em: EntityManager, email: OutboxEmail, now: Date): Promise<void> {
  await em.update(OutboxEmail, { id: email.id }, { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: now, leaseUntil: null, leasedBy: null });
}

/** Emails still waiting or being sent, for readiness and the tests. */
export function unsentCount(em: EntityManager, now?: Date): Promise<number> {
  return em.countBy(OutboxEmail, [{ status: OutboxStatus.PENDING, ...(now ? { nextAttemptAt: LessThanOrEqual(now) } : {}) }, { status: OutboxStatus.SENDING, ...(now ? { leaseUntil: LessThan(now) } : {}) }]);
}
