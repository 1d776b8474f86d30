import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import { runSeeds } from "../src/app";
import { generatePassword } from "../src/accounts/bootstrap";
import type { DatabaseConfig } from "../src/core/config";
import { Database } from "../src/core/database/database";
import { projectRoot } from "../src/core/seeds";
import { appSchema } from "../src/entities";
import { openRawReader, organisationPlan, regionAggregates, regionPage, type RawReader } from "./direct-sql";
import { generateNationalDataset } from "./national-dataset";
import { Random } from "./random";

/**
 * npm run bench: the national dataset, the real server in its own process (production
 * settings), and autocannon over HTTP at 1 and 16 concurrent clients, on SQLite and on
 * PostgreSQL. Reports p50/p95/p99 latency, requests per second, SQL statements per request,
 * the server's peak RSS, and the same reads done directly in SQL.
 */

type Driver = "sqlite" | "postgres";
const ROOT = projectRoot();
const DATA = path.join(ROOT, "data", "bench");

interface Dataset {
  driver: Driver;
  database: DatabaseConfig;
  password: string;
  organisations: number;
  actions: number;
}

interface Options {
  /** Only the scenarios whose name contains this. */
  only: string | null;
  drivers: Driver[];
  organisations: number;
  seed: number;
  duration: number;
  connections: number[];
}

const pgAdminUrl = () => process.env.PG_BENCH_URL ?? process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function withPg<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresReachable(): Promise<boolean> {
  try {
    await withPg((c) => c.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

/** The national dataset for a driver, generated once and reused by later runs. */
async function ensureDataset(driver: Driver, options: Options): Promise<Dataset> {
  fs.mkdirSync(DATA, { recursive: true });
  const name = `national_${options.organisations}_${options.seed}`;
  const metaFile = path.join(DATA, `${name}.${driver}.json`);
  let database: DatabaseConfig;
  if (driver === "sqlite") {
    database = { kind: "sqlite", path: path.join(DATA, `${name}.sqlite`) };
    if (fs.existsSync(metaFile) && fs.existsSync(database.path)) return JSON.parse(fs.readFileSync(metaFile, "utf8"));
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${database.path}${suffix}`, { force: true });
  } else {
    const url = new URL(pgAdminUrl());
    url.pathname = `/cpom_bench_${options.organisations}_${options.seed}`;
    database = { kind: "postgres", url: url.toString() };
    const exists = await withPg(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [url.pathname.slice(1)])).rowCount === 1);
    if (exists && fs.existsSync(metaFile)) return JSON.parse(fs.readFileSync(metaFile, "utf8"));
    await withPg(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${url.pathname.slice(1)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${url.pathname.slice(1)}`);
    });
  }
  console.log(`Generating the national dataset on ${driver} (${options.organisations} organisations, seed ${options.seed})…`);
  const db = await Database.open(database, appSchema);
  try {
    await runSeeds(db);
    const password = generatePassword();
    const summary = await generateNationalDataset(db, { organisations: options.organisations, seed: options.seed, today: "2026-11-22", password, log: (m) => process.stdout.write(`\r  ${m}   `) });
    console.log(`\n  done in ${summary.seconds.toFixed(0)} s`);
    const dataset: Dataset = { driver, database, password, organisations: summary.organisations, actions: summary.actions };
    fs.writeFileSync(metaFile, JSON.stringify(dataset, null, 2));
    return dataset;
  } finally {
    await db.close();
  }
}

interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
  peakRssMb(): number;
}

/**
 * The real server, in its own process, as `npm start` runs it but with production settings.
 * The load comes from one account at one address, faster than any person: the request rate
 * limits are raised (they are measured on their own, see limitsCost); `limits: false` turns
 * off every limit, to measure what they cost.
 */
