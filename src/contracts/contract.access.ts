import { forbidden } from "../core/auth/auth-checker";
import { AGENCY_ROLES, Role, type AuthUser } from "../core/auth/roles";
import { currentUser, type SqlFilter } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { Contract, ContractKind } from "./contract.entities";

/**
 * The contracts a user may read, as a condition on the alias `c`: the one place this rule
 * lives. Agency roles: their agency's contracts (an officer reads the whole region's);
 * organisation users: their organisation's; department users: the medico-social contracts
 * covering an establishment of their department; viewers: those of their region or department.
 */
export function contractReadScope(user: AuthUser, c = "c"): SqlFilter {
  // IN (subquery) is evaluated once; a correlated EXISTS would be probed for every contract.
  const inDepartment = `${c}.id IN (SELECT sce.contract_id FROM contract_establishment sce JOIN establishment se ON se.id = sce.establishment_id WHERE se.department_code = :scopeDepartment)`;
  switch (user.role) {
    case Role.AGENCY_ADMIN:
    case Role.AGENCY_OFFICER:
      return { sql: `${c}.agency_id = :scopeAgency`, params: { scopeAgency: user.agencyId } };
    case Role.ORGANISATION_USER:
      return { sql: `${c}.organisation_id = :scopeOrganisation`, params: { scopeOrganisation: user.organisationId } };
    case Role.DEPARTMENT_USER:
      return { sql: `${c}.kind = :scopeKind AND ${inDepartment}`, params: { scopeKind: ContractKind.MEDICO_SOCIAL, scopeDepartment: user.departmentCode } };
    case Role.VIEWER:
      return user.departmentCode
        ? { sql: inDepartment, params: { scopeDepartment: user.departmentCode } }
        : { sql: `${c}.agency_id IN (SELECT sa.id FROM agency sa WHERE sa.region_code = :scopeRegion)`, params: { scopeRegion: user.regionCode } };
  }
}

export async function assertCanReadContract(ctx: RequestContext, contractId: number): Promise<void> {
  const scope = contractReadScope(currentUser(ctx));
  const visible = await ctx.em.createQueryBuilder(Contract, "c").where("c.id = :id", { id: contractId }).andWhere(scope.sql, scope.params).getExists();
  if (!visible) throw forbidden(`Contract ${contractId} is outside your scope`);
}

/** The agency side of a contract: its agency's admin, or the officer it is assigned to (interlocuteur ARS). */
export function canManageContract(user: AuthUser, contract: Contract): boolean {
  if (user.role === Role.AGENCY_ADMIN) return contract.agencyId === user.agencyId;
  if (user.role === Role.AGENCY_OFFICER) return contract.agencyId === user.agencyId && contract.officerId === user.id;
  return false;
}

export function assertCanManageContract(ctx: RequestContext, contract: Contract): void {
  if (!canManageContract(currentUser(ctx), contract)) {
    throw forbidden(`Only the agency admin or the officer in charge of contract ${contract.id} may do this`);
  }
}

/**
 * What the organisation fills in (choices, action plans, progress): its users once the
 * agency has opened write access, and the contract's managers.
 */
export function assertCanFillContract(ctx: RequestContext, contract: Contract): void {
  const user = currentUser(ctx);
  if (canManageContract(user, contract)) return;
  if (user.role === Role.ORGANISATION_USER && user.organisationId === contract.organisationId) {
    if (contract.organisationCanEdit) return;
    throw forbidden(`The agency has not opened write access to contract ${contract.id} yet`, { rule: "WRITE_ACCESS_CLOSED" });
  }
  throw forbidden(`Contract ${contract.id} is outside your scope`);
}

/** Only an agency opens its own contracts. */
export function assertActsForAgency(ctx: RequestContext, agencyId: number): void {
  const user = currentUser(ctx);
  if (!AGENCY_ROLES.includes(user.role) || user.agencyId !== agencyId) throw forbidden("Only the agency itself opens its contracts", { field: "agencyId" });
}
