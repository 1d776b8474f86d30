import { startTestApp, type TestApp } from "../support/app";

describe("the server", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("answers a health check", async () => {
    const response = await fetch(app.url.replace("/graphql", "/health"));
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves a GraphQL explorer that needs no internet access", async () => {
    const page = await fetch(app.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("graphiql");
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const reference of references) {
      // Every asset comes from this server, none from a CDN.
      expect(reference).toMatch(/^\/explorer\//);
      const asset = await fetch(new URL(reference, app.url));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(50);
    }
  });

  it("allows introspection in development", async () => {
    const data = await app.ok(`{ __schema { queryType { name } } }`);
    expect(data.__schema.queryType.name).toBe("Query");
  });

  it("reports a malformed query as a client error", async () => {
    const body = await app.gql(`{ regions { nope } }`);
    expect(body.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("tells how many SQL statements a request issued", async () => {
    const body = await app.gql(`{ regions { code } }`);
    // The session lookup, then the regions.
    expect(body.extensions?.sqlStatements).toBe(2);
  });

  it("shows nothing but the login without a valid token", async () => {
    const anonymous = await app.anonymous.fails(`{ regions { code } }`);
    expect(anonymous.extensions.code).toBe("UNAUTHENTICATED");
    const forged = await app.withToken("cpom_forged-token").fails(`{ regions { code } }`);
    expect(forged.extensions.code).toBe("UNAUTHENTICATED");
    expect(forged.message).toMatch(/invalide, expiré ou révoqué/);
    const malformed = await app.anonymous.gql(`{ regions { code } }`);
    expect(malformed.data).toBeNull();
  });
});
