import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

/**
 * The loaders' read: the rows of one entity whose column is one of some keys, as entities.
 *
 * TypeORM's find builds its SQL anew on each call and hydrates through a transformer made for
 * joins; for a loader, which reads one table by one column, that cost more than the query
 * (a third of an organisation's plan screen). Here the SQL is built once per entity, column
 * and order, with the keys in one parameter (a JSON array on SQLite, an array on PostgreSQL),
 * so the statement text never changes and the driver's prepared statement is reused; each
 * column is hydrated with the driver's own conversion (dates, booleans, JSON, transformers),
 * as TypeORM does.
 */
interface ReadPlan {
  /** The read by key (none for a plan without a key column). */
  sql: string;
  /** The SELECT … FROM of every column, on a table alias, with more columns (`, expression AS name`). */
  select(alias: string, extra?: string): string;
  metadata: EntityMetadata;
  columns: { alias: string; column: ColumnMetadata; hydrate: (value: unknown) => unknown }[];
  /** Sorts the hydrated rows when the order is on numbers and dates only (cheaper than SQL's sort, and the same). */
  sort: ((a: ObjectLiteral, b: ObjectLiteral) => number) | null;
}

export type Order = readonly (readonly [property: string, direction: "ASC" | "DESC"])[];

const plans = new WeakMap<DataSource, Map<string, ReadPlan>>();

/** SQLite's text for a UTC date and time, as TypeORM writes it ("2026-11-30 03:35:09.123"). */
const SQLITE_DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d{3})?)?$/;

/**
 * A column's conversion from the driver's value: the driver's own (prepareHydratedValue), with
 * shortcuts on SQLite for what a loader reads most and where that conversion is plain (a
 * plain text or integer column kept as it is, a boolean, a date and time in SQLite's text),
 * since the driver's goes through every type's branch and regular expressions for each value.
 * The entity reader test checks both against TypeORM's find.
 */
function hydrator(dataSource: DataSource, column: ColumnMetadata): (value: unknown) => unknown {
  const driver = dataSource.driver;
  const general = (value: unknown) => driver.prepareHydratedValue(value, column);
  if (dataSource.options.type !== "better-sqlite3" || column.transformer) return general;
  const type = column.type;
  if (type === "datetime" || type === Date) {
    return (value) => (typeof value === "string" && SQLITE_DATETIME.test(value) ? new Date(`${value.slice(0, 10)}T${value.slice(11)}Z`) : general(value));
  }
  if (type === "boolean" || type === Boolean) return (value) => (value === null || value === undefined ? value : Boolean(value));
  const unchanged = ["integer", "int", "varchar", "text", "character varying", "real", "float", "double", "double precision"];
  if (typeof type === "string" && unchanged.includes(type)) return (value) => value;
  if (type === String) return (value) => value;
  // Ids and references (the driver parses numbers with parseInt, which keeps an integer as it is).
  if (type === Number) return (value) => (typeof value === "number" && Number.isSafeInteger(value) ? value : general(value));
  return general;
}

const NUMERIC_OR_TEMPORAL = new Set<unknown>([Number, Date, "integer", "int", "bigint", "smallint", "real", "float", "double precision", "datetime", "timestamp", "timestamptz", "timestamp with time zone", "date"]);

