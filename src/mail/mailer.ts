import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "../core/config";
import type { Delivery } from "./outbox";

/** Sends one email; says whether it went, should be tried again, or was refused for good. */
export type Mailer = (email: { to: string; subject: string; text: string; headers?: Record<string, string> }) => Promise<Delivery>;

/**
 * An SMTP mailer with nodemailer. A connection error or a temporary refusal (4xx) is worth
 * another attempt later; a permanent refusal (5xx: no such mailbox, say) is a bounce.
 */
export function smtpMailer(mail: Pick<MailConfig, "smtpUrl" | "from">): { send: Mailer; close: () => void } {
  const transport: Transporter | null = mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl, { from: mail.from }) : null;
  return {
    send: async (email) => {
      if (!transport) return { outcome: "retry", error: "SMTP_URL is not set: the email waits in the outbox" };
      try {
        const info = await transport.sendMail({ from: mail.from, to: email.to, subject: email.subject, text: email.text, headers: email.headers });
        return { outcome: "sent", messageId: info.messageId ?? null };
      } catch (error) {
        const { responseCode, message } = error as { responseCode?: number; message: string };
        return { outcome: responseCode !== undefined && responseCode >= 500 && responseCode < 600 ? "bounced" : "retry", error: message };
      }
    },
    close: () => transport?.close(),
  };
}
