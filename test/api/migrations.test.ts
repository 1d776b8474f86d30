import { startTestApp, type TestApp } from "../support/app";

describe("migrations", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("build exactly the schema the entities describe (no pending change)", async () => {
    const pending = await app.db.writer.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("are all applied", async () => {
    expect(await app.db.writer.showMigrations()).toBe(false);
  });
});
