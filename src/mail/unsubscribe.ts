import { createHmac, timingSafeEqual } from "node:crypto";
import type { AuthConfig, MailConfig } from "../core/config";

/**
 * Unsubscribe links need no login (they are clicked from a mailbox): the token is the user's
 * id with an HMAC of it under the session secret, so it cannot be forged for another account,
 * and it does not expire (an old email's link still works).
 */
const signature = (auth: Pick<AuthConfig, "sessionSecret">, userId: number) => createHmac("sha256", auth.sessionSecret).update(`unsubscribe:${userId}`).digest("base64url");

export function unsubscribeToken(auth: Pick<AuthConfig, "sessionSecret">, userId: number): string {
  return `${userId}.${signature(auth, userId)}`;
}

/** The user a token names, or null if it is not one this server signed. */
export function userOfUnsubscribeToken(auth: Pick<AuthConfig, "sessionSecret">, token: string): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const expected = Buffer.from(signature(auth, userId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

export function unsubscribeUrl(mail: Pick<MailConfig, "apiPublicUrl">, auth: Pick<AuthConfig, "sessionSecret">, userId: number): string {
  return `${mail.apiPublicUrl}/email/unsubscribe?token=${unsubscribeToken(auth, userId)}`;
}

/** List-Unsubscribe (RFC 2369) with one-click unsubscribing (RFC 8058), which mail clients show as a button. */
export function unsubscribeHeaders(mail: Pick<MailConfig, "apiPublicUrl">, auth: Pick<AuthConfig, "sessionSecret">, userId: number): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl(mail, auth, userId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
