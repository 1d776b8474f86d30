import { randomBytes } from "node:crypto";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { auditCreate } from "../core/audit/audit";
import { RequestContext, type Runtime } from "../core/context";
import { Organisation } from "../organisations/organisation.entities";
import { Agency, Region } from "../territory/territory.entities";
import { User } from "./account.entities";
import { normalizeEmail } from "./account.service";
import { hashPassword, PASSWORD_RULE, passwordProblems } from "./password";
import { userScopeProblem } from "./user-scope";

export interface BootstrapUserInput {
  email: string;
  displayName: string;
  role: Role;
  /** Agency roles: the agency's region (its agency is registered if missing); region viewers. */
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
    let agencyId: number | null = null;
    let agencyCreated = false;
    if (AGENCY_ROLES.includes(input.role)) {
      if (!input.regionCode) throw new Error(`A ${input.role} needs --region`);
      const region = await em.findOneBy(Region, { code: input.regionCode });
      if (!region) throw new Error(`Unknown region ${input.regionCode}`);
      let agency = await em.findOneBy(Agency, { regionCode: region.code });
      if (!agency) {
        agency = await em.save(em.create(Agency, { name: `ARS ${region.name}`, regionCode: region.code }));
        await auditCreate(ctx, "Agency", agency, { agencyId: agency.id });
        agencyCreated = true;
      }
      agencyId = agency.id;
    }
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
      regionCode: AGENCY_ROLES.includes(input.role) ? null : (input.regionCode ?? null),
    };
    const problem = userScopeProblem(input.role, scope);
    if (problem) throw new Error(problem.message);
    const email = normalizeEmail(input.email);
    if (await em.findOneBy(User, { email })) throw new Error(`An account already exists for ${email}`);
    const user = await em.save(
      em.create(User, {
        email,
        displayName: input.displayName,
        role: input.role,
        ...scope,
        passwordHash: await hashPassword(password),
        mustChangePassword: input.password === undefined,
        active: true,
      }),
    );
    await auditCreate(ctx, "User", user, { agencyId, organisationId });
    return { user, password, agencyCreated };
  });
}
