import type { Logger } from "pino";
import type { MailConfig } from "../core/config";
import type { Runtime } from "../core/context";
import type { BackgroundJob } from "../core/server";
import { smtpMailer, type Mailer } from "./mailer";
import { leaseDueEmails, recordDelivery, workerName } from "./outbox";
import { unsubscribeHeaders } from "./unsubscribe";


/**
 * The outbox's worker: takes the emails due, sends them, records how it went. Each process
 * may run one; they share the outbox through the database (leases), so no email goes twice.
 */
export function outboxWorker(runtime: Runtime, mail: MailConfig, log: Logger, options: { mailer?: Mailer; name?: string } = {}): BackgroundJob {
  const mailer = options.mailer ? { send: options.mailer, close: () => undefined } : smtpMailer(mail);
  const worker = options.name ?? workerName();
  return {
    name: "outbox",
    async tick() {
      // Without an SMTP server, emails wait in the outbox (their attempts are not spent).
      if (!options.mailer && !mail.smtpUrl) return;
      for (;;) {
        const emails = await leaseDueEmails(runtime.db, worker, runtime.clock.now(), mail);
        if (!emails.length) return;
        for (const email of emails) {
          const delivery = await mailer.send({ to: email.toAddress, subject: email.subject, text: email.body, headers: unsubscribeHeaders(mail, runtime.auth, email.recipientId) });
          await recordDelivery(runtime.db, email, worker, runtime.clock.now(), delivery, mail);
          if (delivery.outcome !== "sent") log.warn({ emailId: email.id, attempt: email.attempts, outcome: delivery.outcome, error: delivery.error }, "email not sent");
        }
        if (emails.length < mail.batchSize) return;
      }
    },
    async stop() {
      mailer.close();
    },
  };
}
