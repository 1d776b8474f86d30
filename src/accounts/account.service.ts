import { IsNull, Not } from "typeorm";
import { forbidden, unauthenticated } from "../core/auth/auth-checker";
import { AGENCY_ROLES, Role, type AuthUser } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict, DomainError, ErrorCode, notFound } from "../core/errors";
import { findOrFail, parseId } from "../core/ids";
import type { Page } from "../core/pagination";
import { assertVersion } from "../core/versioning";
import { accountScope } from "../core/auth/tenant";
import { requireOrganisation } from "../organisations/organisation.access";
import { Agency } from "../territory/territory.entities";
import { requireDepartment, requireRegion } from "../territory/territory.service";
import { Session, User } from "./account.entities";
import { countAttempt, forgiveAttempt } from "./login-throttle";
import type { ChangePasswordInput, CreateUserInput, LoginInput, UpdateUserInput } from "./account.inputs";
import { hashPassword, PASSWORD_RULE, passwordProblems, verifyDecoy, verifyPassword } from "./password";
import { openSession } from "./session.service";
import { userScopeProblem, type UserScope } from "./user-scope";
import { joinMessages, msg } from "../core/i18n/message";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

function checkPassword(password: string, field: string): void {
  const problems = passwordProblems(password);
  if (problems.length) throw badInput(field, msg`The password needs ${joinMessages(problems, ", ")} (rule: ${PASSWORD_RULE})`, { rule: "PASSWORD_RULE" });
}

/** The request identity of a user: its tenant is the agency that manages the account. */
export async function authUserOf(ctx: RequestContext, user: User, sessionId: number): Promise<AuthUser> {
  const tenant = await ctx.em.findOneByOrFail(Agency, { id: user.managingAgencyId });
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    tenantAgencyId: tenant.id,
    regionCode: tenant.regionCode,
    organisationId: user.organisationId,
    departmentCode: user.departmentCode,
    mustChangePassword: user.mustChangePassword,
    sessionId,
  };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/**
 * Logs in with email and password. Attempts are limited per account and per client
 * address over a window: each attempt is counted before its password is checked, so that
 * concurrent attempts past the limit are refused unchecked; a success gives its attempt back.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
  const { auth } = ctx.runtime;
  const email = normalizeEmail(input.email);
  const now = ctx.now();
  const keys = { account: `account:${email}`, address: `address:${ctx.address}` };
  const accountAttempt = await countAttempt(ctx.db, keys.account, now, auth.loginWindowMinutes);
  const addressAttempt = await countAttempt(ctx.db, keys.address, now, auth.loginWindowMinutes);
  if (accountAttempt > auth.maxFailuresPerAccount || addressAttempt > auth.maxFailuresPerAddress) {
    throw new DomainError(ErrorCode.RATE_LIMITED, msg`Too many failed logins: try again in ${auth.loginWindowMinutes} minutes`, { retryAfterSeconds: auth.loginWindowMinutes * 60 });
  }
  const user = await ctx.em.findOneBy(User, { email });
  const valid = user?.active ? await verifyPassword(user.passwordHash, input.password) : (await verifyDecoy(input.password), false);
  if (!user || !valid) throw unauthenticated(msg`Wrong email or password`);
  for (const key of Object.values(keys)) await forgiveAttempt(ctx.db, key);
  // The login acts as the user it authenticates, for the audit trail.
  const identity = await authUserOf(ctx, user, 0);
  const acting = ctx.as(identity);
  acting.operation = "login";
  const result = await acting.transaction(async () => {
    const { token, session } = await openSession(acting.tm, auth, user.id, now);
    await auditCreate(acting, "Session", session, { agencyId: user.agencyId, organisationId: user.organisationId });
    return { token, expiresAt: session.expiresAt, user, sessionId: session.id };
  });
  ctx.signIn({ ...identity, sessionId: result.sessionId });
  return { token: result.token, expiresAt: result.expiresAt, user };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  const user = currentUser(ctx);
  const session = await ctx.tm.findOneByOrFail(Session, { id: user.sessionId });
  const before = snapshot(session);
  session.revokedAt = ctx.now();
  await ctx.tm.save(session);
  await auditUpdate(ctx, "Session", before, session);
  return true;
}

export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<User> {
  const me = currentUser(ctx);
  const user = await ctx.tm.findOneByOrFail(User, { id: me.id });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badInput("currentPassword", msg`The current password is wrong`);
  checkPassword(input.newPassword, "newPassword");
  if (input.newPassword === input.currentPassword) throw badInput("newPassword", msg`The new password must differ from the current one`);
  const before = snapshot(user);
  user.passwordHash = await hashPassword(input.newPassword);
  user.mustChangePassword = false;
  const saved = await ctx.tm.save(user);
  // Other sessions (another browser, a stolen token) end with the old password.
  await ctx.tm.update(Session, { userId: user.id, id: Not(me.sessionId), revokedAt: IsNull() }, { revokedAt: ctx.now() });
  await auditUpdate(ctx, "User", before, saved, { agencyId: user.agencyId, organisationId: user.organisationId });
  return saved;
}

/**
 * What an agency admin may give a new account: its own agency (agency roles), an
 * organisation it sees (an unseen one answers NOT_FOUND), a department or the region of its
 * own region. The account is then managed by the admin's agency (core/auth/tenant.ts).
 */
