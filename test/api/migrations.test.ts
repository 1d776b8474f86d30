import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { DatabaseConfig } from "../../src/core/config";
import { Database } from "../../src/core/database/database";
import { appSchema } from "../../src/entities";
import { startTestApp, type TestApp } from "../support/app";
import { postgresUrl, testDriver, withPostgresAdmin } from "../support/databases";

describe("migrations", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("build exactly the schema the entities describe (no pending change)", async () => {
    const pending = await app.db.writer.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("are all applied", async () => {
    expect(await app.db.writer.showMigrations()).toBe(false);
  });
});

/** An empty database of the suite's kind, dropped afterwards. */
async function emptyDatabase(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (testDriver() === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-empty-"));
    return { config: { kind: "sqlite", path: path.join(dir, "empty.sqlite") }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cpom_empty_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  return { config: { kind: "postgres", url: postgresUrl(name) }, drop: () => withPostgresAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
}

describe("migrating a database from zero", () => {
  it("creates every table on an empty database, undoes them all, and creates them again", async () => {
    const empty = await emptyDatabase();
    let db = await Database.open(empty.config, appSchema);
    try {
      const tables = db.writer.entityMetadatas.map((m) => m.tableName);
      const exists = async (table: string) => {
        const runner = db.writer.createQueryRunner();
        try {
          return await runner.hasTable(table);
        } finally {
          await runner.release();
        }
      };
      for (const table of tables) expect([table, await exists(table)]).toEqual([table, true]);
      expect(await db.writer.showMigrations()).toBe(false);
      expect((await db.writer.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      // Down: back to an empty schema (only TypeORM's own table of migrations is left).
      while ((await db.writer.query(`SELECT COUNT(*) AS n FROM migrations`))[0].n > 0) await db.writer.undoLastMigration({ transaction: "each" });
      for (const table of tables) expect([table, await exists(table)]).toEqual([table, false]);
      await db.close();
      // And up again, as a new deployment would.
      db = await Database.open(empty.config, appSchema);
      expect(await db.writer.showMigrations()).toBe(false);
    } finally {
      await db.close();
      await empty.drop();
    }
  });
});
