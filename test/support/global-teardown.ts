import fs from "node:fs";
import { testDriver, withPostgresAdmin } from "./databases";

export default async function globalTeardown(): Promise<void> {
  if (process.env.CPOM_TEST_DIR) fs.rmSync(process.env.CPOM_TEST_DIR, { recursive: true, force: true });
  const template = process.env.CPOM_TEST_TEMPLATE;
  if (testDriver() === "postgres" && template) {
    await withPostgresAdmin(async (admin) => {
      // The template and any test database a crashed file left behind.
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${template}%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  }
}
