// npm run migration:create -- <Name>: a migration written once for both drivers, with
// TypeORM's QueryRunner API (tables, columns, indexes, foreign keys are portable), in
// src/migrations/common/. A backfill is SQL of its own in the migration: never import the
// application's code, whose rules will have changed by the time an old migration runs.
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error("usage: npm run migration:create -- <Name> (PascalCase, e.g. AddContractExtension)");
  process.exit(2);
}
const timestamp = Date.now();
const dir = path.join(__dirname, "..", "src", "migrations", "common");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${timestamp}-${name}.ts`);
fs.writeFileSync(
  file,
  `import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { inOwnTransaction } from "../table-changes";

/** ${name}: say what changes and why. Runs on SQLite and PostgreSQL alike. */
export class ${name}${timestamp} implements MigrationInterface {
  name = "${name}${timestamp}";
  /** Its own transaction, SQLite's foreign keys off while its tables are copied (see table-changes.ts). */
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      // For example: await queryRunner.addColumn("contract", new TableColumn({ name: "extended_until", type: "date", isNullable: true }));
      void TableColumn;
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      // The exact opposite of up().
    });
  }
}
`,
);
spawnSync(process.execPath, [path.join(__dirname, "write-migration-index.js")], { stdio: "inherit" });
console.log(`Created ${path.relative(process.cwd(), file)}: write it, then \`npm test\` checks that the schema matches the entities on both drivers.`);
