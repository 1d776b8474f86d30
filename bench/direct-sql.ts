import type { DataSource } from "typeorm";
import { distribution } from "../src/dashboards/distribution";

/**
 * The bench's reads written directly in SQL (no GraphQL, no authorization, no ORM
 * hydration): the floor the API's times are compared with. Placeholders are written "?"
 * and numbered for PostgreSQL.
 */
function run(ds: DataSource, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  let n = 0;
  const text = ds.options.type === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return ds.query(text, params);
}

const list = (ids: unknown[]) => ids.map(() => "?").join(", ");

/** The region page: the count, 50 organisations by rate, their module rates and counts, their last yearly record. */
export async function regionPage(ds: DataSource, regionCode: string): Promise<number> {
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

/** One organisation's whole plan: modules, themes, actions and their phase histories. */
export async function organisationPlan(ds: DataSource, organisationId: number): Promise<number> {
  const modules = await run(
    ds,
    `SELECT m.id, t.code, m.progress_rate FROM contract_module m JOIN contract c ON c.id = m.contract_id JOIN module_type t ON t.id = m.module_type_id WHERE c.organisation_id = ?`,
    [organisationId],
  );
  const ids = modules.map((m) => m.id);
  await run(ds, `SELECT mt.module_id, th.code FROM module_theme mt JOIN theme th ON th.id = mt.theme_id WHERE mt.module_id IN (${list(ids)})`, ids);
  const actions = await run(ds, `SELECT a.id, a.module_id, a.title, a.phase, a.completion, a.progress FROM action a WHERE a.module_id IN (${list(ids)})`, ids);
  const actionIds = actions.map((a) => a.id);
  await run(ds, `SELECT h.action_id, h.to_phase, h.changed_at FROM action_phase_change h WHERE h.action_id IN (${list(actionIds)})`, actionIds);
  return actions.length;
}

/** The region's distribution of organisation rates: now, at the close of year 1, and in one module. */
export async function regionAggregates(ds: DataSource, regionCode: string, moduleTypeId: number): Promise<number> {
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
