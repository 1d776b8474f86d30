import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { runSeeds } from "../../src/app";
import { Database } from "../../src/core/database/database";
import { appSchema } from "../../src/entities";
import { postgresUrl, testDriver, withPostgresAdmin } from "./databases";

/**
 * Builds, once for the whole run, a database with the migrations applied and the seeds
 * loaded; each test file starts from a copy of it (fast, and no shared data).
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-test-"));
  process.env.CPOM_TEST_DIR = dir;
  if (testDriver() === "sqlite") {
    const template = path.join(dir, "template.sqlite");
    const db = await Database.open({ kind: "sqlite", path: template }, appSchema);
    await runSeeds(db);
    await db.writer.query("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.close();
    process.env.CPOM_TEST_TEMPLATE = template;
    return;
  }
  const template = `cpom_test_${process.pid}`;
  try {
    await withPostgresAdmin(async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
    });
  } catch (error) {
    throw new Error(`PostgreSQL tests need a server at ${process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test"} (set PG_TEST_URL): ${(error as Error).message}`);
  }
  const db = await Database.open({ kind: "postgres", url: postgresUrl(template) }, appSchema);
  await runSeeds(db);
  await db.close();
  process.env.CPOM_TEST_TEMPLATE = template;
}
