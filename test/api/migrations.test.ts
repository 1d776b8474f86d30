import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { DatabaseConfig } from "../../src/core/config";
import { Database } from "../../src/core/database/database";
import { appSchema } from "../../src/entities";
import { startTestApp, type TestApp } from "../support/app";
import { postgresUrl, testDriver, withPostgresAdmin } from "../support/databases";
import { Role } from "../../src/core/auth/roles";
import { createAgency, createOrganisation } from "../support/builders";
import { completeEngagements, createHealthSite, openSanitaryContract } from "../support/sanitary";

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
      while ((await db.writer.query(`SELECT COUNT(*) AS n FROM migrations`))[0].n > 0) await db.writer.undoLastMigration({ transaction: "none" });
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

describe("a database signed before contracts were signed in parts", () => {
  it("keeps its contracts in force, every part signed as it was, and gets the catalogue's new rules", async () => {
    const app = await startTestApp({ now: "2026-06-15T10:00:00Z" });
    try {
      const admin = await app.adminOf("84");
      const agencyId = (await createAgency(app, "84")).id;
      const organisation = await createOrganisation(admin, { legalStatus: "PUBLIC", headOfficeRegionCode: "84", department: "69" });
      const site = await createHealthSite(admin, organisation.id, ["MEDECINE"], { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
      const organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
      const contract = await openSanitaryContract(admin, { organisationId: organisation.id, agencyId, establishmentIds: [site.id] });
      for (const step of ["proposeContract", "startNegotiation"]) {
        const { version } = (await admin.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contract.id })).contract;
        await admin.ok(`mutation($id: ID!, $v: Int!) { ${step}(input: { contractId: $id, version: $v }) { id } }`, { id: contract.id, v: version });
      }
      const { objectives } = (await admin.ok(`query($id: ID!) { contract(id: $id) { objectives { id version } } }`, { id: contract.id })).contract;
      for (const objective of objectives) {
        await organisationUser.ok(`mutation($input: DecideObjectiveInput!) { decideObjective(input: $input) { id } }`, { input: { contractObjectiveId: objective.id, version: objective.version, retained: objective === objectives[0], stakes: "Enjeux" } });
      }
      await completeEngagements(organisationUser, contract.id);
      for (const client of [admin, organisationUser]) await client.ok(`mutation($id: ID!) { signContract(input: { contractId: $id, signedOn: "2026-01-15" }) { id } }`, { id: contract.id });
      const db = app.db.writer;
      const rows = (sql: string) => db.query(sql);

      // Back to the schema before (its down removes what only parts could say), then up again as a deployment would.
      const executed = async () => (await db.query(`SELECT name FROM migrations ORDER BY id DESC`)).map((m: { name: string }) => m.name);
      while ((await executed()).includes("ContractFidelity1795979333035")) await db.undoLastMigration({ transaction: "none" });
      expect(Number((await rows(`SELECT COUNT(*) AS n FROM signature`))[0].n)).toBe(2);
      expect(await rows(`SELECT r.scope FROM module_selection_rule r JOIN module_type m ON m.id = r.module_type_id WHERE m.code = 'TRANSFORMATION_OFFRE' AND r.kind = 'MIN_THEMES'`)).toEqual([{ scope: "SECTOR" }]);
      await db.runMigrations({ transaction: "each" });

      const parts = (await admin.ok(`query($id: ID!) { contract(id: $id) { status parts { part inForceOn } } }`, { id: contract.id })).contract;
      expect(parts.parts.map((p: { inForceOn: string }) => p.inForceOn)).toEqual(["2026-01-15", "2026-01-15", "2026-01-15", "2026-01-15"]);
      expect(await rows(`SELECT r.scope FROM module_selection_rule r JOIN module_type m ON m.id = r.module_type_id WHERE m.code = 'TRANSFORMATION_OFFRE' AND r.kind = 'MIN_THEMES'`)).toEqual([{ scope: "MODULE" }]);
      expect(await rows(`SELECT code, activation_parties FROM module_type WHERE mandatory = ${testDriver() === "sqlite" ? 0 : "false"} ORDER BY number`)).toEqual([
        { code: "EVALUATION_HAS", activation_parties: "ORGANISATION" },
        { code: "INSPECTION_CONTROLE", activation_parties: "ORGANISATION" },
        { code: "ESMS_DIFFICULTE_FINANCIERE", activation_parties: "AGENCY" },
      ]);
    } finally {
      await app.close();
    }
  });
});
