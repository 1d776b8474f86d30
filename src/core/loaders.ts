import DataLoader from "dataloader";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { groupBy } from "./collections";
import type { RequestContext } from "./context";
import { readWhereIn, selectedColumns } from "./database/entity-reader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { selectedFieldNames } from "./graphql/selection";

/**
 * A per-request DataLoader, created on first use and kept on the request context, so every
 * relation field of a response is fetched in one batched query per kind.
 */
export type Loader<K, V> = (ctx: RequestContext) => DataLoader<K, V>;

export function defineLoader<K, V>(create: (ctx: RequestContext) => DataLoader<K, V, string | K>): Loader<K, V> {
  const key = Symbol("loader");
  return (ctx) => ctx.loaderFor(key, () => create(ctx));
}

/** Loads entities by primary key `id`; a missing id resolves to null. */
export function byIdLoader<T extends ObjectLiteral & { id: number | string }>(entity: EntityTarget<T>): Loader<T["id"], T | null> {
  return defineLoader(
    (ctx) =>
      new DataLoader<T["id"], T | null>(async (ids) => {
        const rows = await readWhereIn(ctx.em, entity, "id", ids as readonly (number | string)[]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

let selective = 0;

/**
 * Loads the entities whose `column` equals each key, ordered by `orderBy` (then id). Given the
 * field's `info`, reads only the columns its selection needs (see selectedColumns), with a
 * loader per set of columns: for a relation field whose rows are many (a module's actions,
 * their history). Without it (a service, or a field that passes none), every column.
 */
export function manyByLoader<T extends ObjectLiteral, K extends number | string>(
  entity: EntityTarget<T>,
  column: keyof T & string,
  orderBy: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): (ctx: RequestContext, info?: GraphQLResolveInfo) => DataLoader<K, T[]> {
  const name = `many:${++selective}`;
  const order = [...(Object.entries(orderBy) as [string, "ASC" | "DESC"][]), ["id", "ASC"] as const];
  // The columns of a selection, worked out once per field of a query (graphql-js and
  // graphql-jit give the same fieldNodes array to each item of a list): a module's actions
  // ask for their history one by one.
  const bySelection = new WeakMap<readonly FieldNode[], { properties: string[] | null; key: string }>();
  return (ctx, info) => {
    let selection = info ? bySelection.get(info.fieldNodes) : undefined;
    if (!selection) {
      const properties = selectedColumns(ctx.em.connection, entity, info ? selectedFieldNames(info) : null);
      selection = { properties, key: `${name}:${properties?.join(",") ?? "*"}` };
      if (info) bySelection.set(info.fieldNodes, selection);
    }
    const { properties, key } = selection;
    return ctx.loaderFor(key, () =>
      new DataLoader<K, T[]>(async (keys) => {
        const rows = await readWhereIn(ctx.em, entity, column, keys, order, properties);
        const groups = groupBy(rows, (row) => row[column] as K);
        return keys.map((key) => groups.get(key) ?? []);
      }),
    );
  };
}
