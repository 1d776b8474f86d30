import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appJobs, appResolvers, appRoutes, authenticate } from "../../src/app";
import { User } from "../../src/accounts/account.entities";
import { hashPassword } from "../../src/accounts/password";
import { openSession } from "../../src/accounts/session.service";
import { Role } from "../../src/core/auth/roles";
import type { Clock } from "../../src/core/clock";
import { loadConfig, type DatabaseConfig } from "../../src/core/config";
import type { Logger } from "pino";
import { RequestContext, type Runtime } from "../../src/core/context";
import { Database } from "../../src/core/database/database";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startServer, type BackgroundJob, type RunningServer } from "../../src/core/server";
import { appSchema } from "../../src/entities";
import { Agency, Department, Region } from "../../src/territory/territory.entities";
import { Organisation } from "../../src/organisations/organisation.entities";
import { freshTestDatabase } from "./databases";

export interface GraphQLError {
  message: string;
  path?: string[];
  extensions: { code: string; field?: string; rule?: string; [key: string]: any };
}

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: GraphQLError[];
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

/** Someone calling the API over HTTP with a token (or none). */
export interface TestClient {
  token: string | null;
  user: User | null;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Like gql, but expects exactly one error and returns it. */
  fails(query: string, variables?: Record<string, unknown>): Promise<GraphQLError>;
}

export interface UserSpec {
  role: Role;
  /** The region whose agency manages the account (registered if missing): agency roles, region viewers; for organisation users, by default the organisation's head office region. */
  regionCode?: string;
  organisationId?: string | number;
  departmentCode?: string;
  email?: string;
  displayName?: string;
  mustChangePassword?: boolean;
}

/** The password of every test account. */
export const TEST_PASSWORD = "Test-password-1";

export interface TestApp extends TestClient {
  url: string;
  db: Database;
  clock: TestClock;
  runtime: Runtime;
  /** A client without a token. */
  anonymous: TestClient;
  /** A new account of this role and scope, logged in. */
  as(spec: UserSpec): Promise<TestClient>;
  /** The admin of a region's agency (registered on first use), logged in. */
  adminOf(regionCode: string): Promise<TestClient>;
  /** A client using a given token. */
  withToken(token: string | null, user?: User | null): TestClient;
  /** A request context outside HTTP, for reading the database directly in assertions. */
  context(): RequestContext;
  /** The database the server runs on (for a command-line script to open the same one). */
  databaseConfig: DatabaseConfig;
  /** The server's background jobs (the outbox's worker): a test runs a pass with `tick()` after moving the clock. */
  jobs: BackgroundJob[];
  /** A second server on the same database, with its own connections (as another process would be). */
  peer(): Promise<{ url: string; jobs: BackgroundJob[]; withToken(token: string | null): TestClient; close(): Promise<void> }>;
  close(): Promise<void>;
}

let sequence = 0;
let passwordHash: Promise<string> | null = null;