async function assertCanGrantScope(ctx: RequestContext, role: Role, scope: UserScope): Promise<void> {
  const admin = currentUser(ctx);
  if (AGENCY_ROLES.includes(role)) {
    if (scope.agencyId !== admin.agencyId) throw forbidden(msg`An agency admin creates the accounts of its own agency`, { field: "agencyId" });
  } else if (role === Role.ORGANISATION_USER) {
    await requireOrganisation(ctx, String(scope.organisationId), "organisationId");
  } else if (scope.departmentCode) {
    const department = await requireDepartment(ctx, String(scope.departmentCode), "departmentCode");
    if (department.regionCode !== admin.regionCode) throw forbidden(msg`An agency admin creates department accounts of its own region`, { field: "departmentCode" });
  } else if (scope.regionCode !== admin.regionCode) {
    throw forbidden(msg`An agency admin creates viewers of its own region`, { field: "regionCode" });
  }
}

/** An account the admin's agency manages; any other answers as an unknown id. */
async function requireManagedUser(ctx: RequestContext, raw: string, field: string): Promise<User> {
  const user = await findOrFail(ctx.tm, User, raw, field, msg`User`);
  if (user.managingAgencyId !== currentUser(ctx).tenantAgencyId) throw notFound(msg`User`, raw, field);
  return user;
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  const em = ctx.tm;
  const scope: UserScope = {
    agencyId: input.agencyId ? parseId(input.agencyId, "agencyId") : null,
    organisationId: input.organisationId ? parseId(input.organisationId, "organisationId") : null,
    departmentCode: input.departmentCode || null,
    regionCode: input.regionCode || null,
  };
  const problem = userScopeProblem(input.role, scope);
  if (problem) throw badInput(problem.field, problem.message);
  if (scope.agencyId) await findOrFail(em, Agency, scope.agencyId, "agencyId", msg`Agency`);
  if (scope.regionCode) await requireRegion(ctx, String(scope.regionCode), "regionCode");
  await assertCanGrantScope(ctx, input.role, scope);
  const email = normalizeEmail(input.email);
  if (await em.findOneBy(User, { email })) throw conflict(msg`An account already exists for ${email}`, { field: "email" });
  checkPassword(input.temporaryPassword, "temporaryPassword");
  const user = await em.save(
    em.create(User, {
      email,
      displayName: input.displayName.trim(),
      role: input.role,
      agencyId: (scope.agencyId as number | null) ?? null,
      organisationId: (scope.organisationId as number | null) ?? null,
      departmentCode: (scope.departmentCode as string | null) ?? null,
      regionCode: (scope.regionCode as string | null) ?? null,
      managingAgencyId: currentUser(ctx).tenantAgencyId,
      passwordHash: await hashPassword(input.temporaryPassword),
      mustChangePassword: true,
      active: true,
    }),
  );
  await auditCreate(ctx, "User", user, { agencyId: currentUser(ctx).agencyId, organisationId: user.organisationId });
  return user;
}

export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
  const em = ctx.tm;
  const user = await requireManagedUser(ctx, input.id, "id");
  assertVersion(user, input.version, msg`This account`);
  const before = snapshot(user);
  if (input.displayName != null) user.displayName = input.displayName.trim();
  if (input.active != null) user.active = input.active;
  if (input.temporaryPassword != null) {
    checkPassword(input.temporaryPassword, "temporaryPassword");
    user.passwordHash = await hashPassword(input.temporaryPassword);
    user.mustChangePassword = true;
  }
  const saved = await em.save(user);
  if (input.active === false || input.temporaryPassword != null) {
    await em.update(Session, { userId: user.id, revokedAt: IsNull() }, { revokedAt: ctx.now() });
  }
  await auditUpdate(ctx, "User", before, saved, { agencyId: currentUser(ctx).agencyId, organisationId: user.organisationId });
  return saved;
}

/** The accounts an agency admin manages, by email. */
export async function listUsers(ctx: RequestContext, skip: number, take: number): Promise<Page<User>> {
  const scope = accountScope(currentUser(ctx));
  const [items, totalCount] = await ctx.em
    .createQueryBuilder(User, "u")
    .where(scope.sql, scope.params)
    .orderBy("u.email", "ASC")
    .skip(skip)
    .take(take)
    .getManyAndCount();
  return { items, totalCount };
}

export async function me(ctx: RequestContext): Promise<User> {
  const user = await ctx.em.findOneBy(User, { id: currentUser(ctx).id });
  if (!user) throw notFound(msg`User`, currentUser(ctx).id, "id");
  return user;
}
