import { Redis } from "ioredis";
import { DEFAULT_QUERY_LIMITS } from "../../src/core/config";
import { Role } from "../../src/core/auth/roles";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../support/app";
import { contractScenario, moduleOf } from "../support/builders";
import { testDriver } from "../support/databases";
import { tablesDigest } from "../support/tables";

const post = (app: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(app.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${app.token}`, ...headers }, body });

describe("what one request may ask for", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await app.gql(query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors![0];
  };

  it("refuses a query nested deeper than the limit", async () => {
    const { contract } = await contractScenario(app);
    let selection = "id";
    for (let i = 0; i < 8; i += 1) selection = `modules { contract { ${selection} } }`;
    const error = await refused(`query($id: ID!) { contract(id: $id) { ${selection} } }`, { id: contract.id });
    expect(error.extensions.code).toBe("QUERY_TOO_LARGE");
    expect(error.message).toMatch(/^La requête est imbriquée sur \d+ niveaux ; \d+ au plus sont acceptés$/);
  });

  it("refuses more aliases than the limit", async () => {
    const aliases = Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(" ");
    const error = await refused(`{ ${aliases} }`);
    expect(error.extensions.code).toBe("QUERY_TOO_LARGE");
    expect(error.message).toMatch(/alias/i);
  });

  it("refuses a query whose pages could make it read too much", async () => {
    const page = (i: number) => `p${i}: organisations(take: 100) { items { id name establishments { name } moduleRates { rate moduleType { code title } } progressHistory { year modules { rate } } } }`;
    const error = await refused(`{ ${Array.from({ length: 25 }, (_, i) => page(i)).join(" ")} }`);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: "maxCost" });
    // The same page once is an ordinary dashboard query.
    expect((await app.gql(`{ ${page(0)} }`)).errors).toBeUndefined();
  });

  it("estimates the cost with each request's page sizes, even for a query text it has seen", async () => {
    // The estimate is kept per document and page-size values: the same text with a larger page is estimated again.
    const query = `query($take: Int!, $first: Int, $withRates: Boolean!) {
      a: organisations(take: $take) { items { id establishments { name } moduleRates @include(if: $withRates) { rate moduleType { code title } } progressHistory { year modules { rate } } } }
      b: notifications(first: $first) { items { id } }
    }`;
    expect((await app.gql(query, { take: 10, first: 10, withRates: true })).errors).toBeUndefined();
    const large = (await app.gql(query, { take: 100_000, first: 10, withRates: true })).errors![0];
    expect(large.extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: "maxCost" });
    expect((await app.gql(query, { take: 10, first: 10, withRates: false })).errors).toBeUndefined();
    expect((await app.gql(query, { take: 10, first: 100_000, withRates: true })).errors![0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: "maxCost" });
  });

  it("applies the same limits to subscriptions over WebSocket", async () => {
    const { createClient } = await import("graphql-ws");
    const WebSocket = (await import("ws")).default;
    const client = createClient({ url: app.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${app.token}` } });
    try {
      const aliases = Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: id`).join(" ");
      const errors = await new Promise<readonly { message: string }[]>((resolve, reject) => {
        client.subscribe({ query: `subscription { notificationAdded { ${aliases} } }` }, { next: () => reject(new Error("accepted")), error: (e) => resolve(e as { message: string }[]), complete: () => reject(new Error("completed")) });
      });
      expect(errors[0].message).toMatch(/alias/i);
    } finally {
      await client.dispose();
    }
  });

  it("refuses too many tokens, and a text too long before even parsing it", async () => {
    const tokens = await refused(`{ me { ${Array.from({ length: DEFAULT_QUERY_LIMITS.maxTokens }, () => "id").join(" ")} } }`);
    expect(tokens.extensions.code).toBe("QUERY_TOO_LARGE");
    const response = await post(app, JSON.stringify({ query: `{ me { id } } # ${"x".repeat(100_000)}` }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: "maxCharacters" });
  });
});

describe("a request's time budget", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { REQUEST_TIME_BUDGET_MS: "1" } });
  });
  afterAll(() => app.close());

  it("stops a request past its budget, and a mutation then writes nothing", async () => {
    const before = await tablesDigest(app.db);
    const body = await app.gql(`mutation { createCampaign(input: { name: "Trop lent" }) { id } }`);
    expect(body.errors?.[0].extensions.code).toBe("TIMEOUT");
    expect(body.data ?? null).toBeNull();
    expect(await tablesDigest(app.db)).toBe(before);
  });
});