/** Starts the real server on a fresh copy of the migrated and seeded database; its default client is the BFC agency admin. */
export async function startTestApp(options: { now?: string; env?: NodeJS.ProcessEnv; logger?: Logger; database?: (config: DatabaseConfig) => DatabaseConfig } = {}): Promise<TestApp> {
  const database = await freshTestDatabase();
  const clock = new TestClock(options.now ? new Date(options.now) : undefined);
  // Tests move the clock by months: sessions last ten years unless a test says otherwise.
  // The suite sends thousands of requests a minute from one address: request rate limits are
  // raised unless a test sets its own (test/security/limits.test.ts).
  // Attached documents go to a directory of the test's own.
  const env = {
    NODE_ENV: "test",
    SESSION_TTL_MINUTES: String(10 * 365 * 24 * 60),
    RATE_LIMIT_PER_ADDRESS: "1000000",
    RATE_LIMIT_PER_ACCOUNT: "1000000",
    DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "cpom-documents-")),
    // Background jobs run when a test says (jobs[i].tick()), after moving the clock: not on a timer.
    OUTBOX_POLL_MS: String(24 * 3600 * 1000),
    REMINDER_INTERVAL_MS: String(24 * 3600 * 1000),
    // Every operation runs compiled from its first execution, so the suite tests what serves
    // repeated queries in production (graphql-js runs a query's first execution there).
    COMPILE_AFTER: "1",
    ...options.env,
  };
  const config = { ...loadConfig(env), database: options.database ? options.database(database.config) : database.config };
  const db = await Database.open(config.database, appSchema);
  const schema = await buildGraphQLSchema(appResolvers);
  const errors: unknown[] = [];
  const server: RunningServer = await startServer({ config, db, schema, clock, authenticate, routes: appRoutes, jobs: appJobs, logError: (e) => errors.push(e), logger: options.logger }, 0);
  const runtime: Runtime = { db, clock, auth: config.auth, mail: config.mail };

  const client = (token: string | null, user: User | null = null, url = server.url): TestClient => {
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as GraphQLResponse<T>;
      if (errors.length) throw new Error(`The server hit an unexpected error: ${String(errors[0])}\n${(errors[0] as Error).stack}`);
      return body;
    };
    return {
      token,
      user,
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
    };
  };

  const as = async (spec: UserSpec): Promise<TestClient> => {
    sequence += 1;
    const em = db.writer.manager;
    // Every account is managed by the agency of a region: the spec's region, the department's,
    // or (organisation users) the organisation's head office region unless the spec says.
    let regionCode = spec.regionCode;
    if (!regionCode && spec.departmentCode) regionCode = (await em.findOneByOrFail(Department, { code: spec.departmentCode })).regionCode;
    if (!regionCode && spec.organisationId != null) regionCode = (await em.findOneByOrFail(Organisation, { id: Number(spec.organisationId) })).headOfficeRegionCode;
    const region = await em.findOneByOrFail(Region, { code: regionCode ?? "27" });
    const agency = (await em.findOneBy(Agency, { regionCode: region.code })) ?? (await db.transaction((tx) => tx.save(tx.create(Agency, { name: `ARS ${region.name}`, regionCode: region.code }))));
    const agencyId = spec.role === Role.AGENCY_ADMIN || spec.role === Role.AGENCY_OFFICER ? agency.id : null;
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const user = await db.transaction(async (tx) =>
      tx.save(
        tx.create(User, {
          email: (spec.email ?? `user${sequence}-${spec.role.toLowerCase()}@test.example`).toLowerCase(),
          displayName: spec.displayName ?? `${spec.role} ${sequence}`,
          role: spec.role,
          agencyId,
          organisationId: spec.organisationId == null ? null : Number(spec.organisationId),
          departmentCode: spec.departmentCode ?? null,
          regionCode: spec.role === Role.VIEWER && !spec.departmentCode ? region.code : null,
          managingAgencyId: agency.id,
          passwordHash: await passwordHash!,
          mustChangePassword: spec.mustChangePassword ?? false,
          active: true,
        }),
      ),
    );
    const { token } = await db.transaction((tx) => openSession(tx, config.auth, user.id, clock.now()));
    return client(token, user);
  };

  const admins = new Map<string, Promise<TestClient>>();
  const adminOf = (regionCode: string) => {
    if (!admins.has(regionCode)) admins.set(regionCode, as({ role: Role.AGENCY_ADMIN, regionCode, displayName: `Admin ARS ${regionCode}` }));
    return admins.get(regionCode)!;
  };
  const admin = await adminOf("27");

  return {
    ...admin,
    url: server.url,
    db,
    clock,
    runtime,
    anonymous: client(null),
    as,
    adminOf,
    withToken: client,
    context: () => new RequestContext(runtime),
    databaseConfig: config.database,
    jobs: server.jobs,
    async peer() {
      const peerDb = await Database.open(config.database, appSchema, { migrate: false });
      const peerServer = await startServer({ config, db: peerDb, schema, clock, authenticate, routes: appRoutes, jobs: appJobs, logError: (e) => errors.push(e) }, 0);
      return {
        url: peerServer.url,
        jobs: peerServer.jobs,
        withToken: (token) => client(token, null, peerServer.url),
        async close() {
          await peerServer.stop();
          await peerDb.close();
        },
      };
    },
    async close() {
      await server.stop();
      await db.close();
      await database.drop();
    },
  };
}
