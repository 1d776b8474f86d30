import { Role } from "../../src/core/auth/roles";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../support/app";
import { createEstablishment, moduleOf } from "../support/builders";
import { buildWorld, type World } from "../support/world";

const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token user { mustChangePassword } } }`;

/**
 * The takeover chain once tried across regions: region 27's admin registers a site of region
 * 84's organisation, creates an account for that organisation, resets the password of region
 * 84's own organisation user, logs in as them, reads region 84's signed contract and adds an
 * action to its plan. The first two steps are legitimate (each agency registers the sites of
 * its region and manages the accounts it creates); every later step must fail, and region
 * 84's data must stay as it was.
 */
describe("the cross-region takeover chain", () => {
  let app: TestApp;
  let world: World;
  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
  }, 120_000);
  afterAll(() => app.close());

  it("stops at the first step that reaches region 84's data, and leaves that data unchanged", async () => {
    const attacker = world.a.users[Role.AGENCY_ADMIN];
    const b = world.b;
    const victim = b.users[Role.ORGANISATION_USER];
    const region84 = async () =>
      b.users[Role.AGENCY_ADMIN].ok(
        `query($c: ID!, $s: ID!) { users(take: 100) { items { id email version active mustChangePassword } } c: contractHistory(contractId: $c) { totalCount } s: contractHistory(contractId: $s) { totalCount } ms: contractVersion(contractId: $c) sanitary: contractVersion(contractId: $s) }`,
        { c: b.contract.id, s: b.sanitary.contractId },
      );
    const before = await region84();

    // 1. A site in region 27 of region 84's organisation: legitimate, by its public FINESS juridique.
    const site = await createEstablishment(attacker, { finessJuridique: b.organisation.finessJuridique }, { departmentCode: "71", postalCode: "71000", commune: "Mâcon" });
    expect(site.id).toBeDefined();

    // 2. An account for that organisation: legitimate, managed by region 27's agency.
    const email = "intrus@region27.example";
    const created = await attacker.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email, displayName: "Intrus", role: "ORGANISATION_USER", organisationId: b.organisation.id, temporaryPassword: "Intrus-2026!" },
    });
    expect(created.createUser.id).toBeDefined();

    // 3. Resetting region 84's organisation user: answered as an unknown account.
    const reset = await attacker.fails(`mutation($id: ID!) { updateUser(input: { id: $id, version: 1, temporaryPassword: "Pirate-2026!" }) { id } }`, { id: String(victim.user!.id) });
    expect(reset).toMatchObject({ message: `Utilisateur « ${victim.user!.id} » introuvable`, extensions: { code: "NOT_FOUND", field: "id" } });
    const listed = (await attacker.ok(`{ users(take: 100) { items { email } } }`)).users.items.map((u: { email: string }) => u.email);
    expect(listed).toContain(email);
    expect(listed).not.toContain(victim.user!.email);

    // 4. Logging in as the victim with the password the attacker tried: refused; the victim's own still works.
    expect((await app.anonymous.fails(LOGIN, { e: victim.user!.email, p: "Pirate-2026!" })).extensions.code).toBe("UNAUTHENTICATED");
    expect((await app.anonymous.ok(LOGIN, { e: victim.user!.email, p: TEST_PASSWORD })).login.token).toMatch(/^cpom_/);

    // 5. The attacker's own organisation account sees nothing of region 84's contracts.
    const login = await app.anonymous.ok(LOGIN, { e: email, p: "Intrus-2026!" });
    const intruder = app.withToken(login.login.token);
    await intruder.ok(`mutation { changePassword(input: { currentPassword: "Intrus-2026!", newPassword: "Intrus-2026!bis" }) { id } }`);
    const seen = await intruder.ok(
      `query($c: ID!, $s: ID!, $o: ID!) { c: contract(id: $c) { id } s: contract(id: $s) { id } contracts { totalCount } organisation(id: $o) { name progressRate establishments { id } progressHistory { year } } }`,
      { c: b.contract.id, s: b.sanitary.contractId, o: b.organisation.id },
    );
    expect(seen).toEqual({ c: null, s: null, contracts: { totalCount: 0 }, organisation: { name: b.organisation.name, progressRate: null, establishments: [{ id: site.id }], progressHistory: [] } });
    for (const [query, variables] of [
      [`query($id: ID!) { contractVersion(contractId: $id) }`, { id: b.sanitary.contractId }],
      [`query($id: ID!) { contractHistory(contractId: $id) { totalCount } }`, { id: b.sanitary.contractId }],
    ] as const) {
      expect((await intruder.fails(query, variables)).extensions).toEqual({ code: "NOT_FOUND", field: "contractId" });
    }

    // 6. Adding an action to region 84's plan: answered as an unknown module.
    const moduleId = moduleOf(b.contract, "PREVENTION").id;
    const added = await intruder.fails(`mutation($id: ID!) { addAction(input: { moduleId: $id, title: "Action pirate" }) { id } }`, { id: moduleId });
    expect(added).toMatchObject({ message: `Module « ${moduleId} » introuvable`, extensions: { code: "NOT_FOUND", field: "moduleId" } });

    // Region 84's accounts, contracts and histories are as they were.
    expect(await region84()).toEqual(before);
    // And region 27's admin never registers a new organisation under the FINESS of region 84's.
    const duplicate = await attacker.fails(`mutation($f: String!) { createOrganisation(input: { name: "Copie", finessJuridique: $f, legalStatus: PUBLIC, headOfficeRegionCode: "27" }) { id } }`, {
      f: b.organisation.finessJuridique,
    });
    expect(duplicate.extensions).toMatchObject({ code: "CONFLICT", field: "finessJuridique" });
    expect(duplicate.message).not.toContain(b.organisation.name);
  });
});
