import { createHash } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import { Client } from "pg";
import type { DatabaseConfig } from "../src/core/config";
import { distribution } from "../src/dashboards/distribution";

/**
 * The bench's reads written directly in SQL on the raw drivers, better-sqlite3's prepared
 * statements and pg's named (prepared) statements: no HTTP, GraphQL, authorization or ORM. The
 * floor the API's times are compared with. Placeholders are written "?" and numbered for
 * PostgreSQL.
 */
export interface RawReader {
  all(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function openRawReader(database: DatabaseConfig): Promise<RawReader> {
  if (database.kind === "sqlite") {
    const db = new BetterSqlite3(database.path, { readonly: true, fileMustExist: true });
    const statements = new Map<string, BetterSqlite3.Statement>();
    return {
      all: async (sql, params) => {
        let statement = statements.get(sql);
        if (!statement) statements.set(sql, (statement = db.prepare(sql)));
        return statement.all(...params) as Record<string, unknown>[];
      },
      close: async () => void db.close(),
    };
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const numbered = new Map<string, { name: string; text: string }>();
  return {
    all: async (sql, params) => {
      let statement = numbered.get(sql);
      if (!statement) {
        let n = 0;
        statement = { name: `bench_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`, text: sql.replace(/\?/g, () => `$${++n}`) };
        numbered.set(sql, statement);
      }
      return (await client.query({ ...statement, values: params })).rows;
    },
    close: () => client.end(),
  };
}

const run = (ds: RawReader, sql: string, params: unknown[]) => ds.all(sql, params);

const list = (ids: unknown[]) => ids.map(() => "?").join(", ");

/** The region page: the count, 50 organisations by rate, their module rates and counts, their last yearly record. */
export async function regionPage(ds: RawReader, regionCode: string): Promise<number> {
  const inRegion = "o.id IN (SELECT od.organisation_id FROM organisation_department od WHERE od.region_code = ?)";
  const [count] = await run(ds, `SELECT COUNT(*) AS n FROM organisation o WHERE ${inRegion}`, [regionCode]);
  const page = await run(
    ds,
    `SELECT o.id, o.name, p.progress_rate FROM organisation o LEFT JOIN organisation_progress p ON p.organisation_id = o.id
     WHERE ${inRegion} ORDER BY p.progress_rate DESC NULLS LAST, o.id LIMIT 50`,
    [regionCode],
  );
  const ids = page.map((r) => r.id);
  await run(
    ds,
    `SELECT c.organisation_id, t.code, m.progress_rate, m.action_count, m.initialisation_count, m.planning_count, m.execution_count, m.monitoring_count, m.closure_count
     FROM contract_module m JOIN contract c ON c.id = m.contract_id JOIN module_type t ON t.id = m.module_type_id WHERE c.organisation_id IN (${list(ids)})`,
    ids,
  );
  await run(ds, `SELECT c.organisation_id, s.year, s.organisation_rate FROM progress_snapshot s JOIN contract c ON c.id = s.contract_id WHERE c.organisation_id IN (${list(ids)})`, ids);
  return Number(count.n);
}

/**
 * One organisation's whole plan, the data the API's plan screen answers: the organisation and
 * its rate, its rate per module, its contracts with their plan's status and rate, their
 * modules, themes, actions and the actions' phase histories.
 */
export async function organisationPlan(ds: RawReader, organisationId: number): Promise<number> {
  await run(ds, `SELECT o.id, o.name, p.progress_rate FROM organisation o LEFT JOIN organisation_progress p ON p.organisation_id = o.id WHERE o.id = ?`, [organisationId]);
  await run(ds, `SELECT t.code, AVG(m.progress_rate) AS rate FROM contract_module m JOIN contract c ON c.id = m.contract_id JOIN module_type t ON t.id = m.module_type_id WHERE c.organisation_id = ? GROUP BY t.code`, [organisationId]);
  await run(ds, `SELECT c.id, c.start_date, cp.progress_rate, cp.status FROM contract c LEFT JOIN contract_plan cp ON cp.contract_id = c.id WHERE c.organisation_id = ? ORDER BY c.id`, [organisationId]);
  const modules = await run(
    ds,
    `SELECT m.id, t.code, t.title, m.progress_rate FROM contract_module m JOIN contract c ON c.id = m.contract_id JOIN module_type t ON t.id = m.module_type_id WHERE c.organisation_id = ?`,
    [organisationId],
  );
  const ids = modules.map((m) => m.id);
  await run(ds, `SELECT mt.module_id, th.code, th.title FROM module_theme mt JOIN theme th ON th.id = mt.theme_id WHERE mt.module_id IN (${list(ids)})`, ids);
  const actions = await run(ds, `SELECT a.id, a.module_id, a.title, a.phase, a.completion, a.progress, a.planned_end_date FROM action a WHERE a.module_id IN (${list(ids)})`, ids);
  const actionIds = actions.map((a) => a.id);
  await run(ds, `SELECT h.action_id, h.from_phase, h.to_phase, h.changed_at FROM action_phase_change h WHERE h.action_id IN (${list(actionIds)})`, actionIds);
  return actions.length;
}

/** The region's distribution of organisation rates: now, at the close of year 1, and in one module. */
export async function regionAggregates(ds: RawReader, regionCode: string, moduleTypeId: number): Promise<number> {
  const inRegion = "IN (SELECT od.organisation_id FROM organisation_department od WHERE od.region_code = ?)";
  const now = await run(ds, `SELECT p.progress_rate FROM organisation_progress p WHERE p.organisation_id ${inRegion}`, [regionCode]);
  const year1 = await run(ds, `SELECT s.organisation_rate FROM progress_snapshot s JOIN contract c ON c.id = s.contract_id WHERE s.year = 1 AND c.organisation_id ${inRegion}`, [regionCode]);
  const module = await run(
    ds,
    `SELECT AVG(m.progress_rate) AS rate FROM contract_module m JOIN contract c ON c.id = m.contract_id WHERE m.module_type_id = ? AND c.organisation_id ${inRegion} GROUP BY c.organisation_id`,
    [moduleTypeId, regionCode],
  );
  const values = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key]).filter((v) => v !== null).map(Number);
  return distribution(values(now, "progress_rate")).count + distribution(values(year1, "organisation_rate")).count + distribution(values(module, "rate")).count;
}
