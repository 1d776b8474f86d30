import { forbidden } from "../core/auth/auth-checker";
import { AGENCY_ROLES } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { establishmentScope, organisationScope } from "../core/auth/tenant";
import type { RequestContext } from "../core/context";
import { findWithinScope } from "../core/ids";
import { Department } from "../territory/territory.entities";
import { Establishment, Organisation } from "./organisation.entities";
import { msg } from "../core/i18n/message";

/**
 * An organisation given by id, if the user may read it (core/auth/tenant.ts); otherwise the
 * NOT_FOUND an unknown id gets.
 */
export async function requireOrganisation(ctx: RequestContext, raw: string | number, field: string): Promise<Organisation> {
  return findWithinScope(ctx.em, Organisation, "o", raw, field, msg`Organisation`, organisationScope(currentUser(ctx)));
}

/** An establishment given by id, if the user may read it; otherwise the NOT_FOUND an unknown id gets. */
export async function requireEstablishment(ctx: RequestContext, raw: string | number, field: string): Promise<Establishment> {
  return findWithinScope(ctx.em, Establishment, "e", raw, field, msg`Establishment`, establishmentScope(currentUser(ctx)));
}

/**
 * An organisation's identity (name, legal status, head office) is kept by the agency of its
 * head office's region and by the agency that registered it; the agencies of the regions
 * where it only has sites register those sites and contract for them.
 */
export function assertCanManageOrganisation(ctx: RequestContext, organisation: Organisation): void {
  const user = currentUser(ctx);
  if (!AGENCY_ROLES.includes(user.role)) throw forbidden(msg`Only an agency changes an organisation`);
  if (organisation.headOfficeRegionCode !== user.regionCode && organisation.registeredByAgencyId !== user.tenantAgencyId) {
    throw forbidden(msg`An organisation's name, status and head office are kept by the agency of its head office's region, or the one that registered it`, { rule: "HEAD_OFFICE_AGENCY" });
  }
}

/** An establishment is registered and kept by the agency of the region of its department. */
export async function assertCanManageDepartment(ctx: RequestContext, departmentCode: string, field: string): Promise<void> {
  const user = currentUser(ctx);
  const department = await ctx.em.findOneBy(Department, { code: departmentCode });
  if (!AGENCY_ROLES.includes(user.role) || !department || department.regionCode !== user.regionCode) {
    throw forbidden(msg`Only the agency of its region registers and keeps an establishment in department ${departmentCode}`, { field });
  }
}
