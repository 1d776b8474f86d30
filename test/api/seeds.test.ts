import { runSeeds } from "../../src/app";
import { ModuleType, SelectionRule, Theme } from "../../src/commode/catalogue.entities";
import { Department, Region } from "../../src/territory/territory.entities";
import { startTestApp, type TestApp } from "../support/app";
import { themeIds } from "../support/builders";

describe("reference data from seeds/", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const counts = async () => {
    const em = app.context().em;
    return Promise.all([em.count(Region), em.count(Department), em.count(ModuleType), em.count(SelectionRule), em.count(Theme)]);
  };

  it("loads idempotently: a second start inserts nothing", async () => {
    const before = await counts();
    expect(before).toEqual([18, 101, 8, 15, 32]);
    expect(await runSeeds(app.db)).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("never overwrites what an agency changed through the API", async () => {
    const themes = await themeIds(app);
    await app.ok(`mutation($id: ID!) { updateTheme(input: { id: $id, version: 1, title: "Prévention des chutes et de leurs conséquences" }) { title } }`, { id: themes["M3-CHUTES"] });
    await app.ok(`mutation { updateModuleType(input: { code: "PREVENTION", version: 1, rules: [{ kind: MIN_THEMES, value: 2 }] }) { code } }`);
    await runSeeds(app.db);
    const data = await app.ok(`query($id: ID!) { theme(id: $id) { title } moduleTypes { code rules { kind value } } }`, { id: themes["M3-CHUTES"] });
    expect(data.theme.title).toBe("Prévention des chutes et de leurs conséquences");
    expect(data.moduleTypes.find((m: { code: string }) => m.code === "PREVENTION").rules).toEqual([{ kind: "MIN_THEMES", value: 2 }]);
  });
});