async function startServer(dataset: Dataset, queryStats: boolean, limits = true): Promise<Server> {
  const port = 41000 + Math.floor(Math.random() * 1000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    SESSION_SECRET: randomBytes(32).toString("hex"),
    QUERY_STATS: queryStats ? "1" : "0",
    LIMITS: limits ? "on" : "off",
    RATE_LIMIT_PER_ACCOUNT: "1000000000",
    RATE_LIMIT_PER_ADDRESS: "1000000000",
    DATABASE_URL: dataset.database.kind === "postgres" ? dataset.database.url : "",
    DATABASE_PATH: dataset.database.kind === "sqlite" ? dataset.database.path : "",
  };
  // Started as the README says to start it in production (the heap limit included).
  const child = spawn(process.execPath, ["--max-old-space-size=256", path.join(ROOT, "dist", "src", "main.js")], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`The server stopped: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error(`The server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `${url}/graphql`,
    process: child,
    peakRssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function graphql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[]; extensions?: { sqlStatements?: number } };
  if (body.errors) throw new Error(`GraphQL error: ${body.errors[0].message}`);
  return body;
}

const REGION_PAGE = `query Region($region: String!, $take: Int!) {
  organisations(filter: { regionCode: $region }, sort: { field: PROGRESS_RATE, direction: DESC }, take: $take) {
    totalCount
    items { id name progressRate moduleRates { moduleType { code } rate actionCount } actionsByPhase { phase count } trend { lastClosedYear change } }
  }
}`;
const ORGANISATION_PLAN = `query Plan($id: ID!) {
  organisation(id: $id) { name progressRate moduleRates { moduleType { code } rate } }
  contracts(filter: { organisationId: $id }) {
    items { id startDate progressRate planStatus modules {
      moduleType { code title } progressRate themes { code title }
      actions { id title phase completion progress plannedEndDate phaseHistory { fromPhase toPhase changedAt } }
    } }
  }
}`;
const REGION_AGGREGATES = `query Aggregates($region: String!) {
  now: rateDistribution(filter: { regionCode: $region }) { count mean q1 median q3 buckets { from count } }
  year1: rateDistribution(filter: { regionCode: $region }, year: 1) { count mean median }
  prevention: rateDistribution(filter: { regionCode: $region }, moduleTypeCode: "PREVENTION") { count mean median }
}`;
const MOVE = `mutation Move($input: MoveActionInput!) { moveActionToPhase(input: $input) { id phase version } }`;
const PHASES = ["INITIALISATION", "PLANNING", "EXECUTION", "MONITORING", "CLOSURE"];

interface Sample {
  regionCode: string;
  moduleTypeId: number;
  organisationIds: number[];
  actions: { id: number; phase: string; version: number }[];
}

/** What the scenarios work on: the region with the most organisations, its organisations and actions. */
async function sample(dataset: Dataset): Promise<Sample> {
  const db = await Database.open(dataset.database, appSchema, { migrate: false });
  try {
    const q = (sql: string) => db.reader.query(sql);
    const [{ region_code: regionCode }] = await q("SELECT region_code FROM organisation_department GROUP BY region_code ORDER BY COUNT(DISTINCT organisation_id) DESC, region_code LIMIT 1");
    const [{ id: moduleTypeId }] = await q("SELECT id FROM module_type WHERE code = 'PREVENTION'");
    const organisations = await q(`SELECT DISTINCT organisation_id AS id FROM organisation_department WHERE region_code = '${regionCode}' ORDER BY organisation_id`);
    const actions = await q(
      `SELECT a.id, a.phase, a.version FROM action a JOIN contract_module m ON m.id = a.module_id JOIN contract c ON c.id = m.contract_id
       WHERE c.organisation_id IN (SELECT organisation_id FROM organisation_department WHERE region_code = '${regionCode}') ORDER BY a.id`,
    );
    // Spread over the region, as many users editing their own organisations would be.
    const random = new Random(1);
    const spread = <T>(items: T[]) => random.sample(items, items.length);
    return {
      regionCode,
      moduleTypeId: Number(moduleTypeId),
      organisationIds: spread(organisations.map((o: { id: number }) => Number(o.id))),
      actions: spread(actions.map((a: { id: number; phase: string; version: number }) => ({ id: Number(a.id), phase: a.phase, version: Number(a.version) }))),
    };
  } finally {
    await db.close();
  }
}

interface Scenario {
  name: string;
  /** The request body for the next request (and what to do with its answer), and for a read the same read on the raw driver. */
  next(): { body: string; done?: (body: string) => void; raw?: (reader: RawReader) => Promise<unknown> };
}

