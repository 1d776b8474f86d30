import { randomBytes } from "node:crypto";
import { startTestApp, type TestApp } from "../support/app";
import { contractScenario, moduleOf } from "../support/builders";

interface Answer {
  status: number;
  type: string | null;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } | null;
}

async function request(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: Answer["json"] = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the test says so
  }
  return { status: response.status, type: response.headers.get("content-type"), text, json };
}

const SUGGESTION = /did you mean/i;

describe.each([
  ["development", {}],
  ["production", { NODE_ENV: "production", SESSION_SECRET: randomBytes(32).toString("hex") }],
])("transport and input errors, in %s", (mode, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env });
  });
  afterAll(() => app.close());

  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => request(app.url, { method: "POST", headers, body });

  it("answers malformed JSON, a wrong content type and an over-large body in JSON, never HTML or a stack", async () => {
    const cases: [Answer, number, string][] = [
      [await post("{ not json"), 400, "BAD_REQUEST"],
      [await post("query { me { id } }", { "content-type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [await post(JSON.stringify({ query: "{ me { id } }", variables: { padding: "x".repeat(2 * 1024 * 1024) } })), 413, "PAYLOAD_TOO_LARGE"],
    ];
    for (const [answer, status, code] of cases) {
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/json/);
      expect(answer.json?.errors?.[0].extensions.code).toBe(code);
      expect(answer.text).not.toMatch(/<html|<pre|at .*\.(js|ts):\d+|node_modules|\/work\//i);
    }
  });

  it("points a subscription sent over HTTP to the WebSocket endpoint", async () => {
    const answer = await post(JSON.stringify({ query: "subscription { notificationAdded { kind } }" }), { "content-type": "application/json", authorization: `Bearer ${app.token}` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0].extensions.code).toBe("BAD_REQUEST");
    expect(answer.json?.errors?.[0].message).toMatch(/WebSocket/);
  });

  it("gives the field of every input error raised on the variables", async () => {
    const { contract } = await contractScenario(app);
    const moduleId = moduleOf(contract, "PREVENTION").id;
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: "1", version: 1, phase: "PLANING" } }, "phase"],
      [`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: "1", version: 1, phase: "PLANNING", phaze: "PLANNING" } }, "phaze"],
      [`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: "1", version: 1 } }, "phase"],
      [`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, { input: { moduleId, title: "A", plannedStartDate: "2027-02-31" } }, "plannedStartDate"],
      [`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, { input: { moduleId, title: "A", establishmentIds: ["1", { id: 2 }] } }, "establishmentIds.1"],
      [`mutation($m: ID!) { addAction(input: { moduleId: $m, title: "A" }) { id } }`, {}, "moduleId"],
      [`mutation($v: Int!) { setActionCompletion(input: { actionId: "1", version: $v, completion: 5 }) { id } }`, { v: "un" }, "version"],
      [`query($id: ID!) { contract(id: $id) { id } }`, { id: { nested: true } }, "id"],
    ];
    for (const [query, variables, field] of cases) {
      const body = await app.gql(query, variables);
      const error = body.errors?.[0];
      expect([query, error?.extensions.code, error?.extensions.field]).toEqual([query, "BAD_USER_INPUT", field]);
      if (mode === "production") expect(error?.message).not.toMatch(SUGGESTION);
    }
  });

  it(mode === "production" ? "suggests no name of the schema, even without a token" : "suggests names while developing", async () => {
    const misspelt = [
      await app.anonymous.gql(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: "1", version: 1, phase: "PLANING" } }),
      await app.anonymous.gql(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: "1", version: 1, phaze: "PLANNING" } }),
      await app.anonymous.gql(`{ me { idd } }`),
      await app.anonymous.gql(`mutation { moveActionToPhase(input: { actionId: "1", version: 1, phase: PLANING }) { id } }`),
    ];
    const messages = misspelt.map((body) => body.errors?.[0]?.message ?? "");
    if (mode === "production") for (const message of messages) expect(message).not.toMatch(SUGGESTION);
    else expect(messages.some((m) => SUGGESTION.test(m))).toBe(true);
  });
});

describe("browsers and other clients", () => {
  const origin = "https://tableau.ars.example";
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { CORS_ORIGINS: `${origin},https://autre.ars.example` } });
  });
  afterAll(() => app.close());

  it("allows the listed origins, with a preflight, and no other", async () => {
    const preflight = (from: string) =>
      fetch(app.url, { method: "OPTIONS", headers: { origin: from, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" } });
    const allowed = await preflight(origin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(origin);
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const refused = await preflight("https://pirate.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const answer = await fetch(app.url, { method: "POST", headers: { origin, "content-type": "application/json", authorization: `Bearer ${app.token}` }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
  });

  it("answers a JSON POST to /graphql, served beside Express, as Express's way answers it", async () => {
    // /graphql exactly goes the direct way (core/server.ts, graphqlPath); with a query string, through Express.
    const via = (url: string, body: string, headers: Record<string, string> = {}) =>
      fetch(url, { method: "POST", headers: { origin, "content-type": "application/json", authorization: `Bearer ${app.token}`, "accept-language": "fr", ...headers }, body });
    const compared = async (body: string, headers?: Record<string, string>) => {
      const [direct, express] = [await via(app.url, body, headers), await via(`${app.url}?via=express`, body, headers)];
      const seen = async (response: Response) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!["date", "x-request-id", "etag", "keep-alive", "connection"].includes(name)) headers[name] = value;
        });
        return { status: response.status, body: await response.text(), headers };
      };
      const [a, b] = [await seen(direct), await seen(express)];
      expect(direct.headers.get("x-request-id")).toMatch(/^[\w.:-]+$/);
      // Two ways indeed: Express adds an ETag to what it sends, the direct way none (a POST's answer is not revalidated).
      if (direct.status === 200) expect([direct.headers.get("etag"), express.headers.get("etag")]).toEqual([null, expect.any(String)]);
      expect(a).toEqual(b);
      return a;
    };
    const ok = await compared(JSON.stringify({ query: "{ me { id } }" }));
    expect(ok.status).toBe(200);
    expect(ok.headers).toMatchObject({ "access-control-allow-origin": origin, "x-content-type-options": "nosniff", "x-frame-options": "SAMEORIGIN" });
    expect((await compared("{ not json")).status).toBe(400);
    expect((await compared(JSON.stringify({ query: `{ me { id ${" ".repeat(30_000)} } }` }))).status).toBe(413);
    const failed = await compared(JSON.stringify({ query: `{ contract(id: "abc") { id } }` }));
    expect(JSON.parse(failed.body).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect((await compared(JSON.stringify({ query: "{ me { id } }" }), { "x-request-id": "trace-42" })).status).toBe(200);
  });

  it("sends secure headers", async () => {
    const response = await fetch(app.url.replace("/graphql", "/health"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age/);
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("serves GET queries to clients that send a non-simple header, and refuses them otherwise (CSRF)", async () => {
    const url = `${app.url}?query=${encodeURIComponent("{ me { id } }")}`;
    const plain = await fetch(url, { headers: { authorization: `Bearer ${app.token}` } });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(url, { headers: { authorization: `Bearer ${app.token}`, "apollo-require-preflight": "true" } });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: { me: { id: string } } }).data.me.id).toBe(String(app.user!.id));
    const mutation = await fetch(`${app.url}?query=${encodeURIComponent("mutation { logout }")}`, { headers: { authorization: `Bearer ${app.token}`, "apollo-require-preflight": "true" } });
    expect(mutation.status).toBe(405);
  });
});
