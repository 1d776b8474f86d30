import { createHmac, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { AuthUser, Role } from "../core/auth/roles";
import type { AuthConfig } from "../core/config";
import type { Runtime } from "../core/context";
import { Agency } from "../territory/territory.entities";
import { Session, User } from "./account.entities";
import { msg, type Message } from "../core/i18n/message";

/** An opaque, unguessable token (256 random bits). */
export function newSessionToken(): string {
  return `cpom_${randomBytes(32).toString("base64url")}`;
}

/** Tokens are stored as an HMAC under the server secret: a copy of the database gives no usable token. */
export function tokenDigest(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}

export async function openSession(em: EntityManager, auth: AuthConfig, userId: number, now: Date): Promise<{ token: string; session: Session }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + auth.sessionTtlMinutes * 60_000);
  const session = await em.save(em.create(Session, { userId, tokenHash: tokenDigest(auth.sessionSecret, token), createdAt: now, expiresAt, revokedAt: null }));
  return { token, session };
}

export type Authentication = { user: AuthUser; error: null } | { user: null; error: Message | null };

const BEARER = /^Bearer\s+(\S+)$/i;

/** The session's user, by token digest: SQL with named parameters (:hash, :now, :active). */
function sessionQuery(manager: EntityManager): string {
  return manager
    .createQueryBuilder(Session, "s")
    .innerJoin(User, "u", "u.id = s.user_id")
    .innerJoin(Agency, "a", "a.id = u.managing_agency_id")
    .select([
      "s.id AS session_id",
      "u.id AS id",
      "u.email AS email",
      "u.display_name AS display_name",
      "u.role AS role",
      "u.agency_id AS agency_id",
      "u.organisation_id AS organisation_id",
      "u.department_code AS department_code",
      "u.managing_agency_id AS tenant_agency_id",
      "a.region_code AS region_code",
      "u.must_change_password AS must_change_password",
    ])
    .where("s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > :now AND u.active = :active")
    .getQuery();
}

const sessionQueries = new WeakMap<DataSource, string>();

/** The user behind an `Authorization: Bearer <token>` header, in one query; an error when a token is given but not valid. */
export async function authenticate(runtime: Runtime, header: string | undefined): Promise<Authentication> {
  const { db, auth } = runtime;
  const now = runtime.clock.now();
  if (!header) return { user: null, error: null };
  const token = BEARER.exec(header)?.[1];
  if (!token) return { user: null, error: msg`The Authorization header must be \`Bearer <token>\`` };
  const reader = db.reader;
  // Every request runs this query: its SQL is built once per database, then bound (the driver converts the date as the builder does).
  let template = sessionQueries.get(reader);
  if (!template) sessionQueries.set(reader, (template = sessionQuery(reader.manager)));
  const [sql, parameters] = reader.driver.escapeQueryWithParameters(template, { hash: tokenDigest(auth.sessionSecret, token), now, active: true });
  const [row] = (await reader.manager.query(sql, parameters)) as (Record<string, unknown> | undefined)[];
  if (!row) return { user: null, error: msg`The token is invalid, expired or revoked: log in again` };
  return {
    user: {
      id: Number(row.id),
      email: String(row.email),
      displayName: String(row.display_name),
      role: row.role as Role,
      agencyId: row.agency_id == null ? null : Number(row.agency_id),
      tenantAgencyId: Number(row.tenant_agency_id),
      regionCode: String(row.region_code),
      organisationId: row.organisation_id == null ? null : Number(row.organisation_id),
      departmentCode: (row.department_code as string | null) ?? null,
      mustChangePassword: Boolean(row.must_change_password),
      sessionId: Number(row.session_id),
    },
    error: null,
  };
}
