import { startTestApp, type TestApp } from "../support/app";
import { contractScenario, createAgency, createEstablishment, createOrganisation, moduleOf, openContract, selectThemes, themeIds } from "../support/builders";

const CREATE_THEME = `mutation($input: CreateThemeInput!) { createTheme(input: $input) { id code title sectors agencyId isExampleContent questions { angle text } moduleType { code } } }`;
const UPDATE_MODULE = `mutation($input: UpdateModuleTypeInput!) { updateModuleType(input: $input) { code title isExampleContent rules { kind value scope } } }`;

const questions = [
  { angle: "ORGANISATION", text: "Q1" },
  { angle: "PEOPLE_SUPPORTED", text: "Q2" },
  { angle: "CIRCLE", text: "Q3" },
  { angle: "TEAM", text: "Q4" },
  { angle: "TERRITORY", text: "Q5" },
];

describe("the module catalogue is data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const moduleVersion = async (code: string) => (await app.ok(`{ moduleTypes { code version } }`)).moduleTypes.find((m: { code: string }) => m.code === code).version;

  it("has the 8 modules of the commode, 5 mandatory and 3 optional, each with its arrow and its rules", async () => {
    const data = await app.ok(`{ moduleTypes { number code title mandatory expectedAtContracting expectedDuring followUpIndicator expectedAtEnd rules { kind value scope description } themes { code } } }`);
    expect(data.moduleTypes.map((m: { number: number; mandatory: boolean }) => [m.number, m.mandatory])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
      [7, false],
      [8, false],
    ]);
    for (const m of data.moduleTypes) {
      for (const key of ["expectedAtContracting", "expectedDuring", "followUpIndicator", "expectedAtEnd"]) expect(m[key].length).toBeGreaterThan(10);
    }
    const [m1, m2, m3] = data.moduleTypes;
    expect(m1.themes).toHaveLength(9);
    expect(m1.rules.map((r: { description: string }) => r.description)).toEqual(["au moins 1 thème", "au plus 5 thèmes par secteur couvert", "au moins 1 action pour chaque thème retenu"]);
    expect(m2.rules[0]).toMatchObject({ kind: "MIN_THEMES", value: 1, scope: "MODULE" });
    expect(m3.rules[0]).toMatchObject({ kind: "MIN_THEMES", value: 1, scope: "MODULE" });
    for (const optional of data.moduleTypes.slice(5)) {
      expect(optional.themes).toEqual([]);
      expect(optional.rules).toContainEqual(expect.objectContaining({ kind: "MAX_THEMES", value: 0, description: "aucun thème" }));
    }
  });

  it("holds thematic fiches: sector, definition, five questions, key points, resources; invented content is marked", async () => {
    const data = await app.ok(`{ themes(filter: { moduleTypeCode: "PREVENTION", sector: DISABLED }) { code sectors definition questions { angle text } keyPoints resources isExampleContent } }`);
    expect(data.themes.length).toBeGreaterThan(3);
    for (const theme of data.themes) {
      expect(theme.sectors).toContain("DISABLED");
      expect(theme.questions).toHaveLength(5);
      expect(theme.definition).not.toBe("");
      expect(theme.isExampleContent).toBe(true);
    }
    expect(data.themes.map((t: { code: string }) => t.code)).not.toContain("M3-CHUTES"); // PA only
  });

  it("lets an agency add its own themes, for its own contracts only", async () => {
    const bfc = await createAgency(app, "27");
    const created = await app.ok(CREATE_THEME, {
      input: { moduleTypeCode: "PREVENTION", code: "BFC-TRANSITION-AGES", title: "Transition entre les âges de la vie", sectors: ["DISABLED"], definition: "Préparer le passage à l'âge adulte et l'avancée en âge.", questions, agencyId: bfc.id },
    });
    expect(created.createTheme).toMatchObject({ code: "BFC-TRANSITION-AGES", agencyId: bfc.id, isExampleContent: false, moduleType: { code: "PREVENTION" } });
    const themeId = created.createTheme.id;

    const common = await app.ok(`{ themes(filter: { moduleTypeCode: "PREVENTION" }) { code } }`);
    expect(common.themes.map((t: { code: string }) => t.code)).not.toContain("BFC-TRANSITION-AGES");
    const own = await app.ok(`query($a: ID!) { themes(filter: { moduleTypeCode: "PREVENTION", agencyId: $a }) { code } }`, { a: bfc.id });
    expect(own.themes.map((t: { code: string }) => t.code)).toContain("BFC-TRANSITION-AGES");

    const { contract } = await contractScenario(app);
    await selectThemes(app, moduleOf(contract, "PREVENTION").id, [themeId]);

    const araAgency = await createAgency(app, "84");
    const ara = await app.adminOf("84");
    const lyon = await createOrganisation(ara, { department: "69", headOfficeRegionCode: "84" });
    await createEstablishment(ara, lyon.id, { departmentCode: "69", sector: "DISABLED", postalCode: "69003", commune: "Lyon" });
    const araContract = await openContract(ara, { organisationId: lyon.id, agencyId: araAgency.id });
    const prevention = moduleOf(araContract, "PREVENTION");
    const error = await ara.fails(`mutation($input: SelectModuleThemesInput!) { selectModuleThemes(input: $input) { id } }`, { input: { moduleId: prevention.id, version: prevention.version, themeIds: [themeId] } });
    // Another agency's theme answers as an unknown one, to read, to choose or to edit.
    const edit = await ara.fails(`mutation($id: ID!) { updateTheme(input: { id: $id, version: 1, title: "x" }) { id } }`, { id: themeId });
    expect(edit.extensions).toEqual({ code: "NOT_FOUND", field: "id" });
    expect(error).toMatchObject({ message: `Thème « ${themeId} » introuvable`, extensions: { code: "NOT_FOUND", field: "themeIds.0" } });
    expect((await ara.ok(`query($id: ID!) { theme(id: $id) { id } }`, { id: themeId })).theme).toBeNull();
  });

  it.each([
    ["four questions", { questions: questions.slice(0, 4) }, "BAD_USER_INPUT", "questions"],
    ["an empty question", { questions: [...questions.slice(0, 4), { angle: "TERRITORY", text: "" }] }, "BAD_USER_INPUT", "questions.4.text"],
    ["no sector", { sectors: [] }, "BAD_USER_INPUT", "sectors"],
    ["a lower-case code", { code: "bad code" }, "BAD_USER_INPUT", "code"],
    ["an existing code", { code: "M3-CHUTES" }, "CONFLICT", "code"],
    ["an unknown module", { moduleTypeCode: "NOPE" }, "BAD_USER_INPUT", "moduleTypeCode"],
    ["a module that takes no themes", { moduleTypeCode: "INSPECTION_CONTROLE" }, "RULE_VIOLATION", "moduleTypeCode"],
    ["an unknown agency", { agencyId: "999999" }, "NOT_FOUND", "agencyId"],
  ])("refuses a theme with %s", async (_label, overrides, code, field) => {
    const error = await app.fails(CREATE_THEME, {
      input: { moduleTypeCode: "PREVENTION", code: "NEW-THEME", title: "Nouveau thème", sectors: ["ELDERLY"], definition: "Définition", questions, ...overrides },
    });
    expect(error.extensions).toMatchObject({ code, field });
  });

  it("lets an agency edit a theme; edited content is no longer marked as an example", async () => {
    const themes = await themeIds(app);
    const data = await app.ok(`mutation($id: ID!) { updateTheme(input: { id: $id, version: 1, definition: "Définition revue par l'agence", keyPoints: ["Un point clé"] }) { definition keyPoints isExampleContent title version } }`, { id: themes["M5-CULTURE-NUMERIQUE"] });
    expect(data.updateTheme).toMatchObject({ definition: "Définition revue par l'agence", keyPoints: ["Un point clé"], isExampleContent: false, version: 2 });
  });

  it("reads the selection limits from the catalogue, so an agency can change them", async () => {
    const themes = await themeIds(app);
    const { contract } = await contractScenario(app);
    const m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    const three = [themes["M1-HABITAT-INCLUSIF"], themes["M1-DOMICILE-RENFORCE"], themes["M1-CENTRE-RESSOURCES"]];
    const original = (await app.ok(`{ moduleTypes { code rules { kind value scope } } }`)).moduleTypes[0].rules;

    const changed = await app.ok(UPDATE_MODULE, {
      input: { code: "TRANSFORMATION_OFFRE", version: await moduleVersion("TRANSFORMATION_OFFRE"), rules: [{ kind: "MIN_THEMES", value: 1, scope: "SECTOR" }, { kind: "MAX_THEMES", value: 2, scope: "SECTOR" }] },
    });
    expect(changed.updateModuleType.rules).toHaveLength(2);
    const refused = await app.fails(`mutation($input: SelectModuleThemesInput!) { selectModuleThemes(input: $input) { id } }`, { input: { moduleId: m1, version: moduleOf(contract, "TRANSFORMATION_OFFRE").version, themeIds: three } });
    expect(refused.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_THEMES" });
    expect(refused.message).toMatch(/admet au plus 2 thèmes pour le secteur personnes âgées \(PA\) ; il en a 3/);

    await app.ok(UPDATE_MODULE, { input: { code: "TRANSFORMATION_OFFRE", version: await moduleVersion("TRANSFORMATION_OFFRE"), rules: original } });
    await selectThemes(app, m1, three);
  });

  it("refuses an inconsistent rule set, and forbidding themes where themes exist", async () => {
    const inconsistent = await app.fails(UPDATE_MODULE, { input: { code: "PREVENTION", version: await moduleVersion("PREVENTION"), rules: [{ kind: "MIN_THEMES", value: 3 }, { kind: "MAX_THEMES", value: 2 }] } });
    expect(inconsistent.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rules" });
    const forbid = await app.fails(UPDATE_MODULE, { input: { code: "PREVENTION", version: await moduleVersion("PREVENTION"), rules: [{ kind: "MAX_THEMES", value: 0 }] } });
    expect(forbid.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MODULE_HAS_THEMES" });
    const negative = await app.fails(UPDATE_MODULE, { input: { code: "PREVENTION", version: await moduleVersion("PREVENTION"), rules: [{ kind: "MIN_ACTIONS", value: -1 }] } });
    expect(negative.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rules.0.value" });
    const rules = (await app.ok(`{ moduleTypes { code rules { kind } } }`)).moduleTypes.find((m: { code: string }) => m.code === "PREVENTION").rules;
    expect(rules.map((r: { kind: string }) => r.kind)).toEqual(["MIN_THEMES", "MIN_ACTIONS_PER_THEME"]);
  });

  it("edits a module's texts", async () => {
    const version = await moduleVersion("EFFICIENCE");
    const stale = await app.fails(UPDATE_MODULE, { input: { code: "EFFICIENCE", version: version + 1, expectedAtEnd: "x" } });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    const data = await app.ok(UPDATE_MODULE, { input: { code: "EFFICIENCE", version, expectedAtEnd: "Un taux d'occupation d'au moins 95 %" } });
    expect(data.updateModuleType).toMatchObject({ code: "EFFICIENCE", isExampleContent: false });
  });
});
