import { Agency } from "../../src/territory/territory.entities";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, moduleOf } from "../support/builders";

describe("transactions", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("a failure after some writes leaves nothing behind", async () => {
    const ctx = app.context();
    await expect(
      ctx.transaction(async () => {
        await ctx.tm.insert(Agency, { name: "ARS Corse", regionCode: "94" });
        expect(await ctx.tm.countBy(Agency, { regionCode: "94" })).toBe(1);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await app.context().em.countBy(Agency, { regionCode: "94" })).toBe(0);
  });

  it("a write outside a transaction is refused", () => {
    expect(() => app.context().tm).toThrow(/outside a transaction/);
  });

  it("readers never see a transaction in progress", async () => {
    const writer = app.context();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const done = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = writer.transaction(async () => {
      await writer.tm.insert(Agency, { name: "ARS Normandie", regionCode: "28" });
      inserted();
      await held;
    });
    await done;
    const during = await app.ok(`{ agencies { name } }`);
    expect(during.agencies.map((a: { name: string }) => a.name)).not.toContain("ARS Normandie");
    release();
    await transaction;
    const after = await app.ok(`{ agencies { name } }`);
    expect(after.agencies.map((a: { name: string }) => a.name)).toContain("ARS Normandie");
  });

  it("many concurrent mutations all succeed, one transaction at a time", async () => {
    const { contract } = await contractScenario(app);
    const moduleId = moduleOf(contract, "EFFICIENCE").id;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => addAction(app, moduleId, { title: `Action concurrente ${i}` })));
    expect(new Set(results.map((r) => r.id)).size).toBe(40);
    const data = await app.ok(`query($id: ID!) { contract(id: $id) { modules { id actionCount } } }`, { id: contract.id });
    expect(data.contract.modules.find((m: { id: string }) => m.id === moduleId).actionCount).toBe(40);
  });
});

describe("SQL statements", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("bind numbers as parameters, so one statement serves every id", () => {
    const sql = (id: number) => app.db.reader.createQueryBuilder(Agency, "a").where("a.id = :id", { id }).getQueryAndParameters();
    const [first, firstParameters] = sql(5);
    const [second, secondParameters] = sql(6);
    expect(first).toBe(second);
    expect([firstParameters, secondParameters]).toEqual([[5], [6]]);
    const insert = app.db.writer.createQueryBuilder().insert().into(Agency).values({ name: "ARS", regionCode: "53", version: 3 }).getQueryAndParameters();
    expect(insert[0].replace(/\$\d+/g, "?")).not.toMatch(/\b3\b/);
    expect(insert[1]).toContain(3);
  });
});
