import { passwordProblems } from "../../src/accounts/password";
import { userScopeProblem } from "../../src/accounts/user-scope";
import { Role } from "../../src/core/auth/roles";
import { ConfigError, loadConfig } from "../../src/core/config";

describe("the password rule (8 characters, upper, lower, digit, special)", () => {
  it.each([
    ["Ars-2026x", []],
    ["Ééé-été1X", []],
    ["Short1!", ["at least 8 characters"]],
    ["alllower1!", ["an upper-case letter"]],
    ["ALLUPPER1!", ["a lower-case letter"]],
    ["NoDigits!!", ["a digit"]],
    ["NoSpecial12", ["a special character"]],
    ["with space1A", ["a special character"]],
    ["", ["at least 8 characters", "an upper-case letter", "a lower-case letter", "a digit", "a special character"]],
  ])("%j lacks %j", (password, problems) => {
    expect(passwordProblems(password).map((p) => p.in("en"))).toEqual(problems);
  });

  it("has an upper bound", () => {
    expect(passwordProblems(`Aa1!${"x".repeat(300)}`).map((p) => p.in("en"))).toEqual(["at most 256 characters"]);
  });
});

describe("the scope each role is bound to", () => {
  it.each([
    [Role.AGENCY_ADMIN, { agencyId: 1 }, null],
    [Role.AGENCY_OFFICER, { agencyId: 1, departmentCode: "71" }, "departmentCode"],
    [Role.AGENCY_ADMIN, {}, "agencyId"],
    [Role.ORGANISATION_USER, { organisationId: 4 }, null],
    [Role.ORGANISATION_USER, { agencyId: 1 }, "agencyId"],
    [Role.DEPARTMENT_USER, { departmentCode: "71" }, null],
    [Role.DEPARTMENT_USER, { regionCode: "27" }, "regionCode"],
    [Role.VIEWER, { regionCode: "27" }, null],
    [Role.VIEWER, { departmentCode: "71" }, null],
    [Role.VIEWER, { regionCode: "27", departmentCode: "71" }, "regionCode"],
    [Role.VIEWER, {}, "regionCode"],
  ])("%s with %j: problem on %s", (role, scope, field) => {
    expect(userScopeProblem(role, scope)?.field ?? null).toBe(field);
  });
});

describe("configuration", () => {
  it("refuses to start in production without a session secret", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", SESSION_SECRET: "short" })).toThrow(/at least 32/);
    const config = loadConfig({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) });
    expect(config.auth).toMatchObject({ sessionSecret: "x".repeat(40), sessionSecretFromEnvironment: true });
    expect(config.explorer).toBe(false);
  });

  it("uses a random secret in development, and rejects bad numbers", () => {
    const a = loadConfig({});
    const b = loadConfig({});
    expect(a.auth.sessionSecretFromEnvironment).toBe(false);
    expect(a.auth.sessionSecret).not.toBe(b.auth.sessionSecret);
    expect(() => loadConfig({ SESSION_TTL_MINUTES: "0" })).toThrow(/positive integer/);
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
  });
});