function scenarios(s: Sample): Scenario[] {
  let o = 0;
  const pool = [...s.actions];
  return [
    {
      name: "region page (50 organisations)",
      next: () => ({ body: JSON.stringify({ query: REGION_PAGE, variables: { region: s.regionCode, take: 50 } }), raw: (reader) => regionPage(reader, s.regionCode) }),
    },
    {
      name: "one organisation's full plan",
      next: () => {
        const id = s.organisationIds[o++ % s.organisationIds.length];
        return { body: JSON.stringify({ query: ORGANISATION_PLAN, variables: { id: String(id) } }), raw: (reader) => organisationPlan(reader, id) };
      },
    },
    {
      name: "region aggregates",
      next: () => ({ body: JSON.stringify({ query: REGION_AGGREGATES, variables: { region: s.regionCode } }), raw: (reader) => regionAggregates(reader, s.regionCode, s.moduleTypeId) }),
    },
    {
      name: "phase change (mutation)",
      // Each action is lent to one request at a time, so its version is always current.
      next: () => {
        const action = pool.shift()!;
        const index = PHASES.indexOf(action.phase);
        const forward = index < PHASES.length - 1;
        const input = { actionId: String(action.id), version: action.version, phase: PHASES[forward ? index + 1 : index - 1], completion: 10, comment: forward ? null : "Retour pour la mesure" };
        return {
          body: JSON.stringify({ query: MOVE, variables: { input } }),
          done: (text) => {
            const moved = JSON.parse(text).data?.moveActionToPhase;
            if (moved) Object.assign(action, { phase: moved.phase, version: moved.version });
            pool.push(action);
          },
        };
      },
    },
  ];
}

