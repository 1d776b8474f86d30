import { cursorAt, pageWindow } from "../../src/core/pagination";
import { startTestApp, type TestApp } from "../support/app";
import { createOrganisation } from "../support/builders";

const ORGANISATIONS = `query($first: Int, $after: String, $skip: Int, $take: Int) {
  organisations(first: $first, after: $after, skip: $skip, take: $take, sort: { field: NAME, direction: ASC }) {
    totalCount
    items { id name }
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe("pagination: cursors (first, after) beside offsets (skip, take)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]) await createOrganisation(app, { name: `Association ${name}` });
  });
  afterAll(() => app.close());

  it("reads the arguments as one window, and refuses mixing the two ways or a cursor it did not give", () => {
    expect(pageWindow({})).toEqual({ skip: 0, take: 20 });
    expect(pageWindow({ first: 3 })).toEqual({ skip: 0, take: 3 });
    expect(pageWindow({ first: 3, after: cursorAt(4) })).toEqual({ skip: 5, take: 3 });
    expect(pageWindow({ skip: 2, take: 5 })).toEqual({ skip: 2, take: 5 });
    expect(() => pageWindow({ first: 3, skip: 1 })).toThrow(/not both/);
    for (const after of ["nonsense", Buffer.from("cursor:-1").toString("base64url"), Buffer.from("cursor:1e3").toString("base64url"), Buffer.from("offset:3").toString("base64url")]) {
      expect(() => pageWindow({ after })).toThrow(/Not a cursor/);
    }
  });

  it("walks the whole list by cursor, in the same order and with the same items as offset pages", async () => {
    const byOffset = (await app.ok(ORGANISATIONS, { skip: 0, take: 100 })).organisations;
    expect(byOffset.totalCount).toBe(7);
    const walked: { id: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await app.ok(ORGANISATIONS, { first: 3, after })).organisations;
      pages += 1;
      expect(page.totalCount).toBe(7);
      expect(page.edges.map((e: { node: unknown }) => e.node)).toEqual(page.items);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      walked.push(...page.items);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(walked).toEqual(byOffset.items);
    // Any edge's cursor continues after that edge.
    const middle = (await app.ok(ORGANISATIONS, { first: 7 })).organisations.edges[3];
    expect((await app.ok(ORGANISATIONS, { first: 2, after: middle.cursor })).organisations.items).toEqual(byOffset.items.slice(4, 6));
  });

  it("answers an empty page past the end with null cursors", async () => {
    const last = (await app.ok(ORGANISATIONS, { first: 7 })).organisations.pageInfo.endCursor;
    expect((await app.ok(ORGANISATIONS, { first: 3, after: last })).organisations).toMatchObject({
      items: [],
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it("answers bad page arguments with BAD_USER_INPUT on the argument at fault", async () => {
    expect((await app.fails(ORGANISATIONS, { first: 3, skip: 2 })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect((await app.fails(ORGANISATIONS, { first: 3, after: "bm9wZQ" })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect((await app.fails(ORGANISATIONS, { first: 0 })).extensions.code).toBe("BAD_USER_INPUT");
    expect((await app.fails(ORGANISATIONS, { first: 101 })).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("pages every list that can grow: users, notifications, contracts, audit, reviews due, and a contract's comments, documents and a module's actions", async () => {
    const schema = await app.ok(`{ __schema { types { name fields { name type { name ofType { name } } args { name } } } } }`);
    const fields = new Map<string, { args: string[]; type: string }>();
    for (const type of schema.__schema.types) for (const field of type.fields ?? []) fields.set(`${type.name}.${field.name}`, { args: field.args.map((a: { name: string }) => a.name), type: field.type.name ?? field.type.ofType?.name });
    for (const path of ["Query.users", "Query.notifications", "Query.organisations", "Query.contracts", "Query.contractHistory", "Query.reviewsDue", "Contract.commentsConnection", "Contract.attachmentsConnection", "ContractModule.actionsConnection"]) {
      expect(fields.get(path)?.args).toEqual(expect.arrayContaining(["first", "after", "skip", "take"]));
      const list = fields.get(path)!.type;
      expect(fields.get(`${list}.edges`)).toBeDefined();
      expect(fields.get(`${list}.pageInfo`)).toBeDefined();
      expect(fields.get(`${list}.totalCount`)).toBeDefined();
    }
  });
});
