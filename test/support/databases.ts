import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import type { DatabaseConfig } from "../../src/core/config";

/** Which database the suite runs on: SQLite by default, PostgreSQL with TEST_DATABASE=postgres. */
export const testDriver = (): "sqlite" | "postgres" => (process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite");

/** Where the PostgreSQL test server is (CI: 127.0.0.1:5432, trust authentication, database "test"). */
export const postgresAdminUrl = () => process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export function postgresUrl(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgresAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated and seeded template. */
export async function freshTestDatabase(): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  const template = process.env.CPOM_TEST_TEMPLATE;
  if (!template) throw new Error("The jest global setup did not run");
  if (testDriver() === "sqlite") {
    const file = path.join(process.env.CPOM_TEST_DIR!, `${randomUUID()}.sqlite`);
    fs.copyFileSync(template, file);
    return {
      config: { kind: "sqlite", path: file },
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const name = `${template}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  // A template copy is a file copy: much faster than running the migrations again.
  await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    config: { kind: "postgres", url: postgresUrl(name) },
    drop: () => withPostgresAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