interface Measure {
  scenario: string;
  clients: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function load(url: string, token: string, scenario: Scenario, connections: number, seconds: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const pending = new Map<object, (body: string) => void>();
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: (request: autocannon.Request, context: object) => {
              const { body, done } = scenario.next();
              if (done) pending.set(context, done);
              return { ...request, body };
            },
            onResponse: (status: number, body: string, context: object) => {
              if (status !== 200 || body.includes('"errors"')) errors += 1;
              pending.get(context)?.(body);
              pending.delete(context);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          scenario: scenario.name,
          clients: connections,
          requests: latencies.length,
          errors: errors + result.errors + result.non2xx,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          rps: latencies.length / seconds,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * What the limits cost on the region page: two servers on the same database, one with every
 * limit (query size and cost, time budget, request rates) and one without, called in turn,
 * request by request, so that the machine's noise falls on both alike.
 */
async function limitsCost(dataset: Dataset, s: Sample, rounds: number): Promise<{ withLimits: number; without: number; overhead: number }> {
  const [limited, open] = [await startServer(dataset, false, true), await startServer(dataset, false, false)];
  try {
    const login = async (url: string) =>
      (await graphql(url, null, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: `bench-agency-admin-${s.regionCode}@bench.example`, p: dataset.password })).data.login.token as string;
    const tokens = [await login(limited.url), await login(open.url)];
    const times: [number[], number[]] = [[], []];
    for (let round = 0; round < rounds + 20; round += 1) {
      for (const [i, server] of [limited, open].entries()) {
        const started = process.hrtime.bigint();
        await graphql(server.url, tokens[i], REGION_PAGE, { region: s.regionCode, take: 50 });
        if (round >= 20) times[i].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    const [withLimits, without] = times.map((t) => percentile(t.sort((a, b) => a - b), 0.5));
    return { withLimits, without, overhead: (withLimits / without - 1) * 100 };
  } finally {
    await limited.stop();
    await open.stop();
  }
}

/** One read's times over HTTP and on the raw driver, measured in turn, request by request, so the machine's noise falls on both alike. */
interface VersusRaw {
  api: number;
  raw: number;
  ratio: number;
}

/**
 * One POST on a kept-alive connection with Node's own HTTP client: what the server takes, with
 * little of the client's own (fetch, through undici's streams, adds about 0.2 ms a request on
 * the build machine, a third of the plan screen's raw reads).
 */
function post(agent: http.Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Each read scenario against its floor: an API request (HTTP, one client, see post), then the same read
 * on the raw driver in this process, alternately, `rounds` times after a warm-up; p50 of each.
 */
async function versusRaw(dataset: Dataset, url: string, token: string, list: Scenario[], rounds: number): Promise<Map<string, VersusRaw>> {
  const reader = await openRawReader(dataset.database);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const results = new Map<string, VersusRaw>();
  const elapsed = async (work: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  try {
    for (const scenario of list) {
      if (!scenario.next().raw) continue;
      const times: [number[], number[]] = [[], []];
      for (let round = 0; round < rounds + 50; round += 1) {
        const { body, raw } = scenario.next();
        const api = await elapsed(async () => {
          const { status, text } = await post(agent, url, { "content-type": "application/json", authorization: `Bearer ${token}` }, body);
          if (status !== 200 || text.includes('"errors"')) throw new Error(`${scenario.name}: ${text.slice(0, 300)}`);
        });
        const floor = await elapsed(() => raw!(reader));
        if (round >= 50) times[0].push(api), times[1].push(floor);
      }
      const [api, raw] = times.map((t) => percentile(t.sort((a, b) => a - b), 0.5));
      results.set(scenario.name, { api, raw, ratio: api / raw });
    }
  } finally {
    agent.destroy();
    await reader.close();
  }
  return results;
}

async function benchDriver(driver: Driver, options: Options) {
  const dataset = await ensureDataset(driver, options);
  const s = await sample(dataset);
  const login = async (url: string) =>
    (await graphql(url, null, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: `bench-agency-admin-${s.regionCode}@bench.example`, p: dataset.password })).data.login.token as string;

  // SQL statements per request, with the server counting them.
  let server = await startServer(dataset, true);
  const statements = new Map<string, number>();
  const pageSizes: Record<number, number> = {};
  try {
    const token = await login(server.url);
    for (const take of [10, 50, 100]) pageSizes[take] = (await graphql(server.url, token, REGION_PAGE, { region: s.regionCode, take })).extensions!.sqlStatements!;
    for (const scenario of scenarios(s)) {
      const { body, done } = scenario.next();
      const parsed = JSON.parse(body);
      const answer = await graphql(server.url, token, parsed.query, parsed.variables);
      done?.(JSON.stringify(answer));
      statements.set(scenario.name, answer.extensions!.sqlStatements!);
    }
  } finally {
    await server.stop();
  }

  // Latency and throughput, without statistics.
  server = await startServer(dataset, false);
  const measures: Measure[] = [];
  let rss = 0;
  let direct = new Map<string, VersusRaw>();
  try {
    const token = await login(server.url);
    const list = scenarios(s).filter((scenario) => !options.only || scenario.name.includes(options.only));
    for (const scenario of list) {
      await load(server.url, token, scenario, 1, 2); // warm-up
      for (const connections of options.connections) {
        process.stdout.write(`  ${driver}: ${scenario.name}, ${connections} client(s)…\r`);
        measures.push(await load(server.url, token, scenario, connections, options.duration));
      }
    }
    rss = server.peakRssMb();
    direct = await versusRaw(dataset, server.url, token, list, options.duration * 40);
  } finally {
    await server.stop();
  }
  const limits = await limitsCost(dataset, s, options.duration * 40);
  const exports = !options.only || "exports".includes(options.only) ? await exportTimes(dataset) : null;
  return { dataset, regionCode: s.regionCode, regionOrganisations: s.organisationIds.length, statements, pageSizes, measures, rss, direct, limits, exports };
}

interface ExportMeasure {
  files: number;
  organisations: number;
  seconds: number;
  largest: { regionCode: string; organisations: number; seconds: number; bytes: number };
  rssMb: number;
}

/**
 * The national list of organisations as XLSX: every region's admin downloads its region's
 * list, one after another, from a fresh server (no account sees the whole country: each belongs
 * to one agency), so the total is the national export's work, and the server's peak RSS is
 * what building those files took.
 */
async function exportTimes(dataset: Dataset): Promise<ExportMeasure> {
  const server = await startServer(dataset, false);
  try {
    const origin = new URL(server.url).origin;
    const login = async (regionCode: string) =>
      (await graphql(server.url, null, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: `bench-agency-admin-${regionCode}@bench.example`, p: dataset.password })).data.login
        .token as string;
    const first = await login("84");
    const regions = (await graphql(server.url, first, `{ regions { code } }`)).data.regions.map((r: { code: string }) => r.code) as string[];
    const measure: ExportMeasure = { files: 0, organisations: 0, seconds: 0, largest: { regionCode: "", organisations: 0, seconds: 0, bytes: 0 }, rssMb: 0 };
    for (const regionCode of regions) {
      const token = await login(regionCode);
      const count = (await graphql(server.url, token, `{ organisations(take: 1) { totalCount } }`)).data.organisations.totalCount as number;
      const started = performance.now();
      const response = await fetch(`${origin}/exports/organisations.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`export of region ${regionCode}: ${response.status} ${await response.text()}`);
      const bytes = (await response.arrayBuffer()).byteLength;
      const seconds = (performance.now() - started) / 1000;
      measure.files += 1;
      measure.organisations += count;
      measure.seconds += seconds;
      if (count > measure.largest.organisations) measure.largest = { regionCode, organisations: count, seconds, bytes };
    }
    measure.rssMb = server.peakRssMb();
    return measure;
  } finally {
    await server.stop();
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(7);

async function main() {
  const { values } = parseArgs({
    options: {
      drivers: { type: "string" },
      organisations: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "1,16" },
      only: { type: "string" },
    },
  });
  const options: Options = {
    only: values.only ?? null,
    drivers: (values.drivers?.split(",") as Driver[]) ?? ((await postgresReachable()) ? ["sqlite", "postgres"] : ["sqlite"]),
    organisations: Number(values.organisations),
    seed: Number(values.seed),
    duration: Number(values.duration),
    connections: values.connections!.split(",").map(Number),
  };
  const cpu = os.cpus();
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const results = [];
  for (const driver of options.drivers) {
    const r = await benchDriver(driver, options);
    results.push({ driver, ...r, statements: Object.fromEntries(r.statements), direct: Object.fromEntries(r.direct) });
    console.log(`\n${driver === "sqlite" ? "SQLite" : "PostgreSQL"}: ${r.dataset.organisations} organisations, ${r.dataset.actions} actions; region ${r.regionCode} (${r.regionOrganisations} organisations)`);
    console.log("scenario                          clients  p50 ms  p95 ms  p99 ms    req/s  SQL/req  errors");
    for (const m of r.measures) {
      console.log(`${m.scenario.padEnd(34)}${String(m.clients).padStart(7)}${fmt(m.p50)} ${fmt(m.p95)} ${fmt(m.p99)} ${fmt(m.rps, 0)}  ${String(r.statements.get(m.scenario)).padStart(7)}  ${String(m.errors).padStart(6)}`);
    }
    console.log(`API against the raw driver (${driver === "sqlite" ? "better-sqlite3 prepared statements" : "pg prepared statements"}), ${options.duration * 40} requests interleaved, p50:`);
    for (const [name, v] of r.direct) console.log(`  ${name.padEnd(34)} API ${fmt(v.api, 2)} ms  raw ${fmt(v.raw, 2)} ms  API/raw ${fmt(v.ratio, 1)}${v.ratio <= 5 ? "" : "  (over 5×)"}`);
    console.log(`SQL statements for a region page of 10 / 50 / 100 organisations: ${r.pageSizes[10]} / ${r.pageSizes[50]} / ${r.pageSizes[100]}`);
    console.log(`Server peak RSS: ${r.rss.toFixed(0)} MB`);
    if (r.exports) {
      const e = r.exports;
      console.log(
        `National XLSX list: ${e.organisations} organisations in ${e.files} regional files, ${e.seconds.toFixed(2)} s in all; largest region ${e.largest.regionCode}: ${e.largest.organisations} organisations, ${e.largest.seconds.toFixed(2)} s, ${(e.largest.bytes / 1024).toFixed(0)} KiB; server peak RSS ${e.rssMb.toFixed(0)} MB`,
      );
    }
    console.log(`Limits on the region page (p50 of ${options.duration * 40} interleaved requests): ${r.limits.withLimits.toFixed(2)} ms with, ${r.limits.without.toFixed(2)} ms without: ${r.limits.overhead >= 0 ? "+" : ""}${r.limits.overhead.toFixed(1)} %`);
  }
  const file = path.join(DATA, "results.json");
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpu.length, model: cpu[0]?.model, memoryGiB: os.totalmem() / 2 ** 30, node: process.version }, results }, null, 2));
  console.log(`\nResults written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
