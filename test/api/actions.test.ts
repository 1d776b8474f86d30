import { ActionPhaseChange } from "../../src/commode/plan.entities";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createEstablishment, createOrganisation, moduleOf, selectThemes, themeIds, versionOf, type ContractData } from "../support/builders";

const ADD = `mutation($input: AddActionInput!) { addAction(input: $input) { id title phase completion progress personInCharge plannedStartDate plannedEndDate theme { code } establishments { name } } }`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id title description personInCharge plannedStartDate plannedEndDate theme { code } establishments { name } } }`;
const MOVE = `mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id phase completion progress } }`;
const COMPLETE = `mutation($input: SetActionCompletionInput!) { setActionCompletion(input: $input) { id phase completion progress } }`;
const HISTORY = `query($id: ID!) { action(id: $id) { phase completion progress phaseHistory { fromPhase toPhase fromCompletion toCompletion changedAt changedBy comment } } }`;

describe("actions of a module's plan", () => {
  let app: TestApp;
  let themes: Record<string, string>;
  let scenario: Awaited<ReturnType<typeof contractScenario>>;
  let contract: ContractData;
  let m1: string;

  beforeAll(async () => {
    app = await startTestApp({ now: "2027-02-10T09:00:00Z" });
    themes = await themeIds(app);
    scenario = await contractScenario(app);
    contract = scenario.contract;
    m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    await selectThemes(app, m1, [themes["M1-HABITAT-INCLUSIF"], themes["M1-ECOLE-INCLUSIVE"]]);
  });
  afterAll(() => app.close());

  it("adds an action that starts in INITIALISATION at 0 %", async () => {
    const data = await app.ok(ADD, {
      input: {
        moduleId: m1,
        title: "Ouvrir six logements inclusifs à Mâcon",
        description: "Avec l'OPAC de Saône-et-Loire",
        themeId: themes["M1-HABITAT-INCLUSIF"],
        establishmentIds: [scenario.ehpad.id],
        personInCharge: "Directrice de l'EHPAD",
        plannedStartDate: "2026-03-01",
        plannedEndDate: "2027-12-31",
      },
    });
    expect(data.addAction).toMatchObject({
      phase: "INITIALISATION",
      completion: 0,
      progress: 0,
      personInCharge: "Directrice de l'EHPAD",
      plannedStartDate: "2026-03-01",
      plannedEndDate: "2027-12-31",
      theme: { code: "M1-HABITAT-INCLUSIF" },
      establishments: [{ name: "EHPAD Les Tilleuls" }],
    });
  });

  it.each([
    ["a theme not selected in the module", () => ({ themeId: themes["M1-REPIT-AIDANTS"] }), "BAD_USER_INPUT", "themeId"],
    ["an unknown module", () => ({ moduleId: "999999" }), "NOT_FOUND", "moduleId"],
    ["an unknown establishment", () => ({ establishmentIds: ["999999"] }), "NOT_FOUND", "establishmentIds.0"],
    ["a planned start before the contract", () => ({ plannedStartDate: "2025-12-31" }), "BAD_USER_INPUT", "plannedStartDate"],
    ["a planned end after the contract", () => ({ plannedEndDate: "2031-01-01" }), "BAD_USER_INPUT", "plannedEndDate"],
    ["an end before the start", () => ({ plannedStartDate: "2027-06-01", plannedEndDate: "2027-05-31" }), "BAD_USER_INPUT", "plannedEndDate"],
    ["a malformed date", () => ({ plannedStartDate: "01/06/2027" }), "BAD_USER_INPUT", undefined],
    ["no title", () => ({ title: "" }), "BAD_USER_INPUT", "title"],
  ])("refuses %s, writing nothing", async (_label, overrides, code, field) => {
    const before = (await app.ok(`query($id: ID!) { contract(id: $id) { modules { actionCount } } }`, { id: contract.id })).contract;
    const error = await app.fails(ADD, { input: { moduleId: m1, title: "Action", ...overrides() } });
    expect(error.extensions.code).toBe(code);
    if (field) expect(error.extensions.field).toBe(field);
    expect((await app.ok(`query($id: ID!) { contract(id: $id) { modules { actionCount } } }`, { id: contract.id })).contract).toEqual(before);
  });

  it("refuses an establishment of another organisation, or one the contract does not cover", async () => {
    const other = await createOrganisation(app);
    const theirs = await createEstablishment(app, other.id);
    const foreign = await app.fails(ADD, { input: { moduleId: m1, title: "Action", establishmentIds: [theirs.id] } });
    expect(foreign.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentIds.0" });
    expect(foreign.message).toMatch(/n'est pas couvert par ce contrat/);
    // A site of another region answers as an unknown one.
    const lyon = await createEstablishment(await app.adminOf("84"), other, { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    const unseen = await app.fails(ADD, { input: { moduleId: m1, title: "Action", establishmentIds: [lyon.id] } });
    expect(unseen).toMatchObject({ message: `Établissement « ${lyon.id} » introuvable`, extensions: { code: "NOT_FOUND", field: "establishmentIds.0" } });

    const newSite = await createEstablishment(app, scenario.organisation.id, { name: "Résidence autonomie" });
    const uncovered = await app.fails(ADD, { input: { moduleId: m1, title: "Action", establishmentIds: [scenario.ehpad.id, newSite.id] } });
    expect(uncovered.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentIds.1" });
    expect(uncovered.message).toMatch(/n'est pas couvert par ce contrat/);
  });

  it("edits an action, field by field", async () => {
    const action = await addAction(app, m1, { title: "Unité d'enseignement externalisée", themeId: themes["M1-ECOLE-INCLUSIVE"], personInCharge: "Chef de service" });
    const data = await app.ok(UPDATE, { input: { actionId: action.id, version: await versionOf(app, "action", action.id), description: "Au collège Jean Moulin", establishmentIds: [scenario.ime.id], plannedEndDate: "2028-06-30" } });
    expect(data.updateAction).toMatchObject({
      title: "Unité d'enseignement externalisée",
      description: "Au collège Jean Moulin",
      personInCharge: "Chef de service",
      plannedEndDate: "2028-06-30",
      theme: { code: "M1-ECOLE-INCLUSIVE" },
      establishments: [{ name: "IME Les Lilas" }],
    });
    const cleared = await app.ok(UPDATE, { input: { actionId: action.id, version: await versionOf(app, "action", action.id), personInCharge: null, themeId: null } });
    expect(cleared.updateAction).toMatchObject({ personInCharge: null, theme: null });
    const badDates = await app.fails(UPDATE, { input: { actionId: action.id, version: await versionOf(app, "action", action.id), plannedStartDate: "2029-01-01" } });
    expect(badDates.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "plannedEndDate" });
    expect((await app.fails(UPDATE, { input: { actionId: "999999", version: 1, title: "x" } })).extensions).toMatchObject({ code: "NOT_FOUND", field: "actionId" });
  });

  it("moves through the phases one at a time, keeping every change with its date, author and comment", async () => {
    const { id } = await addAction(app, m1, { title: "Habitat partagé à Tournus", themeId: themes["M1-HABITAT-INCLUSIF"] });
    expect((await app.ok(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "PLANNING", completion: 50 } })).moveActionToPhase).toEqual({ id, phase: "PLANNING", completion: 50, progress: 30 });

    const skip = await app.fails(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "MONITORING" } });
    expect(skip.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "PHASE_SKIPPED", field: "phase" });

    app.clock.set("2027-05-02T08:30:00Z");
    await app.ok(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "EXECUTION", completion: 10 } });
    const back = await app.fails(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "PLANNING", completion: 80 } });
    expect(back.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "COMMENT_REQUIRED_TO_GO_BACK", field: "comment" });
    app.clock.set("2027-06-15T14:00:00Z");
    expect((await app.ok(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "PLANNING", completion: 80, comment: "Permis de construire refusé : revoir le montage" } })).moveActionToPhase.progress).toBe(36);

    const history = (await app.ok(HISTORY, { id })).action;
    expect(history).toMatchObject({ phase: "PLANNING", completion: 80, progress: 36 });
    expect(history.phaseHistory).toEqual([
      { fromPhase: "INITIALISATION", toPhase: "PLANNING", fromCompletion: 0, toCompletion: 50, changedAt: "2027-02-10T09:00:00.000Z", changedBy: expect.any(String), comment: null },
      { fromPhase: "PLANNING", toPhase: "EXECUTION", fromCompletion: 50, toCompletion: 10, changedAt: "2027-05-02T08:30:00.000Z", changedBy: expect.any(String), comment: null },
      { fromPhase: "EXECUTION", toPhase: "PLANNING", fromCompletion: 10, toCompletion: 80, changedAt: "2027-06-15T14:00:00.000Z", changedBy: expect.any(String), comment: "Permis de construire refusé : revoir le montage" },
    ]);
  });

  it("records completion within the phase, from 0 to 100", async () => {
    const { id } = await addAction(app, m1, { title: "Colocation accompagnée", themeId: themes["M1-HABITAT-INCLUSIF"] });
    await app.ok(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "PLANNING" } });
    expect((await app.ok(COMPLETE, { input: { actionId: id, version: await versionOf(app, "action", id), completion: 75 } })).setActionCompletion).toEqual({ id, phase: "PLANNING", completion: 75, progress: 35 });
    for (const completion of [101, -1]) {
      const error = await app.fails(COMPLETE, { input: { actionId: id, version: await versionOf(app, "action", id), completion } });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "completion" });
    }
    const moveTooFar = await app.fails(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "EXECUTION", completion: 150 } });
    expect(moveTooFar.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "completion" });
    expect((await app.ok(HISTORY, { id })).action).toMatchObject({ phase: "PLANNING", completion: 75 });
    const unknownPhase = await app.gql(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "DONE" } });
    expect(unknownPhase.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("removes an action and its history; the module's rate follows", async () => {
    const contractRate = async () => (await app.ok(`query($id: ID!) { contract(id: $id) { modules { id progressRate actionCount } } }`, { id: contract.id })).contract.modules.find((m: { id: string }) => m.id === m1);
    const before = await contractRate();
    const { id } = await addAction(app, m1, { title: "Action abandonnée", themeId: themes["M1-HABITAT-INCLUSIF"] });
    await app.ok(MOVE, { input: { actionId: id, version: await versionOf(app, "action", id), phase: "PLANNING", completion: 100 } });
    expect((await contractRate()).actionCount).toBe(before.actionCount + 1);
    const removed = await app.ok(`mutation($id: ID!, $v: Int!) { removeAction(input: { actionId: $id, version: $v }) { id actionCount progressRate } }`, { id, v: await versionOf(app, "action", id) });
    expect(removed.removeAction).toEqual({ id: m1, actionCount: before.actionCount, progressRate: before.progressRate });
    expect(await app.ok(`query($id: ID!) { action(id: $id) { id } }`, { id })).toEqual({ action: null });
    expect(await app.context().em.countBy(ActionPhaseChange, { actionId: Number(id) })).toBe(0);
    expect((await app.fails(`mutation($id: ID!) { removeAction(input: { actionId: $id, version: 1 }) { id } }`, { id })).extensions).toMatchObject({ code: "NOT_FOUND", field: "actionId" });
  });
});
