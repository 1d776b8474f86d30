import DataLoader from "dataloader";
import { In, type EntityTarget, type ObjectLiteral } from "typeorm";
import { groupBy } from "./collections";
import type { RequestContext } from "./context";

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
        const rows = await ctx.em.getRepository(entity).findBy({ id: In([...ids]) } as never);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Loads the entities whose `column` equals each key, ordered by `orderBy` (then id). */
export function manyByLoader<T extends ObjectLiteral, K extends number | string>(
  entity: EntityTarget<T>,
  column: keyof T & string,
  orderBy: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): Loader<K, T[]> {
  return defineLoader(
    (ctx) =>
      new DataLoader<K, T[]>(async (keys) => {
        const rows = await ctx.em.getRepository(entity).find({
          where: { [column]: In([...keys]) } as never,
          order: { ...orderBy, id: "ASC" } as never,
        });
        const groups = groupBy(rows, (row) => row[column] as K);
        return keys.map((key) => groups.get(key) ?? []);
      }),
  );
}
