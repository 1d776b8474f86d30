import { randomBytes } from "node:crypto";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { auditCreate } from "../core/audit/audit";
import { RequestContext, type Runtime } from "../core/context";
import { Organisation } from "../organisations/organisation.entities";
import { Agency, Department, Region } from "../territory/territory.entities";
import { User } from "./account.entities";
import { normalizeEmail } from "./account.service";
import { hashPassword, PASSWORD_RULE, passwordProblems } from "./password";
import { userScopeProblem } from "./user-scope";

export interface BootstrapUserInput {
  email: string;
  displayName: string;
  role: Role;
  /** The region whose agency manages the account (registered if missing): every role but department ones, whose department gives it. */
  regionCode?: string;
  /** Organisation users: the organisation's FINESS juridique. */
  organisationFiness?: string;
  /** Department users and department viewers. */
  departmentCode?: string;
  /** When absent, a random password is generated, to be changed at first login. */
  password?: string;
}

/** A random password that meets the rule. */
export function generatePassword(): string {
  return `${randomBytes(12).toString("base64url")}aA1!`;
}

/**
 * Creates an account outside the API, for the first administrator (npm run user:create),
 * with no default password anywhere: the operator gives one, or a random one is shown once
 * and must be changed at first login.
 */
export async function bootstrapUser(runtime: Runtime, input: BootstrapUserInput): Promise<{ user: User; password: string; agencyCreated: boolean }> {
  const ctx = new RequestContext(runtime);
  ctx.operation = "user:create";
  const password = input.password ?? generatePassword();
  const problems = passwordProblems(password);
  if (problems.length) throw new Error(`The password needs ${problems.join(", ")} (rule: ${PASSWORD_RULE})`);
  return ctx.transaction(async () => {
    const em = ctx.tm;
    // Every account is managed by one agency: the one of its region (registered if missing).
    let managingRegion = input.regionCode;
    if (input.departmentCode) {
      const department = await em.findOneBy(Department, { code: input.departmentCode });
      if (!department) throw new Error(`Unknown department ${input.departmentCode}`);
      if (managingRegion && managingRegion !== department.regionCode) throw new Error(`Department ${department.code} is not in region ${managingRegion}`);
      managingRegion = department.regionCode;
    }
    if (!managingRegion) throw new Error(`A ${input.role} needs --region (the region whose agency manages the account)${input.role === Role.VIEWER ? " or --department" : ""}`);
    const region = await em.findOneBy(Region, { code: managingRegion });
    if (!region) throw new Error(`Unknown region ${managingRegion}`);
    let agency = await em.findOneBy(Agency, { regionCode: region.code });
    let agencyCreated = false;
    if (!agency) {
      agency = await em.save(em.create(Agency, { name: `ARS ${region.name}`, regionCode: region.code }));
      await auditCreate(ctx, "Agency", agency, { agencyId: agency.id });
      agencyCreated = true;
    }
    const agencyId = AGENCY_ROLES.includes(input.role) ? agency.id : null;
    let organisationId: number | null = null;
    if (input.organisationFiness) {
      const organisation = await em.findOneBy(Organisation, { finessJuridique: input.organisationFiness });
      if (!organisation) throw new Error(`No organisation with FINESS juridique ${input.organisationFiness}`);
      organisationId = organisation.id;
    }
    const scope = {
      agencyId,
      organisationId,
      departmentCode: input.departmentCode ?? null,
      regionCode: input.role === Role.VIEWER && !input.departmentCode ? region.code : null,
    };
    const problem = userScopeProblem(input.role, scope);
    if (problem) throw new Error(problem.message.in("en"));
    const email = normalizeEmail(input.email);
    if (await em.findOneBy(User, { email })) throw new Error(`An account already exists for ${email}`);
    const user = await em.save(
      em.create(User, {
        email,
        displayName: input.displayName,
        role: input.role,
        ...scope,
        managingAgencyId: agency.id,
        passwordHash: await hashPassword(password),
        mustChangePassword: input.password === undefined,
        active: true,
      }),
    );
    await auditCreate(ctx, "User", user, { agencyId, organisationId });
    return { user, password, agencyCreated };
  });
}
