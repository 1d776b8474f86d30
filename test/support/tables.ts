import { createHash } from "node:crypto";
import type { Database } from "../../src/core/database/database";

/** Tables a request may write without changing anyone's data: a caller's own sessions and login attempts. */
const BOOKKEEPING = new Set(["session", "login_attempt", "login_throttle"]);

/**
 * A digest of every row of every table (but bookkeeping), to prove that a request changed
 * nothing: equal digests before and after.
 */
export async function tablesDigest(db: Database): Promise<string> {
  const hash = createHash("sha256");
  const tables = db.writer.entityMetadatas.map((m) => m.tableName).filter((t) => !BOOKKEEPING.has(t)).sort();
  for (const table of [...new Set(tables)]) {
    const rows: Record<string, unknown>[] = await db.writer.query(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
    hash.update(`${table}\n${lines.join("\n")}\n`);
  }
  return hash.digest("hex");
}
