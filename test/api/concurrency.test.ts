import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, moduleOf, versionOf } from "../support/builders";

const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { title version } }`;

describe("concurrent edits lose nothing", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("of two updates based on the same version, one wins and the other is told", async () => {
    const { contract } = await contractScenario(app);
    const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id, { title: "Version initiale" });
    const version = await versionOf(app, "action", action.id);
    const officer = await app.adminOf("27");
    const results = await Promise.all([
      app.gql(UPDATE, { input: { actionId: action.id, version, title: "Titre de la directrice" } }),
      officer.gql(UPDATE, { input: { actionId: action.id, version, title: "Titre de l'agence" } }),
    ]);
    const winners = results.filter((r) => r.data?.updateAction);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "version", currentVersion: version + 1 });
    const stored = await app.ok(`query($id: ID!) { action(id: $id) { title version } }`, { id: action.id });
    expect(stored.action).toEqual(winners[0].data.updateAction);
  });

  it("a stale phase move or completion is refused too", async () => {
    const { contract } = await contractScenario(app);
    const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
    const version = await versionOf(app, "action", action.id);
    await app.ok(`mutation($input: SetActionCompletionInput!) { setActionCompletion(input: $input) { id } }`, { input: { actionId: action.id, version, completion: 50 } });
    const stale = await app.fails(`mutation($input: SetActionCompletionInput!) { setActionCompletion(input: $input) { id } }`, { input: { actionId: action.id, version, completion: 10 } });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT" });
    expect((await app.ok(`query($id: ID!) { action(id: $id) { completion } }`, { id: action.id })).action.completion).toBe(50);
  });

  it("recomputing rates never makes a module's version stale", async () => {
    const { contract } = await contractScenario(app);
    const module = moduleOf(contract, "EFFICIENCE");
    await addAction(app, module.id);
    expect(await versionOf(app, "contractModule", module.id)).toBe(module.version);
  });
});
