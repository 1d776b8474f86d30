// Writes the SQLite baseline migration from the entities: TypeORM builds the schema on an
// empty database, and the migration replays the final CREATE statements that SQLite keeps
// (TypeORM's own generator would add each foreign key by rebuilding every table).
// Usage: npm run build && node dist/scripts/sqlite-baseline.js <timestamp>
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "../src/core/database/database";
import { appSchema } from "../src/entities";

async function main(): Promise<void> {
  const timestamp = process.argv[2] ?? String(Date.now());
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "baseline-")), "schema.sqlite");
  const ds = new DataSource({ ...dataSourceOptions({ kind: "sqlite", path: file }, { ...appSchema, migrations: { sqlite: [], postgres: [] } }), synchronize: true });
  await ds.initialize();
  const rows: { type: string; name: string; sql: string }[] = await ds.query(
    `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid`,
  );
  await ds.destroy();
  const tables = rows.filter((r) => r.type === "table").map((r) => r.name);
  const statement = (sql: string) => `        await queryRunner.query(\`${sql.replace(/`/g, "\\`")}\`);`;
  const source = `import type { MigrationInterface, QueryRunner } from "typeorm";

/** The whole schema on SQLite, as the entities describe it (scripts/sqlite-baseline.ts). */
export class Baseline${timestamp} implements MigrationInterface {
    name = "Baseline${timestamp}";

    public async up(queryRunner: QueryRunner): Promise<void> {
${rows.map((r) => statement(r.sql)).join("\n")}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${tables
  .reverse()
  .map((t) => statement(`DROP TABLE "${t}"`))
  .join("\n")}
    }
}
`;
  const dir = path.join(__dirname, "..", "..", "src", "migrations", "sqlite");
  for (const old of fs.readdirSync(dir).filter((f) => f.endsWith("-Baseline.ts"))) fs.rmSync(path.join(dir, old));
  fs.writeFileSync(path.join(dir, `${timestamp}-Baseline.ts`), source);
  console.log(`src/migrations/sqlite/${timestamp}-Baseline.ts: ${tables.length} tables, ${rows.length - tables.length} indexes`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
