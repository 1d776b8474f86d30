import argon2 from "argon2";
import { msg, type Message } from "../core/i18n/message";

/** The account password rule of the reference documents ([ARS FAQ 2019-2023], docs/domain.md). */
export const PASSWORD_RULE = msg`at least 8 characters, with an upper-case letter, a lower-case letter, a digit and a special character`;

const MAX_LENGTH = 256;

/** What a password lacks to meet the rule (empty when it meets it). */
export function passwordProblems(password: string): Message[] {
  const problems: Message[] = [];
  if ([...password].length < 8) problems.push(msg`at least 8 characters`);
  if (password.length > MAX_LENGTH) problems.push(msg`at most ${MAX_LENGTH} characters`);
  if (!/\p{Lu}/u.test(password)) problems.push(msg`an upper-case letter`);
  if (!/\p{Ll}/u.test(password)) problems.push(msg`a lower-case letter`);
  if (!/\p{Nd}/u.test(password)) problems.push(msg`a digit`);
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push(msg`a special character`);
  return problems;
}

/** argon2id with the OWASP minimum: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const OWASP = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OWASP);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Spent when the account does not exist, so timing does not tell which emails have accounts. */
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword("Decoy-password-1");
  await verifyPassword(await decoy, password);
}
