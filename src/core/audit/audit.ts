import { createHash } from "node:crypto";
import type { RequestContext } from "../context";
import { AuditAction, AuditEntry, type FieldChange } from "./audit.entity";

/** What a change belongs to, so it appears in the right histories. */
export interface AuditScope {
  contractId?: number | null;
  organisationId?: number | null;
  agencyId?: number | null;
}

/** Bookkeeping columns are not changes a person made; secrets are never written to the trail. */
const IGNORED = new Set(["createdAt", "updatedAt", "version", "searchText"]);
const SECRET = new Set(["passwordHash", "tokenHash"]);

type Snapshot = Record<string, unknown>;

/** The audited fields of an entity, as plain values. */
export function snapshot(entity: object): Snapshot {
  const copy: Snapshot = {};
  for (const [key, value] of Object.entries(entity)) {
    if (IGNORED.has(key) || typeof value === "function" || (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date))) continue;
    // A secret shows only that it changed: a short digest, useless to guess it.
    copy[key] = SECRET.has(key) ? `[secret ${createHash("sha256").update(String(value)).digest("hex").slice(0, 8)}]` : value instanceof Date ? value.toISOString() : value;
  }
  return copy;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The fields whose values differ between two snapshots. */
export function diff(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .map((field) => ({ field, old: before ? json(before[field]) : null, new: after ? json(after[field]) : null }))
    .filter((change) => change.old !== change.new);
}

async function record(ctx: RequestContext, action: AuditAction, entityType: string, entityId: unknown, changes: FieldChange[], scope: AuditScope): Promise<void> {
  ctx.markAudited();
  if (scope.contractId) ctx.touchedContracts.add(scope.contractId);
  if (changes.length === 0 && action === AuditAction.UPDATE) return;
  await ctx.tm.insert(AuditEntry, {
    occurredAt: ctx.now(),
    userId: ctx.user?.id ?? null,
    userName: ctx.actorName(),
    operation: ctx.operation ?? "system",
    entityType,
    entityId: String(entityId),
    action,
    changes,
    contractId: scope.contractId ?? null,
    organisationId: scope.organisationId ?? null,
    agencyId: scope.agencyId ?? null,
  });
}

/** Records a created entity (all its fields as new values). */
export function auditCreate(ctx: RequestContext, entityType: string, entity: object, scope: AuditScope = {}, id: unknown = (entity as { id?: unknown }).id): Promise<void> {
  return record(ctx, AuditAction.CREATE, entityType, id, diff(null, snapshot(entity)), scope);
}

/** Records the fields an update changed; `before` is a snapshot taken before changing the entity. */
export function auditUpdate(ctx: RequestContext, entityType: string, before: Snapshot, after: object, scope: AuditScope = {}, id: unknown = (after as { id?: unknown }).id): Promise<void> {
  return record(ctx, AuditAction.UPDATE, entityType, id, diff(before, snapshot(after)), scope);
}

/** Records a deleted entity (all its fields as old values). */
export function auditDelete(ctx: RequestContext, entityType: string, entity: object, scope: AuditScope = {}, id: unknown = (entity as { id?: unknown }).id): Promise<void> {
  return record(ctx, AuditAction.DELETE, entityType, id, diff(snapshot(entity), null), scope);
}