function planFor(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, property: string | null, order: Order, properties: readonly string[] | null): ReadPlan {
  let cache = plans.get(dataSource);
  if (!cache) plans.set(dataSource, (cache = new Map()));
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.name}|${property}|${order.map(([p, d]) => `${p} ${d}`).join(",")}|${properties?.join(",") ?? "*"}`;
  let plan = cache.get(key);
  if (plan) return plan;
  const driver = dataSource.driver;
  const quote = (name: string) => driver.escape(name);
  const columnOf = (name: string) => {
    const column = metadata.findColumnWithPropertyPath(name);
    if (!column) throw new Error(`${metadata.name} has no column ${name}`);
    return column;
  };
  const wanted = properties ? new Set([...properties, ...(property ? [property] : []), ...order.map(([p]) => p)]) : null;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual && (!wanted || wanted.has(column.propertyPath)))
    .map((column, i) => ({ alias: `c${i}`, column, hydrate: hydrator(dataSource, column) }));
  const keys = dataSource.options.type === "postgres" ? "= ANY($1)" : "IN (SELECT value FROM json_each(?))";
  // SQLite and PostgreSQL place NULLs differently: only non-null orders are sorted here.
  const inMemory = order.every(([name]) => NUMERIC_OR_TEMPORAL.has(columnOf(name).type) && !columnOf(name).isNullable);
  const orderBy = inMemory ? "" : order.map(([name, direction]) => `${quote(columnOf(name).databaseName)} ${direction}`).join(", ");
  const select = (table: string | null, extra = "") =>
    `SELECT ${columns.map(({ alias, column }) => `${table ? `${table}.` : ""}${quote(column.databaseName)} AS ${quote(alias)}`).join(", ")}${extra} FROM ${quote(metadata.tablePath)}${table ? ` ${table}` : ""}`;
  const sql = property ? `${select(null)} WHERE ${quote(columnOf(property).databaseName)} ${keys}${orderBy ? ` ORDER BY ${orderBy}` : ""}` : "";
  const value = (row: ObjectLiteral, name: string) => {
    const v = row[name] as unknown;
    return v instanceof Date ? v.getTime() : (v as number);
  };
  const sort =
    inMemory && order.length
      ? (a: ObjectLiteral, b: ObjectLiteral) => {
          for (const [name, direction] of order) {
            const [x, y] = [value(a, name), value(b, name)];
            if (x === y) continue;
            return (x < y ? -1 : 1) * (direction === "ASC" ? 1 : -1);
          }
          return 0;
        }
      : null;
  plan = { sql, select, metadata, columns, sort };
  cache.set(key, plan);
  return plan;
}

/**
 * `column` is one of the list parameter `:name`, as one bound parameter whatever the list's
 * length (a JSON array on SQLite, an array on PostgreSQL), so the statement text is one.
 */
export function keyIn(em: EntityManager, column: string, name: string): string {
  return em.connection.options.type === "postgres" ? `${column} = ANY(:${name})` : `${column} IN (SELECT value FROM json_each(:${name}))`;
}

/** A row (its values in the plan's column order, or by alias) as an entity, each column converted as the driver converts it. */
function hydrate<T>(plan: ReadPlan, row: unknown[] | Record<string, unknown>): T {
  const entity = plan.metadata.create(undefined, { fromDeserializer: true }) as T;
  const values = Array.isArray(row) ? row : null;
  const columns = plan.columns;
  for (let i = 0; i < columns.length; i += 1) {
    const { alias, column, hydrate: convert } = columns[i];
    const value = values ? values[i] : (row as Record<string, unknown>)[alias];
    if (value !== undefined) column.setEntityValue(entity as ObjectLiteral, convert(value));
  }
  return entity;
}

interface SqliteStatement {
  all(...values: unknown[]): unknown[];
  raw(toggle: boolean): SqliteStatement;
}

const prepared = new WeakMap<object, Map<string, SqliteStatement>>();

/**
 * Runs a read: on SQLite, on the connection's own prepared statement (the one connection a
 * SQLite DataSource has, the transaction's during a mutation), with each row as an array of
 * its values when `arrays`: better-sqlite3 builds an object per row property by property
 * (an organisation's phase history, 85 rows: 134 µs as objects, 85 as arrays), and TypeORM's
 * query runner adds its own steps per statement. The statement is logged as TypeORM logs it
 * (SQL logging, statement counts). On PostgreSQL, through TypeORM (rows as objects).
 */
async function select(em: EntityManager, text: string, values: unknown[], arrays: boolean): Promise<unknown[]> {
  const dataSource = em.connection;
  if (dataSource.options.type !== "better-sqlite3") return (await em.query(text, values)) as unknown[];
  dataSource.logger.logQuery(text, values);
  const connection = (dataSource.driver as unknown as { databaseConnection: { prepare(sql: string): SqliteStatement } }).databaseConnection;
  let cache = prepared.get(connection);
  if (!cache) prepared.set(connection, (cache = new Map()));
  const key = `${arrays ? "[]" : "{}"}${text}`;
  let statement = cache.get(key);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    statement = connection.prepare(text).raw(arrays);
    cache.set(key, statement);
  }
  return statement.all(...values);
}

/** A statement with named parameters (`:name`), as the scope filters write them. */
export interface NamedSql {
  sql: string;
  params: Record<string, unknown>;
}

const MAX_STATEMENTS = 1000;
const statements = new WeakMap<DataSource, Map<string, { text: string; names: string[] }>>();

/**
 * Runs `sql` with its named parameters. The text is converted to the driver's placeholders
 * once (by TypeORM's own conversion) and the order of the names kept, so a statement read on
 * every request costs no query builder and stays one prepared statement. Parameters are
 * numbers, strings or null (what a bound parameter is on both databases), or lists of
 * numbers or strings for a condition written with `keyIn` (bound as one parameter).
 */
export async function queryNamed<T = Record<string, unknown>>(em: EntityManager, named: NamedSql): Promise<T[]> {
  return (await runNamed(em, named, false)) as T[];
}

async function runNamed(em: EntityManager, { sql, params }: NamedSql, arrays: boolean): Promise<unknown[]> {
  const dataSource = em.connection;
  let cache = statements.get(dataSource);
  if (!cache) statements.set(dataSource, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    // The texts are the code's own shapes (filters present or not); a bound keeps a mistake from growing it.
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    if (sql.includes(":...")) throw new Error("queryNamed takes no list parameters (:...name)");
    // Each name stands for itself: the converted parameters come out as the names in order.
    const names = Object.fromEntries(Object.keys(params).map((name) => [name, name]));
    const [text, order] = dataSource.driver.escapeQueryWithParameters(sql, names);
    statement = { text, names: order as string[] };
    cache.set(sql, statement);
  }
  const postgres = dataSource.options.type === "postgres";
  const scalar = (value: unknown) => value === null || typeof value === "number" || typeof value === "string";
  const values = statement.names.map((name) => {
    const value = params[name];
    if (Array.isArray(value) && value.every((v) => v !== null && scalar(v))) return postgres ? [...(value as unknown[])] : JSON.stringify(value);
    if (value === undefined || !scalar(value)) throw new Error(`Parameter :${name} must be a number, a string, null or a list of numbers or strings`);
    return value;
  });
  return select(em, statement.text, values, arrays);
}

/**
 * The entities whose `property` is one of `keys`, in `order`. With `properties`, only those
 * columns are read (with the key and the order's): for a field whose selection needs no more.
 */
export async function readWhereIn<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  property: string,
  keys: readonly (number | string)[],
  order: Order = [],
  properties: readonly string[] | null = null,
): Promise<T[]> {
  if (!keys.length) return [];
  const dataSource = em.connection;
  const plan = planFor(dataSource, entity as EntityTarget<ObjectLiteral>, property, order, properties);
  const parameter = dataSource.options.type === "postgres" ? [...keys] : JSON.stringify(keys);
  const rows = (await select(em, plan.sql, [parameter], true)) as unknown[][];
  const entities = rows.map((row) => hydrate<T>(plan, row));
  return plan.sort ? entities.sort(plan.sort) : entities;
}

/**
 * The entities of `entity` (on the table alias `alias`) that meet `where`, in `order` (SQL
 * expressions), a page of them: a list's read, with the loaders' SQL (built once per text) and
 * hydration.
 */
export async function readWhere<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  where: NamedSql,
  order: string,
  page: { skip: number; take: number },
): Promise<T[]> {
  const dataSource = em.connection;
  const plan = planFor(dataSource, entity as EntityTarget<ObjectLiteral>, null, [], null);
  const sql = `${plan.select(alias)} WHERE ${where.sql} ORDER BY ${order} LIMIT :pageTake OFFSET :pageSkip`;
  const rows = (await runNamed(em, { sql, params: { ...where.params, pageTake: page.take, pageSkip: page.skip } }, true)) as unknown[][];
  return rows.map((row) => hydrate<T>(plan, row));
}

/**
 * The entities of `entity` (alias `alias`) linked to each of `keys` through `join`, whose
 * column `keyColumn` holds the key (a link table, say), in `order`, in one statement: pairs of
 * key and entity (an entity linked to two keys comes twice).
 */
export async function readLinked<T extends ObjectLiteral, K extends number | string>(
  em: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  join: string,
  keyColumn: string,
  keys: readonly K[],
  order: string,
): Promise<[K, T][]> {
  if (!keys.length) return [];
  const plan = planFor(em.connection, entity as EntityTarget<ObjectLiteral>, null, [], null);
  const sql = `${plan.select(alias, `, ${keyColumn} AS link_key`)} ${join} WHERE ${keyIn(em, keyColumn, "linkKeys")} ORDER BY ${order}`;
  const rows = (await runNamed(em, { sql, params: { linkKeys: [...keys] } }, true)) as (unknown[] | Record<string, unknown>)[];
  // The key comes after the entity's columns (SQLite's arrays), or by its name (PostgreSQL's objects).
  const keyOf = (row: unknown[] | Record<string, unknown>) => (Array.isArray(row) ? row[plan.columns.length] : row.link_key) as K;
  return rows.map((row) => [keyOf(row), hydrate<T>(plan, row)]);
}

/** How many rows of `table` (alias `alias`) meet `where`. */
export async function countWhere(em: EntityManager, table: string, alias: string, where: NamedSql): Promise<number> {
  const [row] = await queryNamed<{ count: number | string }>(em, { sql: `SELECT COUNT(*) AS count FROM ${table} ${alias} WHERE ${where.sql}`, params: where.params });
  return Number(row.count);
}

/**
 * The columns of `entity` that a field's selection needs: the primary key, the references to
 * other rows (the `…Id` columns, which relation fields follow) and the columns selected by name.
 * Null (every column) when the selection cannot be read (no `info`).
 */
export function selectedColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, selected: ReadonlySet<string> | null): string[] | null {
  if (!selected) return null;
  const metadata = dataSource.getMetadata(entity);
  return metadata.columns
    .filter((column) => !column.isVirtual && (column.isPrimary || column.propertyPath.endsWith("Id") || selected.has(column.propertyPath)))
    .map((column) => column.propertyPath)
    .sort();
}
