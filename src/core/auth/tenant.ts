import type { EntityManager } from "typeorm";
import { queryNamed } from "../database/entity-reader";
import { notFound, type DomainError } from "../errors";
import type { Message } from "../i18n/message";
import { Role, type AuthUser } from "./roles";
import type { SqlFilter } from "./scope";

/**
 * Tenant isolation: the one rule every read and every write goes through.
 *
 * One deployment serves every regional agency. Each account is managed by exactly one
 * agency, its tenant (`User.managingAgencyId`): the agency's own users, and the
 * organisation, department and viewer accounts that agency's admin created. A user sees and
 * acts on that agency's data only:
 * - contracts: those the tenant agency signs, narrowed by role (an organisation user: its
 *   organisation's; a department user: the medico-social ones covering a site of its
 *   department; a department viewer: those covering a site of its department);
 * - establishments (sites): those in the tenant's region (an organisation user: its
 *   organisation's there; department roles: those of the department);
 * - organisations: those with their head office or a site in the region, or that the agency
 *   registered (department roles: a site in the department; an organisation user: its own). An organisation with sites in
 *   several regions is one legal entity that each of those agencies sees; each registers and
 *   contracts for the sites of its own region, and what a reader sees of the organisation
 *   (its sites, rates, history) is what lies in the reader's tenant;
 * - accounts: an agency admin manages the accounts its agency manages, and no other.
 * What lies outside answers exactly as what does not exist (NOT_FOUND, or null), and no
 * message names it.
 *
 * The functions below give each rule as a SQL condition on a table alias (for lists, as
 * `IN (subquery)`, which databases evaluate once) and as a check of one row.
 */

const inDepartment = (c: string) =>
  `${c}.id IN (SELECT sce.contract_id FROM contract_establishment sce JOIN establishment se ON se.id = sce.establishment_id WHERE se.department_code = :scopeDepartment)`;

/** Department users and department viewers look at one department. */
const departmentScoped = (user: AuthUser) => user.role === Role.DEPARTMENT_USER || (user.role === Role.VIEWER && user.departmentCode !== null);

/** The contracts a user may read, on the alias `c` of table `contract`. */
export function contractScope(user: AuthUser, c = "c"): SqlFilter {
  const params: Record<string, unknown> = { scopeTenant: user.tenantAgencyId };
  const conditions = [`${c}.agency_id = :scopeTenant`];
  if (user.role === Role.ORGANISATION_USER) {
    conditions.push(`${c}.organisation_id = :scopeOrganisation`);
    params.scopeOrganisation = user.organisationId;
  }
  if (user.role === Role.DEPARTMENT_USER) {
    conditions.push(`${c}.kind = :scopeKind`);
    params.scopeKind = "MEDICO_SOCIAL";
  }
  if (departmentScoped(user)) {
    conditions.push(inDepartment(c));
    params.scopeDepartment = user.departmentCode;
  }
  return { sql: conditions.join(" AND "), params };
}

/** The establishments a user may read, on the alias `e` of table `establishment`. */
export function establishmentScope(user: AuthUser, e = "e"): SqlFilter {
  if (departmentScoped(user)) return { sql: `${e}.department_code = :scopeDepartment`, params: { scopeDepartment: user.departmentCode } };
  const inRegion = `${e}.department_code IN (SELECT sd.code FROM department sd WHERE sd.region_code = :scopeRegion)`;
  if (user.role === Role.ORGANISATION_USER) {
    return { sql: `${e}.organisation_id = :scopeOrganisation AND ${inRegion}`, params: { scopeOrganisation: user.organisationId, scopeRegion: user.regionCode } };
  }
  return { sql: inRegion, params: { scopeRegion: user.regionCode } };
}

/**
 * The organisations a user may read, on the alias `o` of table `organisation`: over the
 * derived table organisation_department (which departments each organisation has sites in).
 */
export function organisationScope(user: AuthUser, o = "o"): SqlFilter {
  if (user.role === Role.ORGANISATION_USER) return { sql: `${o}.id = :scopeOrganisation`, params: { scopeOrganisation: user.organisationId } };
  if (departmentScoped(user)) {
    return {
      sql: `${o}.id IN (SELECT sod.organisation_id FROM organisation_department sod WHERE sod.department_code = :scopeDepartment)`,
      params: { scopeDepartment: user.departmentCode },
    };
  }
  return {
    sql: `(${o}.head_office_region_code = :scopeRegion OR ${o}.registered_by_agency_id = :scopeTenant OR ${o}.id IN (SELECT sod.organisation_id FROM organisation_department sod WHERE sod.region_code = :scopeRegion))`,
    params: { scopeRegion: user.regionCode, scopeTenant: user.tenantAgencyId },
  };
}

/** The accounts an agency admin manages, on the alias `u` of table `app_user`. */
export function accountScope(user: AuthUser, u = "u"): SqlFilter {
  return { sql: `${u}.managing_agency_id = :scopeTenant`, params: { scopeTenant: user.tenantAgencyId } };
}

/** Whether the row `id` of `table` meets `scope` (written on the alias `alias`). */
export async function withinScope(em: EntityManager, table: string, alias: string, id: number, scope: SqlFilter): Promise<boolean> {
  const rows = await queryNamed(em, { sql: `SELECT 1 AS found FROM ${table} ${alias} WHERE ${alias}.id = :scopeId AND (${scope.sql}) LIMIT 1`, params: { ...scope.params, scopeId: id } });
  return rows.length > 0;
}

/**
 * Fails with the NOT_FOUND a missing id gets when the row lies outside the user's scope, so
 * that an id of another tenant cannot be told from an id that does not exist.
 */
export async function assertWithinScope(em: EntityManager, table: string, alias: string, id: number, scope: SqlFilter, hidden: () => DomainError): Promise<void> {
  if (!(await withinScope(em, table, alias, id, scope))) throw hidden();
}

/** The NOT_FOUND of an id given in `field`, the same whether it does not exist or is out of scope. */
export const hiddenAs = (label: Message, raw: unknown, field: string) => () => notFound(label, raw, field);
