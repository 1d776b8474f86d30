import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { User } from "../accounts/account.entities";
import { TimestampColumn } from "../core/database/columns";

/** How a user wants to hear of a kind of notification by email. */
export enum EmailMode {
  IMMEDIATE = "IMMEDIATE",
  DAILY_DIGEST = "DAILY_DIGEST",
  NONE = "NONE",
}
registerEnumType(EmailMode, {
  name: "EmailMode",
  description: "How a kind of notification reaches you by email.",
  valuesConfig: {
    IMMEDIATE: { description: "An email for each notification, within minutes." },
    DAILY_DIGEST: { description: "One email a day listing the day's notifications (none on a day without any)." },
    NONE: { description: "No email: the inbox and the live subscription only." },
  },
});

/** Where an email of the outbox stands. */
export enum OutboxStatus {
  PENDING = "PENDING",
  SENDING = "SENDING",
  SENT = "SENT",
  FAILED = "FAILED",
  BOUNCED = "BOUNCED",
}
registerEnumType(OutboxStatus, {
  name: "OutboxStatus",
  description: "Where an email of the outbox stands.",
  valuesConfig: {
    PENDING: { description: "Waiting to be sent, or to be tried again after a failure (nextAttemptAt)." },
    SENDING: { description: "Taken by a server process, which holds it until leaseUntil." },
    SENT: { description: "Accepted by the SMTP server." },
    FAILED: { description: "Given up after the last attempt (lastError says why); an admin may retry it." },
    BOUNCED: { description: "Refused for good by the SMTP server (a 5xx answer: the address does not exist, say)." },
  },
});

/** What an email of the outbox is. */
export enum OutboxKind {
  NOTIFICATION = "NOTIFICATION",
  DIGEST = "DIGEST",
  REMINDER = "REMINDER",
}
registerEnumType(OutboxKind, {
  name: "OutboxKind",
  description: "What an email is.",
  valuesConfig: {
    NOTIFICATION: { description: "A notification, sent at once." },
    DIGEST: { description: "The day's notifications, for those who chose a daily digest." },
    REMINDER: { description: "A deadline of the contract's calendar coming or passed." },
  },
});

/**
 * An email to send, written in the same transaction as the change that causes it (the
 * transactional outbox): if the change is rolled back there is no email, and an email written
 * is sent by a worker afterwards, tried again while the SMTP server is down, and never lost.
 */
@ObjectType({ description: "An email of the outbox (boîte d'envoi): what was, is being or will be sent, and how it went." })
@Entity("outbox_email")
@Index(["status", "nextAttemptAt"])
@Unique(["dedupeKey"])
export class OutboxEmail {
  @Field(() => ID, { description: "Its identifier: stable, and what client caches key on (with __typename)." })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => OutboxKind, { description: "A notification, a digest or a reminder." })
  @Column({ type: "varchar", length: 20 })
  kind: OutboxKind;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "recipient_id" })
  recipient?: User;

  @Index()
  @Column({ type: "integer" })
  recipientId: number;

  /** The recipient's agency (tenant), for the admins' view. */
  @Index()
  @Column({ type: "integer" })
  agencyId: number;

  @Field(() => String, { description: "The address it goes to." })
  @Column({ type: "varchar", length: 254 })
  toAddress: string;

  @Field(() => String, { description: "Its subject." })
  @Column({ type: "varchar", length: 300 })
  subject: string;

  /** Its plain-text body (the only body: every mail client reads it). */
  @Column({ type: "text" })
  body: string;

  /** What makes it unique when a job may write it twice (a reminder: contract, date, offset); null for the others. */
  @Column({ type: "varchar", length: 200, nullable: true })
  dedupeKey: string | null;

  @Field(() => ID, { nullable: true, description: "The contract it is about, if any." })
  @Column({ type: "integer", nullable: true })
  contractId: number | null;

  @Field(() => OutboxStatus, { description: "Pending, being sent, sent, failed for good or bounced." })
  @Column({ type: "varchar", length: 20 })
  status: OutboxStatus;

  @Field(() => Int, { description: "How many times sending it was tried." })
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Field(() => Date, { description: "When it was written (with the change that caused it)." })
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When a worker may try it (again)." })
  @TimestampColumn()
  nextAttemptAt: Date;

  /** Until when the worker that took it holds it; past that, another may take it (the first one died). */
  @TimestampColumn({ nullable: true })
  leaseUntil: Date | null;

  /** Which worker holds it (process and host), for the logs. */
  @Column({ type: "varchar", length: 100, nullable: true })
  leasedBy: string | null;

  @Field(() => Date, { nullable: true, description: "When the SMTP server accepted it." })
  @TimestampColumn({ nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: "The SMTP server's Message-ID for it, to find it in the server's logs." })
  @Column({ type: "varchar", length: 300, nullable: true })
  messageId: string | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed (the SMTP server's answer, or the connection error)." })
  @Column({ type: "text", nullable: true })
  lastError: string | null;
}

/** A user's choice for one kind of notification, or for all (`kind` ALL) unless a kind says otherwise. */
@Entity("email_preference")
@Unique(["userId", "kind"])
export class EmailPreference {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "integer" })
  userId: number;

  /** A NotificationKind, or ALL: the default for the kinds without a row of their own. */
  @Column({ type: "varchar", length: 20 })
  kind: string;

  @Column({ type: "varchar", length: 20 })
  mode: EmailMode;
}