describe("request rate limits", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_ACCOUNT: "5", RATE_LIMIT_PER_ADDRESS: "8" } });
  });
  afterAll(() => app.close());

  it("refuses an account's requests past its limit with 429 and Retry-After, then the address's", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(app, JSON.stringify({ query: "{ me { id } }" }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(app, JSON.stringify({ query: "{ me { id } }" }));
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await limited.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    // Another account from the same address goes on until the address's own limit (8, the 7 above counted).
    const other = await app.as({ role: Role.VIEWER, regionCode: "27" });
    expect((await other.gql(`{ me { id } }`)).errors).toBeUndefined();
    expect((await other.gql(`{ me { id } }`)).errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
  });
});

/** With REDIS_URL, every server process counts in Redis: two servers share one limit (PostgreSQL run, like the other multi-process tests). */
const onPostgres = testDriver() === "postgres" ? describe : describe.skip;
onPostgres("request rate limits across server processes", () => {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  let app: TestApp;
  beforeAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys("cpom:rate:*");
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    app = await startTestApp({ env: { REDIS_URL: redisUrl, RATE_LIMIT_PER_ACCOUNT: "6", RATE_LIMIT_PER_ADDRESS: "1000" } });
  });
  afterAll(() => app.close());

  it("counts an account's requests on both servers together", async () => {
    const peer = await app.peer();
    try {
      const there = peer.withToken(app.token);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push((await app.gql(`{ me { id } }`)).errors?.[0]?.extensions.code);
        codes.push((await there.gql(`{ me { id } }`)).errors?.[0]?.extensions.code);
      }
      expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, "RATE_LIMITED", "RATE_LIMITED"]);
    } finally {
      await peer.close();
    }
  });
});

describe("login limits under concurrent attempts", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`;
  /** How many of the answers come from a password check (anything but RATE_LIMITED). */
  const checked = (answers: { errors?: { extensions: { code: string } }[] }[]) => answers.filter((a) => a.errors?.[0]?.extensions.code !== "RATE_LIMITED").length;

  it("checks at most the account's limit of 50 simultaneous wrong passwords", async () => {
    app.clock.set("2026-11-22T08:00:00Z");
    const target = await app.as({ role: Role.VIEWER, regionCode: "27", email: "cible@ars.example" });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => app.anonymous.gql(LOGIN, { e: target.user!.email, p: `Mauvais-${i}-2026` })));
    expect(checked(answers)).toBe(app.runtime.auth.maxFailuresPerAccount);
    expect(answers.every((a) => a.errors?.[0]?.extensions.code === "UNAUTHENTICATED" || a.errors?.[0]?.extensions.code === "RATE_LIMITED")).toBe(true);
    // Even the right password waits for the window to pass.
    expect((await app.anonymous.gql(LOGIN, { e: target.user!.email, p: TEST_PASSWORD })).errors?.[0].extensions.code).toBe("RATE_LIMITED");
  });

  it("checks at most the address's limit of 50 simultaneous attempts on 50 accounts", async () => {
    app.clock.set("2026-11-22T09:00:00Z");
    const accounts = [];
    for (let i = 0; i < 50; i += 1) accounts.push(await app.as({ role: Role.VIEWER, regionCode: "27", email: `compte${i}@ars.example` }));
    const answers = await Promise.all(accounts.map((a, i) => app.anonymous.gql(LOGIN, { e: a.user!.email, p: `Mauvais-${i}-2026` })));
    expect(checked(answers)).toBe(app.runtime.auth.maxFailuresPerAddress);
  });

  it("lets a right password in and does not count it as a failure", async () => {
    app.clock.set("2026-11-22T10:00:00Z");
    const user = await app.as({ role: Role.VIEWER, regionCode: "27", email: "fidele@ars.example" });
    for (let i = 0; i < app.runtime.auth.maxFailuresPerAccount + 2; i += 1) {
      expect((await app.anonymous.ok(LOGIN, { e: user.user!.email, p: TEST_PASSWORD })).login.token).toMatch(/^cpom_/);
    }
  });
});

describe("a plan page stays within the limits", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("serves the largest legitimate reads of a gestionnaire's screen", async () => {
    const { contract } = await contractScenario(app);
    const data = await app.ok(
      `query($id: ID!) { contract(id: $id) { id modules { id progressRate moduleType { code title rules { description } themes { code title } } themes { code } actions { id title phase completion progress establishments { name department { code region { code } } } phaseHistory { fromPhase toPhase changedAt } } } years { number startDate } } }`,
      { id: contract.id },
    );
    expect(data.contract.modules.length).toBeGreaterThan(0);
    expect(moduleOf(contract, "PREVENTION")).toBeDefined();
  });
});
