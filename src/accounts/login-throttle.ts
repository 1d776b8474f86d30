import type { Database } from "../core/database/database";

/**
 * Login attempts per key, counted atomically before the password is checked, so that
 * concurrent attempts cannot all be checked: each attempt gets its own number in the window
 * (one upsert, which PostgreSQL serialises on the key's row and SQLite runs alone). The
 * window starts with the first attempt and is renewed once it has passed.
 */
const UPSERT = {
  postgres: `INSERT INTO login_throttle (key, window_start_ms, attempts) VALUES ($1, $2, 1)
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN login_throttle.window_start_ms <= $3 THEN 1 ELSE login_throttle.attempts + 1 END,
      window_start_ms = CASE WHEN login_throttle.window_start_ms <= $3 THEN $2 ELSE login_throttle.window_start_ms END
    RETURNING attempts`,
  // Positional: key, now, since, since, now.
  sqlite: `INSERT INTO login_throttle (key, window_start_ms, attempts) VALUES (?, ?, 1)
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN login_throttle.window_start_ms <= ? THEN 1 ELSE login_throttle.attempts + 1 END,
      window_start_ms = CASE WHEN login_throttle.window_start_ms <= ? THEN ? ELSE login_throttle.window_start_ms END
    RETURNING attempts`,
};

const FORGIVE = {
  postgres: `UPDATE login_throttle SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0`,
  sqlite: `UPDATE login_throttle SET attempts = attempts - 1 WHERE key = ? AND attempts > 0`,
};

/** Counts one attempt under `key` and returns its number in the current window. */
export async function countAttempt(db: Database, key: string, now: Date, windowMinutes: number): Promise<number> {
  const since = now.getTime() - windowMinutes * 60_000;
  const params = db.kind === "postgres" ? [key, now.getTime(), since] : [key, now.getTime(), since, since, now.getTime()];
  const rows: { attempts: number | string }[] = await db.autocommit((em) => em.query(UPSERT[db.kind], params));
  return Number(rows[0].attempts);
}

/** A successful login gives its attempt back: only failures count against the limit. */
export async function forgiveAttempt(db: Database, key: string): Promise<void> {
  await db.autocommit((em) => em.query(FORGIVE[db.kind], [key]));
}
