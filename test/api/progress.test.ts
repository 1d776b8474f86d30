import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createEstablishment, moduleOf, moveAction, openContract, selectThemes, themeIds } from "../support/builders";

const RATES = `query($id: ID!) { contract(id: $id) {
  progressRate
  modules { progressRate actionCount moduleType { code } actions { progress } }
  organisation { progressRate lastProgressAt moduleRates { moduleType { code } rate actionCount } }
} }`;
const CLOSE = `mutation($input: CloseContractYearInput!) { closeContractYear(input: $input) { year yearStartDate yearEndDate contractRate organisationRate closedAt modules { moduleType { code } rate actionCount } } }`;

describe("the progress-rate indicator", () => {
  let app: TestApp;
  let themes: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ now: "2026-06-01T10:00:00Z" });
    themes = await themeIds(app);
  });
  afterAll(() => app.close());

  it("is computed at action, module, contract and organisation level by the documented formula", async () => {
    const { contract } = await contractScenario(app, { optionalModules: [{ moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "Déficit 2025" }] });
    const m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    await selectThemes(app, m1, [themes["M1-HABITAT-INCLUSIF"]]);
    const a = await addAction(app, m1, { themeId: themes["M1-HABITAT-INCLUSIF"] });
    const b = await addAction(app, m1, { themeId: themes["M1-HABITAT-INCLUSIF"] });
    // a: closure at 100 % → 100; b: planning at 50 % → 30.
    for (const phase of ["PLANNING", "EXECUTION", "MONITORING", "CLOSURE"]) await moveAction(app, a.id, phase, phase === "CLOSURE" ? 100 : 0);
    await moveAction(app, b.id, "PLANNING", 50);
    const effi = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
    await moveAction(app, effi.id, "PLANNING", 0); // 20

    const data = (await app.ok(RATES, { id: contract.id })).contract;
    const rate = (code: string) => data.modules.find((m: { moduleType: { code: string } }) => m.moduleType.code === code);
    expect(rate("TRANSFORMATION_OFFRE")).toMatchObject({ progressRate: 65, actionCount: 2, actions: [{ progress: 100 }, { progress: 30 }] });
    expect(rate("EFFICIENCE")).toMatchObject({ progressRate: 20, actionCount: 1 });
    expect(rate("PREVENTION")).toMatchObject({ progressRate: null, actionCount: 0 });
    expect(rate("ESMS_DIFFICULTE_FINANCIERE")).toMatchObject({ progressRate: null, actionCount: 0 });
    // Five mandatory modules (65, 0, 0, 20, 0); the optional module without action is left out.
    expect(data.progressRate).toBe(17);
    expect(data.organisation.progressRate).toBe(17);
    expect(data.organisation.lastProgressAt).toBe("2026-06-01T10:00:00.000Z");
    expect(data.organisation.moduleRates.map((m: { moduleType: { code: string }; rate: number | null }) => [m.moduleType.code, m.rate])).toEqual([
      ["TRANSFORMATION_OFFRE", 65],
      ["UNE_SEULE_SANTE", null],
      ["PREVENTION", null],
      ["EFFICIENCE", 20],
      ["TABLEAU_DE_BORD_SI", null],
      ["ESMS_DIFFICULTE_FINANCIERE", null],
    ]);

    // An action in the optional module brings it into the mean.
    const has = await addAction(app, moduleOf(contract, "ESMS_DIFFICULTE_FINANCIERE").id);
    await moveAction(app, has.id, "PLANNING", 100); // 40
    expect((await app.ok(RATES, { id: contract.id })).contract.progressRate).toBe((65 + 0 + 0 + 20 + 0 + 40) / 6);
  });

  it("an organisation's rate spans all its medico-social contracts", async () => {
    const { contract, organisation, agency } = await contractScenario(app);
    const m5 = moduleOf(contract, "TABLEAU_DE_BORD_SI").id;
    const action = await addAction(app, m5);
    await moveAction(app, action.id, "PLANNING", 100); // 40 → contract: 40 / 5 = 8
    // A second contract, for another department's establishment.
    const belfort = await createEstablishment(app, organisation.id, { departmentCode: "90", postalCode: "90000", commune: "Belfort" });
    const second = await openContract(app, { organisationId: organisation.id, agencyId: agency.id, establishmentIds: [belfort.id] });
    const other = await addAction(app, moduleOf(second, "TABLEAU_DE_BORD_SI").id);
    await moveAction(app, other.id, "PLANNING", 0); // 20 → contract: 20 / 5 = 4
    const data = await app.ok(`query($id: ID!) { organisation(id: $id) { progressRate moduleRates { moduleType { code } rate actionCount } } }`, { id: organisation.id });
    // Ten mandatory modules, two with actions (40 and 20): 60 / 10.
    expect(data.organisation.progressRate).toBe(6);
    expect(data.organisation.moduleRates.find((m: { moduleType: { code: string } }) => m.moduleType.code === "TABLEAU_DE_BORD_SI")).toEqual({ moduleType: { code: "TABLEAU_DE_BORD_SI" }, rate: 30, actionCount: 2 });
  });

  it("is recorded year after year when a contract year is closed", async () => {
    app.clock.set("2027-01-15T10:00:00Z");
    const { contract, organisation } = await contractScenario(app, { startDate: "2025-01-01" });
    const m4 = moduleOf(contract, "EFFICIENCE").id;
    const action = await addAction(app, m4);
    await moveAction(app, action.id, "PLANNING", 0);

    const first = await app.ok(CLOSE, { input: { contractId: contract.id, year: 1 } });
    expect(first.closeContractYear).toMatchObject({ year: 1, yearStartDate: "2025-01-01", yearEndDate: "2025-12-31", contractRate: 4, organisationRate: 4, closedAt: "2027-01-15T10:00:00.000Z" });
    expect(first.closeContractYear.modules).toHaveLength(5);
    expect(first.closeContractYear.modules[3]).toEqual({ moduleType: { code: "EFFICIENCE" }, rate: 20, actionCount: 1 });

    const twice = await app.fails(CLOSE, { input: { contractId: contract.id, year: 1 } });
    expect(twice.extensions).toMatchObject({ code: "CONFLICT", field: "year" });
    const skipping = await app.fails(CLOSE, { input: { contractId: contract.id, year: 3 } });
    expect(skipping.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "PREVIOUS_YEAR_OPEN" });
    const future = await app.fails(CLOSE, { input: { contractId: contract.id, year: 4 } });
    expect(future.extensions.code).toBe("RULE_VIOLATION");
    const outOfRange = await app.fails(CLOSE, { input: { contractId: contract.id, year: 6 } });
    expect(outOfRange.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });

    await moveAction(app, action.id, "EXECUTION", 50); // 50 → contract 10
    await app.ok(CLOSE, { input: { contractId: contract.id, year: 2 } });
    // Year 3 (2027) has begun: it can be closed early, but year 4 (2028) cannot.
    await app.ok(CLOSE, { input: { contractId: contract.id, year: 3 } });
    const notStarted = await app.fails(CLOSE, { input: { contractId: contract.id, year: 4 } });
    expect(notStarted.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "YEAR_NOT_STARTED" });

    const history = await app.ok(`query($c: ID!, $o: ID!) {
      contract(id: $c) { progressHistory { year contractRate } }
      organisation(id: $o) { progressHistory { year organisationRate contract { id } } }
    }`, { c: contract.id, o: organisation.id });
    expect(history.contract.progressHistory).toEqual([
      { year: 1, contractRate: 4 },
      { year: 2, contractRate: 10 },
      { year: 3, contractRate: 10 },
    ]);
    expect(history.organisation.progressHistory.map((h: { year: number; organisationRate: number }) => [h.year, h.organisationRate])).toEqual([
      [1, 4],
      [2, 10],
      [3, 10],
    ]);
  });
});
