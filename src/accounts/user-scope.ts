import { Role } from "../core/auth/roles";
import { msg, orList, Worded, type Message } from "../core/i18n/message";

const KEYS = ["agencyId", "organisationId", "departmentCode", "regionCode"] as const;
type ScopeKey = (typeof KEYS)[number];
export type UserScope = Partial<Record<ScopeKey, number | string | null>>;

/** The scope each role is bound to (a viewer watches a region or a department). */
const BOUND: Record<Role, ScopeKey[][]> = {
  [Role.AGENCY_ADMIN]: [["agencyId"]],
  [Role.AGENCY_OFFICER]: [["agencyId"]],
  [Role.ORGANISATION_USER]: [["organisationId"]],
  [Role.DEPARTMENT_USER]: [["departmentCode"]],
  [Role.VIEWER]: [["regionCode"], ["departmentCode"]],
};

/** Null when the scope given is exactly what the role is bound to; else the field at fault. */
export function userScopeProblem(role: Role, scope: UserScope): { field: string; message: Message } | null {
  const given = KEYS.filter((k) => scope[k] != null);
  const options = BOUND[role];
  if (options.some((o) => o.length === given.length && o.every((k) => given.includes(k)))) return null;
  const extra = given.find((k) => !options.some((o) => o.includes(k)));
  const missing = options[0].find((k) => !given.includes(k));
  return { field: extra ?? missing ?? options[0][0], message: msg`A ${role} is bound to ${orList(options.map((o) => new Worded(o.join(" + "))))}, and nothing else` };
}
