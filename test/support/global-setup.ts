import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { runSeeds } from "../../src/app";
import { Database } from "../../src/core/database/database";
import { appSchema } from "../../src/entities";

/**
 * Builds, once for the whole run, a SQLite database with the migrations applied and the
 * seeds loaded; each test file starts from a copy of it (fast, and no shared data).
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-test-"));
  const template = path.join(dir, "template.sqlite");
  const db = await Database.open({ kind: "sqlite", path: template }, appSchema);
  await runSeeds(db);
  await db.writer.query("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.close();
  process.env.CPOM_TEST_DIR = dir;
  process.env.CPOM_TEST_TEMPLATE = template;
}
