import { bootstrapUser } from "../../src/accounts/bootstrap";
import { Session } from "../../src/accounts/account.entities";
import { passwordProblems } from "../../src/accounts/password";
import { Role } from "../../src/core/auth/roles";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../support/app";
import { createOrganisation, createEstablishment } from "../support/builders";

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token expiresAt user { email role mustChangePassword } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role mustChangePassword version organisation { name } } }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { mustChangePassword } }`;

describe("accounts and sessions", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: "2026-11-22T10:00:00Z", env: { SESSION_TTL_MINUTES: "480" } });
  });
  afterAll(() => app.close());

  it("logs in with email and password; the token is stored only as an HMAC", async () => {
    const admin = await app.as({ role: Role.AGENCY_ADMIN, regionCode: "27", email: "Jeanne.Martin@ars.example" });
    const data = await app.anonymous.ok(LOGIN, { email: "  jeanne.martin@ARS.example ", password: TEST_PASSWORD });
    expect(data.login.user).toEqual({ email: "jeanne.martin@ars.example", role: "AGENCY_ADMIN", mustChangePassword: false });
    expect(data.login.expiresAt).toBe("2026-11-22T18:00:00.000Z");
    const me = await app.withToken(data.login.token).ok(`{ me { email agency { region { code } } } }`);
    expect(me.me).toEqual({ email: "jeanne.martin@ars.example", agency: { region: { code: "27" } } });
    const sessions = await app.context().em.findBy(Session, { userId: admin.user!.id });
    expect(sessions.map((s) => s.tokenHash)).not.toContain(data.login.token);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it("answers the login with a usable user: its relations are read in the same answer, as the new session", async () => {
    const organisation = await createOrganisation(app, { name: "Association Les Glycines" });
    await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id, email: "direction@glycines.example" });
    const answer = await app.anonymous.gql(
      `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token user { id email agency { id } organisation { id name } region { code } } } }`,
      { email: "direction@glycines.example", password: TEST_PASSWORD },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.login.user).toMatchObject({ email: "direction@glycines.example", agency: null, organisation: { id: organisation.id, name: "Association Les Glycines" }, region: null });
    // The token of the same answer works, and a wrong password still reads nothing.
    expect((await app.withToken(answer.data!.login.token).ok(`{ me { organisation { name } } }`)).me.organisation.name).toBe("Association Les Glycines");
    const wrong = await app.anonymous.gql(`mutation { login(input: { email: "direction@glycines.example", password: "Mauvais-2026!" }) { user { organisation { name } } } }`);
    expect(wrong.data).toBeNull();
    expect(wrong.errors!.map((e) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("answers the same for an unknown email and a wrong password", async () => {
    await app.as({ role: Role.VIEWER, regionCode: "27", email: "viewer@ars.example" });
    const wrong = await app.anonymous.fails(LOGIN, { email: "viewer@ars.example", password: "Wrong-password-1" });
    const unknown = await app.anonymous.fails(LOGIN, { email: "nobody@ars.example", password: "Wrong-password-1" });
    expect(wrong).toMatchObject({ message: "Adresse électronique ou mot de passe erroné", extensions: { code: "UNAUTHENTICATED" } });
    expect(unknown).toMatchObject({ message: "Adresse électronique ou mot de passe erroné", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("an account created by an admin must change its password at first login, to one that meets the rule", async () => {
    const organisation = await createOrganisation(app);
    await createEstablishment(app, organisation.id);
    const created = await app.ok(CREATE_USER, {
      input: { email: "direction@tilleuls.example", displayName: "Direction Les Tilleuls", role: "ORGANISATION_USER", organisationId: organisation.id, temporaryPassword: "Bienvenue-2026" },
    });
    expect(created.createUser).toMatchObject({ role: "ORGANISATION_USER", mustChangePassword: true, organisation: { name: organisation.name } });

    const { login } = await app.anonymous.ok(LOGIN, { email: "direction@tilleuls.example", password: "Bienvenue-2026" });
    expect(login.user.mustChangePassword).toBe(true);
    const user = app.withToken(login.token);
    const blocked = await user.fails(`{ contracts { totalCount } }`);
    expect(blocked.extensions).toMatchObject({ code: "FORBIDDEN", rule: "PASSWORD_CHANGE_REQUIRED" });
    expect((await user.ok(`{ me { mustChangePassword } }`)).me.mustChangePassword).toBe(true);

    const weak = await user.fails(CHANGE, { current: "Bienvenue-2026", next: "password" });
    expect(weak.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword", rule: "PASSWORD_RULE" });
    expect(weak.message).toMatch(/^Le mot de passe doit comporter une majuscule, un chiffre, un caractère spécial \(règle : au moins 8 caractères, dont/);
    const wrongCurrent = await user.fails(CHANGE, { current: "Nope-2026!", next: "Nouveau-mot-2026" });
    expect(wrongCurrent.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });
    const same = await user.fails(CHANGE, { current: "Bienvenue-2026", next: "Bienvenue-2026" });
    expect(same.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });

    const { login: other } = await app.anonymous.ok(LOGIN, { email: "direction@tilleuls.example", password: "Bienvenue-2026" });
    expect((await user.ok(CHANGE, { current: "Bienvenue-2026", next: "Nouveau-mot-2026" })).changePassword.mustChangePassword).toBe(false);
    expect((await user.ok(`{ contracts { totalCount } }`)).contracts.totalCount).toBe(0);
    // The other session ended with the old password; the old password no longer works.
    expect((await app.withToken(other.token).fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");
    expect((await app.anonymous.fails(LOGIN, { email: "direction@tilleuls.example", password: "Bienvenue-2026" })).extensions.code).toBe("UNAUTHENTICATED");
    await app.anonymous.ok(LOGIN, { email: "direction@tilleuls.example", password: "Nouveau-mot-2026" });
  });

  it("limits failed logins per account, then lets the account in again after the window", async () => {
    await app.as({ role: Role.VIEWER, regionCode: "27", email: "target@ars.example" });
    for (let i = 0; i < 5; i += 1) {
      expect((await app.anonymous.fails(LOGIN, { email: "target@ars.example", password: `Guess-${i}-xyz` })).extensions.code).toBe("UNAUTHENTICATED");
    }
    const limited = await app.anonymous.fails(LOGIN, { email: "target@ars.example", password: TEST_PASSWORD });
    expect(limited.extensions.code).toBe("RATE_LIMITED");
    app.clock.set("2026-11-22T10:16:00Z");
    await app.anonymous.ok(LOGIN, { email: "target@ars.example", password: TEST_PASSWORD });
  });

  it("limits failed logins per address, across accounts", async () => {
    app.clock.set("2026-11-22T12:00:00Z");
    await app.as({ role: Role.VIEWER, regionCode: "27", email: "innocent@ars.example" });
    for (let i = 0; i < 20; i += 1) await app.anonymous.fails(LOGIN, { email: `spray${i}@ars.example`, password: "Spray-attack-1" });
    const limited = await app.anonymous.fails(LOGIN, { email: "innocent@ars.example", password: TEST_PASSWORD });
    expect(limited.extensions.code).toBe("RATE_LIMITED");
    app.clock.set("2026-11-22T12:20:00Z");
  });

  it("tokens expire, can be revoked by logging out, and a forged or altered token is refused", async () => {
    app.clock.set("2026-11-23T08:00:00Z");
    await app.as({ role: Role.VIEWER, regionCode: "27", email: "expiry@ars.example" });
    const { login } = await app.anonymous.ok(LOGIN, { email: "expiry@ars.example", password: TEST_PASSWORD });
    const client = app.withToken(login.token);
    await client.ok(`{ me { id } }`);
    const altered = login.token.slice(0, -2) + (login.token.endsWith("A") ? "BB" : "AA");
    expect((await app.withToken(altered).fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");
    expect((await app.withToken("eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQUdFTkNZX0FETUlOIn0.").fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");

    app.clock.set("2026-11-23T16:00:01Z");
    const expired = await client.fails(`{ me { id } }`);
    expect(expired).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expiré/) });

    const { login: second } = await app.anonymous.ok(LOGIN, { email: "expiry@ars.example", password: TEST_PASSWORD });
    const again = app.withToken(second.token);
    expect((await again.ok(`mutation { logout }`)).logout).toBe(true);
    expect((await again.fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");
  });

  it("an admin manages the accounts of its region only", async () => {
    app.clock.set("2026-11-24T08:00:00Z");
    // A fresh session: the default admin's ended two days ago (sessions last 8 hours here).
    const admin = await app.as({ role: Role.AGENCY_ADMIN, regionCode: "27" });
    const bad = async (input: Record<string, unknown>) =>
      (await admin.fails(CREATE_USER, { input: { email: `u${Math.random()}@x.example`, displayName: "X", temporaryPassword: "Temp-pass-2026", ...input } })).extensions;
    expect(await bad({ role: "DEPARTMENT_USER", regionCode: "27" })).toMatchObject({ code: "BAD_USER_INPUT", field: "regionCode" });
    expect(await bad({ role: "VIEWER" })).toMatchObject({ code: "BAD_USER_INPUT", field: "regionCode" });
    expect(await bad({ role: "DEPARTMENT_USER", departmentCode: "69" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await bad({ role: "VIEWER", regionCode: "84" })).toMatchObject({ code: "FORBIDDEN" });
    const ara = (await (await app.adminOf("84")).ok(`{ me { agency { id } } }`)).me.agency.id;
    expect(await bad({ role: "AGENCY_OFFICER", agencyId: ara })).toMatchObject({ code: "FORBIDDEN" });
    expect(await bad({ role: "DEPARTMENT_USER", departmentCode: "71", temporaryPassword: "weakpass" })).toMatchObject({ code: "BAD_USER_INPUT", field: "temporaryPassword" });

    const own = (await admin.ok(`{ me { agency { id } } }`)).me.agency.id;
    const officer = await admin.ok(CREATE_USER, { input: { email: "officer@ars-bfc.example", displayName: "Paul Officer", role: "AGENCY_OFFICER", agencyId: own, temporaryPassword: "Temp-pass-2026" } });
    expect((await bad({ role: "VIEWER", regionCode: "27", email: "OFFICER@ars-bfc.example" })).code).toBe("CONFLICT");
    await admin.ok(CREATE_USER, { input: { email: "cd71@saoneetloire.example", displayName: "CD 71", role: "DEPARTMENT_USER", departmentCode: "71", temporaryPassword: "Temp-pass-2026" } });

    const list = await admin.ok(`{ users(take: 100) { totalCount items { email } } }`);
    const emails = list.users.items.map((u: { email: string }) => u.email);
    expect(emails).toEqual(expect.arrayContaining(["officer@ars-bfc.example", "cd71@saoneetloire.example"]));
    expect(emails.some((e: string) => e.includes("84"))).toBe(false);

    // Deactivating ends the account's sessions and stops its logins.
    const { login } = await app.anonymous.ok(LOGIN, { email: "officer@ars-bfc.example", password: "Temp-pass-2026" });
    await admin.ok(`mutation($id: ID!, $v: Int!) { updateUser(input: { id: $id, version: $v, active: false }) { active } }`, { id: officer.createUser.id, v: officer.createUser.version });
    expect((await app.withToken(login.token).fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");
    expect((await app.anonymous.fails(LOGIN, { email: "officer@ars-bfc.example", password: "Temp-pass-2026" })).extensions.code).toBe("UNAUTHENTICATED");
    const stale = await admin.fails(`mutation($id: ID!, $v: Int!) { updateUser(input: { id: $id, version: $v, active: true }) { active } }`, { id: officer.createUser.id, v: officer.createUser.version });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
  });

  it("creates the first admin from the command line, without any default password", async () => {
    const runtime = app.runtime;
    const generated = await bootstrapUser(runtime, { email: "first@ars-occitanie.example", displayName: "Première admin", role: Role.AGENCY_ADMIN, regionCode: "76" });
    expect(generated.agencyCreated).toBe(true);
    expect(passwordProblems(generated.password)).toEqual([]);
    expect(generated.user.mustChangePassword).toBe(true);
    const { login } = await app.anonymous.ok(LOGIN, { email: "first@ars-occitanie.example", password: generated.password });
    expect(login.user.mustChangePassword).toBe(true);

    const chosen = await bootstrapUser(runtime, { email: "second@ars-occitanie.example", displayName: "Second", role: Role.AGENCY_ADMIN, regionCode: "76", password: "Choisi-par-moi-1" });
    expect(chosen).toMatchObject({ agencyCreated: false, user: { mustChangePassword: false } });
    await expect(bootstrapUser(runtime, { email: "x@y.example", displayName: "X", role: Role.AGENCY_ADMIN, regionCode: "76", password: "weak" })).rejects.toThrow(/password needs/);
    await expect(bootstrapUser(runtime, { email: "second@ars-occitanie.example", displayName: "X", role: Role.AGENCY_ADMIN, regionCode: "76" })).rejects.toThrow(/already exists/);
  });
});
