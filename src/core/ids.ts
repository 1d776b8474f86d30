import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { readWhereIn } from "./database/entity-reader";
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
