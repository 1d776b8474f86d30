import { Writable } from "node:stream";
import { createLogger } from "../../src/core/logging";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../support/app";

/** A log sink the test reads: one parsed JSON object per line. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "info", pretty: false }, stream) };
}

describe("structured logs", () => {
  const sink = capture();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ logger: sink.logger });
  });
  afterAll(() => app.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(app.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const lineOf = (id: string) => sink.lines.find((l) => (l.req as { id?: string } | undefined)?.id === id);

  it("writes one line per request with its id, user, operation, duration and error codes, and returns the id", async () => {
    const given = await post({ query: "query Moi { me { id } }" }, { authorization: `Bearer ${app.token}`, "x-request-id": "appel-42" });
    expect(given.headers.get("x-request-id")).toBe("appel-42");
    const made = await post({ query: "{ contract(id: \"abc\") { id } }" }, { authorization: `Bearer ${app.token}`, "x-request-id": "pas un identifiant valable !" });
    const id = made.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(lineOf("appel-42")).toMatchObject({ level: 30, userId: app.user!.id, operation: "Moi", res: { statusCode: 200 }, responseTime: expect.any(Number), req: { method: "POST", url: "/graphql" } });
    expect(lineOf(id)).toMatchObject({ userId: app.user!.id, operation: "contract", errorCodes: ["BAD_USER_INPUT"] });
  });

  it("never writes a password, a token or what a request carries", async () => {
    const login = await post({ query: `mutation { login(input: { email: "${app.user!.email}", password: "${TEST_PASSWORD}" }) { token } }` }, { "x-request-id": "connexion" });
    const { token } = ((await login.json()) as { data: { login: { token: string } } }).data.login;
    await post({ query: `mutation($t: String!) { addComment(input: { contractId: "1", text: $t }) { id } }`, variables: { t: "Texte confidentiel" } }, { authorization: `Bearer ${token}`, "x-request-id": "commentaire" });
    await new Promise((r) => setTimeout(r, 50));
    const everything = JSON.stringify(sink.lines);
    expect(lineOf("connexion")).toMatchObject({ operation: "login" });
    for (const secret of [TEST_PASSWORD, token, app.token!, "Texte confidentiel"]) expect(everything).not.toContain(secret);
  });
});
