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
  sql: string;
  metadata: EntityMetadata;
  columns: { alias: string; column: ColumnMetadata }[];
  /** Sorts the hydrated rows when the order is on numbers and dates only (cheaper than SQL's sort, and the same). */
  sort: ((a: ObjectLiteral, b: ObjectLiteral) => number) | null;
}

export type Order = readonly (readonly [property: string, direction: "ASC" | "DESC"])[];

const plans = new WeakMap<DataSource, Map<string, ReadPlan>>();

const NUMERIC_OR_TEMPORAL = new Set<unknown>([Number, Date, "integer", "int", "bigint", "smallint", "real", "float", "double precision", "datetime", "timestamp", "timestamptz", "timestamp with time zone", "date"]);

function planFor(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, property: string, order: Order, properties: readonly string[] | null): ReadPlan {
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
  const wanted = properties ? new Set([...properties, property, ...order.map(([p]) => p)]) : null;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual && (!wanted || wanted.has(column.propertyPath)))
    .map((column, i) => ({ alias: `c${i}`, column }));
  const keys = dataSource.options.type === "postgres" ? "= ANY($1)" : "IN (SELECT value FROM json_each(?))";
  // SQLite and PostgreSQL place NULLs differently: only non-null orders are sorted here.
  const inMemory = order.every(([name]) => NUMERIC_OR_TEMPORAL.has(columnOf(name).type) && !columnOf(name).isNullable);
  const orderBy = inMemory ? "" : order.map(([name, direction]) => `${quote(columnOf(name).databaseName)} ${direction}`).join(", ");
  const sql =
    `SELECT ${columns.map(({ alias, column }) => `${quote(column.databaseName)} AS ${quote(alias)}`).join(", ")}` +
    ` FROM ${quote(metadata.tablePath)} WHERE ${quote(columnOf(property).databaseName)} ${keys}` +
    (orderBy ? ` ORDER BY ${orderBy}` : "");
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
  plan = { sql, metadata, columns, sort };
  cache.set(key, plan);
  return plan;
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
  const rows = (await em.query(plan.sql, [parameter])) as Record<string, unknown>[];
  const driver = dataSource.driver;
  const entities = rows.map((row) => {
    const entityObject = plan.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { alias, column } of plan.columns) {
      const value = row[alias];
      if (value !== undefined) column.setEntityValue(entityObject, driver.prepareHydratedValue(value, column));
    }
    return entityObject;
  });
  return plan.sort ? entities.sort(plan.sort) : entities;
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
