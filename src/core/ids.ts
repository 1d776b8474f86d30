import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { readWhere, readWhereIn, type NamedSql } from "./database/entity-reader";
import { badInput, notFound } from "./errors";
import { msg, type Message } from "./i18n/message";

/** GraphQL IDs are strings; ours are positive integers. */
export function parseId(raw: string | number, field: string): number {
  const text = String(raw);
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw badInput(field, msg`${field} must be an id (a positive integer), got ${JSON.stringify(text)}`);
  return Number(text);
}

/** Loads an entity by its GraphQL id, or fails with NOT_FOUND naming the input field. */
export async function findOrFail<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  raw: string | number,
  field: string,
  label: Message,
): Promise<T> {
  const id = parseId(raw, field);
  const [row] = await readWhereIn(em, entity, "id", [id]);
  if (!row) throw notFound(label, raw, field);
  return row;
}

/**
 * The row of `entity` with the id `raw` (given in `field`) if it meets `scope`, written on the
 * table alias `alias`, in one statement; otherwise the NOT_FOUND an unknown id gets, so that
 * an id of another tenant cannot be told from one that does not exist.
 */
export async function findWithinScope<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  raw: string | number,
  field: string,
  label: Message,
  scope: NamedSql,
): Promise<T> {
  const id = parseId(raw, field);
  const where = { sql: `${alias}.id = :scopeId AND (${scope.sql})`, params: { ...scope.params, scopeId: id } };
  const [row] = await readWhere(em, entity, alias, where, `${alias}.id`, { skip: 0, take: 1 });
  if (!row) throw notFound(label, raw, field);
  return row;
}
