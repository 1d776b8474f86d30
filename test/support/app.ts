import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { appResolvers } from "../../src/app";
import type { Clock } from "../../src/core/clock";
import { loadConfig } from "../../src/core/config";
import { RequestContext } from "../../src/core/context";
import { Database } from "../../src/core/database/database";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startServer, type RunningServer } from "../../src/core/server";
import { appSchema } from "../../src/entities";

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; field?: string; rule?: string; [key: string]: any } }[];
  extensions?: { sqlStatements?: number };
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private instant = new Date("2026-11-22T10:00:00Z")) {}
  now(): Date {
    return new Date(this.instant);
  }
  set(iso: string): void {
    this.instant = new Date(iso);
  }
}

export interface TestApp {
  url: string;
  db: Database;
  clock: TestClock;
  /** Sends a GraphQL request over HTTP, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Like gql, but expects exactly one error and returns it. */
  fails(query: string, variables?: Record<string, unknown>): Promise<NonNullable<GraphQLResponse["errors"]>[number]>;
  /** A request context outside HTTP, for reading the database directly in assertions. */
  context(): RequestContext;
  close(): Promise<void>;
}

/** Starts the real server on a fresh copy of the migrated and seeded database. */
export async function startTestApp(options: { now?: string } = {}): Promise<TestApp> {
  const template = process.env.CPOM_TEST_TEMPLATE;
  if (!template) throw new Error("The jest global setup did not run");
  const file = path.join(process.env.CPOM_TEST_DIR!, `${randomUUID()}.sqlite`);
  fs.copyFileSync(template, file);
  const clock = new TestClock(options.now ? new Date(options.now) : undefined);
  const config = { ...loadConfig({ NODE_ENV: "test" }), database: { kind: "sqlite" as const, path: file } };
  const db = await Database.open(config.database, appSchema);
  const schema = await buildGraphQLSchema(appResolvers);
  const errors: unknown[] = [];
  const server: RunningServer = await startServer({ config, db, schema, clock, logError: (e) => errors.push(e) }, 0);

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (errors.length) throw new Error(`The server hit an unexpected error: ${String(errors[0])}\n${(errors[0] as Error).stack}`);
    return body;
  };
  return {
    url: server.url,
    db,
    clock,
    gql,
    async ok(query, variables) {
      const body = await gql(query, variables);
      if (body.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
      return body.data as any;
    },
    async fails(query, variables) {
      const body = await gql(query, variables);
      if (body.errors?.length !== 1) throw new Error(`Expected exactly one error, got: ${JSON.stringify(body, null, 2)}`);
      return body.errors[0];
    },
    context: () => new RequestContext(db, clock),
    async close() {
      await server.stop();
      await db.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
