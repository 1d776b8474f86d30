import { registerEnumType } from "type-graphql";

/** What a user may do; each role is bound to a scope (an agency, an organisation, a department, a region). */
export enum Role {
  /** An agency's administrator: its catalogue, its users, every contract of its region. */
  AGENCY_ADMIN = "AGENCY_ADMIN",
  /** An agency officer (interlocuteur ARS): manages the contracts assigned to them, reads the rest of the region. */
  AGENCY_OFFICER = "AGENCY_OFFICER",
  /** A person of one organisation: its contracts only, editing what the organisation fills in once the agency opened write access. */
  ORGANISATION_USER = "ORGANISATION_USER",
  /** A person of one department's council: the medico-social contracts concerning its territory. */
  DEPARTMENT_USER = "DEPARTMENT_USER",
  /** Read-only dashboards over a region or a department. */
  VIEWER = "VIEWER",
}
registerEnumType(Role, { name: "Role", description: "What an account may do. Its scope comes with it: its agency, organisation, department or region.", valuesConfig: { VIEWER: { description: "Reads a region's contracts and dashboards, changes nothing." }, ORGANISATION_USER: { description: "An organisation's user (gestionnaire): fills in its contracts." }, DEPARTMENT_USER: { description: "A department's (conseil départemental) user: co-signs medico-social contracts of its department." }, AGENCY_OFFICER: { description: "Agency officer (chargé de mission): follows and signs the agency's contracts." }, AGENCY_ADMIN: { description: "Agency admin: manages the region's accounts, catalogues and every contract of the agency." } } });

export const AGENCY_ROLES = [Role.AGENCY_ADMIN, Role.AGENCY_OFFICER];
export const ALL_ROLES = Object.values(Role);

/** The authenticated person behind a request, with the scope of their role. */
export interface AuthUser {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** Agency roles: their agency (null for the other roles). */
  agencyId: number | null;
  /** The agency that manages the account: the tenant whose data the user sees (see core/auth/tenant.ts). */
  tenantAgencyId: number;
  /** The tenant agency's region: the region the user works in, whatever the role. */
  regionCode: string;
  organisationId: number | null;
  /** DEPARTMENT_USER, or a department VIEWER. */
  departmentCode: string | null;
  mustChangePassword: boolean;
  sessionId: number;
}
