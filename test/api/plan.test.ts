import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createAgency, createEstablishment, createOrganisation, moduleOf, openContract, selectThemes, themeIds, versionOf } from "../support/builders";

const SELECT = `mutation($input: SelectModuleThemesInput!) { selectModuleThemes(input: $input) { id themes { code } } }`;
const SUBMIT = `mutation($id: ID!) { submitPlan(contractId: $id) { id planStatus planSubmittedAt } }`;
const PLAN = `query($id: ID!) { contract(id: $id) { planStatus planViolations { moduleTypeCode rule sector themeId message } modules { moduleType { code } themes { code } } } }`;

describe("composing and submitting an action plan", () => {
  let app: TestApp;
  let themes: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    themes = await themeIds(app);
  });
  afterAll(() => app.close());

  const selected = async (contractId: string, code: string) => {
    const data = await app.ok(PLAN, { id: contractId });
    return data.contract.modules.find((m: { moduleType: { code: string } }) => m.moduleType.code === code).themes.map((t: { code: string }) => t.code);
  };

  it("module 1: at most five briques for each sector the contract covers, one brique in all being enough", async () => {
    const { contract } = await contractScenario(app);
    const m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    // Both sectors are covered (an EHPAD and an IME): six briques concern PH here.
    const sixForPh = ["M1-HABITAT-INCLUSIF", "M1-DOMICILE-RENFORCE", "M1-REPIT-AIDANTS", "M1-FONCTIONNEMENT-DISPOSITIF", "M1-ECOLE-INCLUSIVE", "M1-EMPLOI-ACCOMPAGNE"];
    const error = await app.fails(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: sixForPh.map((c) => themes[c]) } });
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_THEMES", field: "themeIds" });
    expect(error.extensions.violations).toEqual([expect.objectContaining({ rule: "MAX_THEMES", sector: "DISABLED", value: 5 })]);
    expect(await selected(contract.id, "TRANSFORMATION_OFFRE")).toEqual([]);

    // Five for PH and four for PA (three of them shared): six briques in all, accepted.
    const ok = ["M1-HABITAT-INCLUSIF", "M1-DOMICILE-RENFORCE", "M1-REPIT-AIDANTS", "M1-CENTRE-RESSOURCES", "M1-ECOLE-INCLUSIVE", "M1-EMPLOI-ACCOMPAGNE"];
    const data = await app.ok(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: ok.map((c) => themes[c]) } });
    expect(data.selectModuleThemes.themes).toHaveLength(6);

    // "Parmi ces 9 briques, possibilité de n'en choisir qu'une": one brique of the elderly sector only, for a contract covering both sectors.
    await app.ok(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: [themes["M1-CENTRE-RESSOURCES"]] } });
    const plan = await app.ok(PLAN, { id: contract.id });
    expect(plan.contract.planViolations.filter((v: { moduleTypeCode: string; rule: string }) => v.moduleTypeCode === "TRANSFORMATION_OFFRE" && v.rule.endsWith("_THEMES"))).toEqual([]);
  });

  it("refuses themes that do not fit the module or the contract", async () => {
    const { contract } = await contractScenario(app);
    const m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    const wrongModule = await app.fails(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: [themes["M1-HABITAT-INCLUSIF"], themes["M3-CHUTES"]] } });
    expect(wrongModule.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "themeIds.1" });
    const unknown = await app.fails(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: ["999999"] } });
    expect(unknown.extensions).toMatchObject({ code: "NOT_FOUND", field: "themeIds.0" });
    const twice = await app.fails(SELECT, { input: { moduleId: m1, version: await versionOf(app, "contractModule", m1), themeIds: [themes["M1-HABITAT-INCLUSIF"], themes["M1-HABITAT-INCLUSIF"]] } });
    expect(twice.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "themeIds.1" });
    const unknownModule = await app.fails(SELECT, { input: { moduleId: "999999", version: 1, themeIds: [] } });
    expect(unknownModule.extensions).toMatchObject({ code: "NOT_FOUND", field: "moduleId" });

    // An EHPAD-only organisation cannot pick a brique meant for the disabled sector.
    const agency = await createAgency(app, "27");
    const paOnly = await createOrganisation(app);
    await createEstablishment(app, paOnly.id, { sector: "ELDERLY" });
    const paContract = await openContract(app, { organisationId: paOnly.id, agencyId: agency.id });
    const paModule = moduleOf(paContract, "TRANSFORMATION_OFFRE");
    const sector = await app.fails(SELECT, { input: { moduleId: paModule.id, version: paModule.version, themeIds: [themes["M1-ECOLE-INCLUSIVE"]] } });
    expect(sector.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "themeIds.0" });
    expect(sector.message).toMatch(/concerne DISABLED, un secteur que ce contrat ne couvre pas \(ELDERLY\)/);
  });

  it("modules 6 to 8 take no themes", async () => {
    const { contract } = await contractScenario(app, { optionalModules: [{ moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "Déficit structurel" }] });
    const m8 = moduleOf(contract, "ESMS_DIFFICULTE_FINANCIERE");
    const error = await app.fails(SELECT, { input: { moduleId: m8.id, version: m8.version, themeIds: [themes["M4-GESTION-FINANCIERE"]] } });
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MODULE_TAKES_NO_THEMES" });
  });

  it("a theme still used by an action cannot be dropped", async () => {
    const { contract } = await contractScenario(app);
    const m3 = moduleOf(contract, "PREVENTION").id;
    await selectThemes(app, m3, [themes["M3-CHUTES"], themes["M3-NUTRITION"]]);
    const action = await addAction(app, m3, { title: "Atelier équilibre hebdomadaire", themeId: themes["M3-CHUTES"] });
    const error = await app.fails(SELECT, { input: { moduleId: m3, version: await versionOf(app, "contractModule", m3), themeIds: [themes["M3-NUTRITION"]] } });
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "THEME_HAS_ACTIONS", actionIds: [action.id] });
    expect(await selected(contract.id, "PREVENTION")).toEqual(["M3-CHUTES", "M3-NUTRITION"]);
    // Dropping the unused one is fine.
    await selectThemes(app, m3, [themes["M3-CHUTES"]]);
    expect(await selected(contract.id, "PREVENTION")).toEqual(["M3-CHUTES"]);
  });

  it("submission checks every module and reports every violation at once; a fixed plan is submitted", async () => {
    const { contract, ehpad } = await contractScenario(app, { optionalModules: [{ moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "Plan de retour à l'équilibre" }] });
    const error = await app.fails(SUBMIT, { id: contract.id });
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "PLAN_RULES", field: "contractId" });
    const reported = error.extensions.violations.map((v: { moduleTypeCode: string; rule: string; sector: string | null }) => [v.moduleTypeCode, v.rule, v.sector]);
    expect(reported).toEqual([
      // Module 1: at least one brique in all, whatever the sectors covered (at most five per sector).
      ["TRANSFORMATION_OFFRE", "MIN_THEMES", null],
      ["UNE_SEULE_SANTE", "MIN_THEMES", null],
      ["PREVENTION", "MIN_THEMES", null],
      ["EFFICIENCE", "MIN_ACTIONS", null],
      ["TABLEAU_DE_BORD_SI", "MIN_ACTIONS", null],
      ["ESMS_DIFFICULTE_FINANCIERE", "MIN_ACTIONS", null],
    ]);
    // The same list is readable before submitting.
    const before = await app.ok(PLAN, { id: contract.id });
    expect(before.contract.planViolations).toHaveLength(6);
    expect(before.contract.planStatus).toBe("DRAFT");

    const m = (code: string) => moduleOf(contract, code).id;
    await selectThemes(app, m("TRANSFORMATION_OFFRE"), [themes["M1-HABITAT-INCLUSIF"]]);
    await selectThemes(app, m("UNE_SEULE_SANTE"), [themes["M2-ALIMENTATION-DURABLE"]]);
    await selectThemes(app, m("PREVENTION"), [themes["M3-NUTRITION"]]);
    // Themes chosen but not yet turned into actions.
    const halfway = await app.ok(PLAN, { id: contract.id });
    expect(halfway.contract.planViolations.map((v: { rule: string }) => v.rule)).toEqual(["MIN_ACTIONS_PER_THEME", "MIN_ACTIONS_PER_THEME", "MIN_ACTIONS_PER_THEME", "MIN_ACTIONS", "MIN_ACTIONS", "MIN_ACTIONS"]);

    await addAction(app, m("TRANSFORMATION_OFFRE"), { title: "Six logements inclusifs à Mâcon", themeId: themes["M1-HABITAT-INCLUSIF"], establishmentIds: [ehpad.id] });
    await addAction(app, m("UNE_SEULE_SANTE"), { title: "50 % de produits durables", themeId: themes["M2-ALIMENTATION-DURABLE"] });
    await addAction(app, m("PREVENTION"), { title: "Dépistage de la dénutrition à l'admission", themeId: themes["M3-NUTRITION"] });
    await addAction(app, m("EFFICIENCE"), { title: "Taux d'occupation à 95 %" });
    await addAction(app, m("TABLEAU_DE_BORD_SI"), { title: "Déployer le dossier usager informatisé" });
    await addAction(app, m("ESMS_DIFFICULTE_FINANCIERE"), { title: "Retour à l'équilibre en 2028" });

    const submitted = await app.ok(SUBMIT, { id: contract.id });
    expect(submitted.submitPlan).toMatchObject({ planStatus: "SUBMITTED", planSubmittedAt: expect.any(String) });
    const again = await app.fails(SUBMIT, { id: contract.id });
    expect(again.extensions).toMatchObject({ code: "CONFLICT" });

    // Changing the plan sends it back to draft, to be submitted again.
    await addAction(app, m("EFFICIENCE"), { title: "Réduire l'absentéisme" });
    expect((await app.ok(PLAN, { id: contract.id })).contract.planStatus).toBe("DRAFT");
    expect((await app.ok(SUBMIT, { id: contract.id })).submitPlan.planStatus).toBe("SUBMITTED");
  });

  it("a failed submission changes nothing", async () => {
    const { contract } = await contractScenario(app);
    await app.fails(SUBMIT, { id: contract.id });
    const data = await app.ok(`query($id: ID!) { contract(id: $id) { planStatus planSubmittedAt } }`, { id: contract.id });
    expect(data.contract).toEqual({ planStatus: "DRAFT", planSubmittedAt: null });
  });

  it("an archived theme can no longer be chosen, but stays where it was chosen", async () => {
    const { contract } = await contractScenario(app);
    const m2 = moduleOf(contract, "UNE_SEULE_SANTE").id;
    await selectThemes(app, m2, [themes["M2-MOBILITES"]]);
    await app.ok(`mutation($id: ID!, $v: Int!) { updateTheme(input: { id: $id, version: $v, archived: true }) { archived } }`, { id: themes["M2-MOBILITES"], v: await versionOf(app, "theme", themes["M2-MOBILITES"]) });
    await app.ok(`mutation($id: ID!, $v: Int!) { updateTheme(input: { id: $id, version: $v, archived: true }) { archived } }`, { id: themes["M2-DECHETS"], v: await versionOf(app, "theme", themes["M2-DECHETS"]) });
    expect(await selected(contract.id, "UNE_SEULE_SANTE")).toEqual(["M2-MOBILITES"]);
    // Keeping it is fine; adding another archived one is not.
    await selectThemes(app, m2, [themes["M2-MOBILITES"], themes["M2-SOBRIETE-ENERGETIQUE"]]);
    const error = await app.fails(SELECT, { input: { moduleId: m2, version: await versionOf(app, "contractModule", m2), themeIds: [themes["M2-MOBILITES"], themes["M2-DECHETS"]] } });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "themeIds.1" });
    await app.ok(`mutation($id: ID!, $v: Int!) { updateTheme(input: { id: $id, version: $v, archived: false }) { archived } }`, { id: themes["M2-MOBILITES"], v: await versionOf(app, "theme", themes["M2-MOBILITES"]) });
    await app.ok(`mutation($id: ID!, $v: Int!) { updateTheme(input: { id: $id, version: $v, archived: false }) { archived } }`, { id: themes["M2-DECHETS"], v: await versionOf(app, "theme", themes["M2-DECHETS"]) });
  });
});
