import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createOrganisation, moduleOf, versionOf } from "../support/builders";
import { buildWorld, type World } from "../support/world";

const CONTRACT = `query($id: ID!) { contract(id: $id) { id organisation { name } } }`;

describe("each party sees and changes only what is theirs", () => {
  let app: TestApp;
  let world: World;
  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  it("an organisation user of A never reads B", async () => {
    const a = world.a.users[Role.ORGANISATION_USER];
    expect((await a.ok(CONTRACT, { id: world.a.contract.id })).contract.id).toBe(world.a.contract.id);
    for (const [query, id] of [
      [CONTRACT, world.b.contract.id],
      [CONTRACT, world.b.sanitary.contractId],
      [`query($id: ID!) { organisation(id: $id) { id } }`, world.b.organisation.id],
      [`query($id: ID!) { establishment(id: $id) { id } }`, world.b.establishmentId],
      [`query($id: ID!) { action(id: $id) { id } }`, world.b.actionId],
      [`query($id: ID!) { contractModule(id: $id) { id } }`, world.b.contract.modules[0].id],
    ]) {
      // Another tenant's id reads exactly as an unknown one: null, no error.
      expect(await a.ok(query, { id })).toEqual(await a.ok(query, { id: "999999" }));
      expect(Object.values(await a.ok(query, { id }))).toEqual([null]);
    }
    const history = await a.fails(`query($id: ID!) { contractHistory(contractId: $id) { totalCount } }`, { id: world.b.contract.id });
    expect(history.extensions).toEqual({ code: "NOT_FOUND", field: "contractId" });
    const lists = await a.ok(`{ contracts(take: 100) { items { id } } organisations(take: 100) { items { id } } }`);
    expect(lists.contracts.items.map((c: { id: string }) => c.id).sort()).toEqual([world.a.contract.id, world.a.sanitary.contractId].sort());
    expect(lists.organisations.items).toEqual([{ id: world.a.organisation.id }]);
  });

  it("a department user sees the medico-social contracts of its territory only; a viewer reads but never writes", async () => {
    const cd71 = world.a.users[Role.DEPARTMENT_USER];
    expect((await cd71.ok(`{ contracts(take: 100) { items { id } } }`)).contracts.items).toEqual([{ id: world.a.contract.id }]);
    expect((await cd71.ok(CONTRACT, { id: world.b.contract.id })).contract).toBeNull();

    const viewer = world.a.users[Role.VIEWER];
    await viewer.ok(CONTRACT, { id: world.a.contract.id });
    const write = await viewer.fails(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, { input: { moduleId: world.a.contract.modules[0].id, title: "x" } });
    expect(write.extensions).toMatchObject({ code: "FORBIDDEN", rule: "ROLE" });
  });

  it("an organisation edits its plan only once the agency has opened write access, and never deletes", async () => {
    const { contract, organisation } = await contractScenario(app);
    const user = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
    const efficience = moduleOf(contract, "EFFICIENCE").id;
    const closed = await user.fails(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, { input: { moduleId: efficience, title: "Taux d'occupation à 95 %" } });
    expect(closed.extensions).toMatchObject({ code: "FORBIDDEN", rule: "WRITE_ACCESS_CLOSED" });

    await app.ok(`mutation($input: SetOrganisationWriteAccessInput!) { setOrganisationWriteAccess(input: $input) { organisationCanEdit } }`, {
      input: { contractId: contract.id, version: await versionOf(app, "contract", contract.id), open: true },
    });
    const action = await addAction(user, efficience, { title: "Taux d'occupation à 95 %" });
    const remove = await user.fails(`mutation($id: ID!) { removeAction(input: { actionId: $id, version: 1 }) { id } }`, { id: action.id });
    expect(remove.extensions).toMatchObject({ code: "FORBIDDEN", rule: "ROLE" });
    // Module 8 is the agency's to activate (modules 6 and 7 are the organisation's).
    const activate = await user.fails(`mutation($id: ID!) { activateModule(input: { contractId: $id, moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "x" }) { id } }`, { id: contract.id });
    expect(activate.extensions).toMatchObject({ code: "FORBIDDEN", rule: "MODULE_ACTIVATION" });
    // The organisation's own details are the agency's to change.
    const rename = await user.fails(`mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 1, name: "x" }) { id } }`, { id: organisation.id });
    expect(rename.extensions.code).toBe("FORBIDDEN");
  });

  it("an officer manages the contracts assigned to them and reads the rest of the region", async () => {
    const { contract } = await contractScenario(app);
    const assigned = world.a.users[Role.AGENCY_OFFICER];
    await assigned.ok(CONTRACT, { id: contract.id });
    const move = await assigned.fails(`mutation($id: ID!) { closeContractYear(input: { contractId: $id, year: 1 }) { year } }`, { id: contract.id });
    expect(move.extensions.code).toBe("FORBIDDEN");
    await app.ok(`mutation($input: AssignContractOfficerInput!) { assignContractOfficer(input: $input) { officer { id } } }`, {
      input: { contractId: contract.id, version: await versionOf(app, "contract", contract.id), officerId: String(assigned.user!.id) },
    });
    expect((await assigned.ok(`mutation($id: ID!) { closeContractYear(input: { contractId: $id, year: 1 }) { year } }`, { id: contract.id })).closeContractYear.year).toBe(1);
    // Only an officer of the contract's agency can be put in charge: another agency's answers as unknown.
    const other = world.b.users[Role.AGENCY_OFFICER];
    const wrong = await app.fails(`mutation($input: AssignContractOfficerInput!) { assignContractOfficer(input: $input) { id } }`, {
      input: { contractId: contract.id, version: await versionOf(app, "contract", contract.id), officerId: String(other.user!.id) },
    });
    expect(wrong).toMatchObject({ message: `Utilisateur « ${other.user!.id} » introuvable`, extensions: { code: "NOT_FOUND", field: "officerId" } });
    const viewer = await app.fails(`mutation($input: AssignContractOfficerInput!) { assignContractOfficer(input: $input) { id } }`, {
      input: { contractId: contract.id, version: await versionOf(app, "contract", contract.id), officerId: String(world.a.users[Role.VIEWER].user!.id) },
    });
    expect(viewer.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "officerId" });
  });

  it("an agency works in its own region only", async () => {
    const ara = world.b.users[Role.AGENCY_ADMIN];
    expect((await ara.ok(CONTRACT, { id: world.a.contract.id })).contract).toBeNull();
    const organisation = await createOrganisation(app);
    expect((await ara.ok(`query($id: ID!) { organisation(id: $id) { id } }`, { id: organisation.id })).organisation).toBeNull();
  });
});
