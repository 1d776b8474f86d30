import { In } from "typeorm";
import { parse, type GraphQLResolveInfo } from "graphql";
import { Theme } from "../../src/commode/catalogue.entities";
import { Action, ActionPhaseChange, ContractModule, ModuleTheme } from "../../src/commode/plan.entities";
import { countWhere, keyIn, queryNamed, readLinked, readWhere, readWhereIn, selectedColumns } from "../../src/core/database/entity-reader";
import { selectedFieldNames } from "../../src/core/graphql/selection";
import { Contract } from "../../src/contracts/contract.entities";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, moduleOf, moveAction, selectThemes, themeIds } from "../support/builders";

/** The reads of the loaders (core/database/entity-reader.ts) give what TypeORM's find gives, on both databases. */
describe("the loaders' read: SQL built once, keys in one parameter, the driver's own conversions", () => {
  let app: TestApp;
  let contractId: number;
  let actionIds: number[];
  beforeAll(async () => {
    app = await startTestApp();
    const { contract } = await contractScenario(app);
    contractId = Number(contract.id);
    const prevention = moduleOf(contract, "PREVENTION").id;
    const themes = await themeIds(app);
    await selectThemes(app, prevention, [themes["M3-NUTRITION"], themes["M3-CHUTES"]]);
    actionIds = [];
    for (let i = 0; i < 4; i++) {
      const action = await addAction(app, prevention, { plannedStartDate: "2026-03-01", plannedEndDate: `2027-0${i + 1}-15` });
      actionIds.push(Number(action.id));
    }
    await moveAction(app, String(actionIds[1]), "PLANNING", 50);
    await moveAction(app, String(actionIds[1]), "EXECUTION", 10);
    await moveAction(app, String(actionIds[2]), "PLANNING", 20);
    await moveAction(app, String(actionIds[1]), "PLANNING", 80, "Retour à la planification");
  });
  afterAll(() => app.close());

  it("hydrates every column as TypeORM's find does: instances, dates, booleans, JSON, nulls", async () => {
    const em = app.context().em;
    const modules = await em.findBy(ContractModule, { contractId });
    const byFind = await em.find(ContractModule, { where: { contractId }, order: { id: "ASC" } });
    const byReader = await readWhereIn(em, ContractModule, "contractId", [contractId], [["id", "ASC"]]);
    expect(modules.length).toBeGreaterThanOrEqual(5);
    expect(byReader).toEqual(byFind);
    expect(byReader[0]).toBeInstanceOf(ContractModule);
    expect(byReader[0].updatedAt).toBeInstanceOf(Date);
    expect(typeof byReader[0].mandatory).toBe("boolean");
    const themeIds = (await em.find(Theme, { take: 7, order: { id: "ASC" } })).map((t) => t.id);
    const themes = await readWhereIn(em, Theme, "id", themeIds, [["code", "ASC"]]);
    expect(themes).toEqual(await em.find(Theme, { where: { id: In(themeIds) }, order: { code: "ASC" } }));
    expect(Array.isArray(themes[0].sectors)).toBe(true);
    expect(await readWhereIn(em, Contract, "id", [contractId])).toEqual([await em.findOneByOrFail(Contract, { id: contractId })]);
    // Dates (plain and nullable), texts and numbers of the actions.
    expect(await readWhereIn(em, Action, "id", actionIds, [["id", "ASC"]])).toEqual(await em.find(Action, { where: { id: In(actionIds) }, order: { id: "ASC" } }));
  });

  it("orders as SQL would, in memory for numbers and dates, and answers nothing for no keys", async () => {
    const em = app.context().em;
    const history = await readWhereIn(em, ActionPhaseChange, "actionId", actionIds, [["changedAt", "ASC"], ["id", "ASC"]]);
    expect(history).toEqual(await em.find(ActionPhaseChange, { where: { actionId: In(actionIds) }, order: { changedAt: "ASC", id: "ASC" } }));
    expect(history.map((h) => h.toPhase)).toEqual(["PLANNING", "EXECUTION", "PLANNING", "PLANNING"]);
    const descending = await readWhereIn(em, Action, "id", actionIds, [["id", "DESC"]]);
    expect(descending.map((a) => a.id)).toEqual([...actionIds].sort((a, b) => b - a));
    expect(await readWhereIn(em, Action, "id", [])).toEqual([]);
    expect(await readWhereIn(em, Action, "id", [999_999_999])).toEqual([]);
  });

  it("sends the same statement whatever the number of keys, so the driver keeps it prepared", async () => {
    const em = app.context().em;
    const query = jest.spyOn(em.connection.logger, "logQuery");
    try {
      await readWhereIn(em, Action, "id", actionIds.slice(0, 1));
      await readWhereIn(em, Action, "id", actionIds);
      expect(query).toHaveBeenCalledTimes(2);
      expect(query.mock.calls[0][0]).toBe(query.mock.calls[1][0]);
      expect(query.mock.calls[1][1]).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });

  it("reads only the columns a selection needs: the key, the references to other rows and the fields selected", async () => {
    const document = parse(`query { module { actions { id title ...dates ... on Action { phase } } } } fragment dates on Action { plannedEndDate }`);
    const operation = document.definitions[0] as unknown as { selectionSet: { selections: { selectionSet: { selections: unknown[] } }[] } };
    const actionsNode = operation.selectionSet.selections[0].selectionSet.selections[0];
    const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === "FragmentDefinition").map((d) => [(d as { name: { value: string } }).name.value, d]));
    const info = { fieldNodes: [actionsNode], fragments } as unknown as GraphQLResolveInfo;
    const selected = selectedFieldNames(info);
    expect([...selected].sort()).toEqual(["id", "phase", "plannedEndDate", "title"]);
    const em = app.context().em;
    const columns = selectedColumns(em.connection, Action, selected)!;
    expect(columns).toEqual(["id", "moduleId", "phase", "plannedEndDate", "themeId", "title"]);
    const [narrow] = await readWhereIn(em, Action, "id", [actionIds[1]], [], columns);
    expect(narrow).toMatchObject({ id: actionIds[1], title: expect.any(String), phase: "PLANNING", plannedEndDate: "2027-02-15" });
    expect(narrow.description).toBeUndefined();
    expect(selectedColumns(em.connection, Action, null)).toBeNull();
  });

  it("answers the plan screen's query with the same data as before, a module's actions and their history in order", async () => {
    const plan = await app.ok(
      `query($id: ID!) { contract(id: $id) { modules { moduleType { code } actions { id title phase completion plannedEndDate phaseHistory { fromPhase toPhase fromCompletion toCompletion changedBy comment } } } } }`,
      { id: String(contractId) },
    );
    const prevention = plan.contract.modules.find((m: { moduleType: { code: string } }) => m.moduleType.code === "PREVENTION");
    expect(prevention.actions.map((a: { id: string }) => Number(a.id))).toEqual(actionIds);
    expect(prevention.actions[1]).toMatchObject({ phase: "PLANNING", completion: 80, plannedEndDate: "2027-02-15" });
    expect(prevention.actions[1].phaseHistory).toEqual([
      { fromPhase: "INITIALISATION", toPhase: "PLANNING", fromCompletion: 0, toCompletion: 50, changedBy: expect.any(String), comment: null },
      { fromPhase: "PLANNING", toPhase: "EXECUTION", fromCompletion: 50, toCompletion: 10, changedBy: expect.any(String), comment: null },
      { fromPhase: "EXECUTION", toPhase: "PLANNING", fromCompletion: 10, toCompletion: 80, changedBy: expect.any(String), comment: "Retour à la planification" },
    ]);
  });

  it("runs statements with named parameters converted once: repeated names, lists as one parameter, pages and counts", async () => {
    const em = app.context().em;
    const query = jest.spyOn(em.connection.logger, "logQuery");
    try {
      const sql = `SELECT a.id AS id FROM action a WHERE ${keyIn(em, "a.id", "ids")} AND (a.completion >= :floor OR a.progress >= :floor) ORDER BY a.id`;
      const one = await queryNamed<{ id: number }>(em, { sql, params: { ids: actionIds.slice(0, 1), floor: 0 } });
      const all = await queryNamed<{ id: number }>(em, { sql, params: { ids: actionIds, floor: 0 } });
      expect(one.map((r) => Number(r.id))).toEqual(actionIds.slice(0, 1));
      expect(all.map((r) => Number(r.id))).toEqual(actionIds);
      // One statement text for any list, so the driver keeps it prepared.
      expect(query.mock.calls[0][0]).toBe(query.mock.calls[1][0]);
      expect(query.mock.calls[0][0]).not.toContain(":floor");
    } finally {
      query.mockRestore();
    }
    await expect(queryNamed(em, { sql: "SELECT 1 AS x FROM action WHERE id = :id", params: { id: true } })).rejects.toThrow(/:id must be/);
    await expect(queryNamed(em, { sql: "SELECT 1 AS x FROM action WHERE id IN (:...ids)", params: { ids: [1] } })).rejects.toThrow(/no list parameters/);
    const where = { sql: "a.module_id = :module", params: { module: (await em.findOneByOrFail(Action, { id: actionIds[0] })).moduleId } };
    const page = await readWhere(em, Action, "a", where, "a.id DESC", { skip: 1, take: 2 });
    expect(page).toEqual(await em.find(Action, { where: { moduleId: where.params.module }, order: { id: "DESC" }, skip: 1, take: 2 }));
    expect(page[0]).toBeInstanceOf(Action);
    expect(await countWhere(em, "action", "a", where)).toBe(await em.countBy(Action, { moduleId: where.params.module }));
  });

  it("reads the entities linked to keys through a link table in one statement, as key and entity pairs in order", async () => {
    const em = app.context().em;
    const modules = await em.findBy(ContractModule, { contractId });
    const moduleIds = modules.map((m) => m.id);
    const links = await em.find(ModuleTheme, { where: { moduleId: In(moduleIds) } });
    expect(links.length).toBeGreaterThan(1);
    const query = jest.spyOn(em.connection.logger, "logQuery");
    let linked: [number, Theme][];
    try {
      linked = await readLinked(em, Theme, "t", "JOIN module_theme mt ON mt.theme_id = t.id", "mt.module_id", moduleIds, "t.code ASC, t.id ASC");
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
    const themes = await em.find(Theme, { where: { id: In(links.map((l) => l.themeId)) } });
    const expected = links
      .map((l) => [l.moduleId, themes.find((t) => t.id === l.themeId)!] as [number, Theme])
      .sort(([, a], [, b]) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id));
    expect(linked.map(([key, theme]) => [Number(key), theme])).toEqual(expected);
    expect(linked[0][1]).toBeInstanceOf(Theme);
    expect(await readLinked(em, Theme, "t", "JOIN module_theme mt ON mt.theme_id = t.id", "mt.module_id", [], "t.code")).toEqual([]);
  });
});
