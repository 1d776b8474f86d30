import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType, parse, TypeInfo, validate, visit, visitWithTypeInfo, type OperationDefinitionNode } from "graphql";
import { bootstrapUser } from "../../src/accounts/bootstrap";
import { Role } from "../../src/core/auth/roles";
import { medicoSocialWalk, operation, OPERATIONS_DIR, sanitaryWalk, type Runner } from "../../examples/walk";
import { startTestApp, type TestApp } from "../support/app";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const files = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith(".graphql")).sort();
const names = files.map((f) => f.replace(/\.graphql$/, ""));

describe("examples: the README's operations, one file each, run in order on a fresh database", () => {
  it("holds one operation per file, named as its file, valid against the schema", () => {
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8"));
    expect(files.length).toBeGreaterThan(30);
    for (const name of names) {
      const document = parse(operation(name));
      expect(document.definitions).toHaveLength(1);
      expect([name, (document.definitions[0] as OperationDefinitionNode).name?.value]).toEqual([name, name]);
      expect([name, validate(schema, document).map((e) => e.message)]).toEqual([name, []]);
    }
  });

  it("selects the id of every object that has one, so that normalised caches (Apollo, urql) can keep it", () => {
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8"));
    const missing: string[] = [];
    for (const name of names) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(operation(name)),
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node) {
            const type = getNamedType(typeInfo.getType());
            if (!type || !isObjectType(type) || !("id" in type.getFields()) || [schema.getMutationType(), schema.getQueryType()].includes(type)) return;
            if (!node.selections.some((s) => s.kind === "Field" && s.name.value === "id" && !s.alias)) missing.push(`${name}: ${type.name}`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });

  it("is what the README quotes: every GraphQL block of the README is an example file, and every example is in the README", () => {
    const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    const texts = new Map(names.map((name) => [operation(name), name]));
    expect(blocks.filter((block) => !texts.has(block)).map((block) => block.split("\n")[0])).toEqual([]);
    const quoted = new Set(blocks.map((block) => texts.get(block)));
    expect(names.filter((name) => !quoted.has(name))).toEqual([]);
  });

  it("quotes the client set-ups and the codegen configuration as the tests use them", () => {
    for (const file of ["examples/clients/cache.ts", "examples/clients/apollo.ts", "examples/clients/urql.ts", "examples/codegen.ts"]) {
      expect([file, README.includes("```ts\n" + fs.readFileSync(path.join(ROOT, file), "utf8") + "```")]).toEqual([file, true]);
    }
  });

  describe("run as the README tells a user to", () => {
    let app: TestApp;
    const ran = new Set<string>();
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    const run: Runner = async (name, variables, token) => {
      ran.add(name);
      const response = await fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: operation(name), operationName: name, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`${name} failed: ${JSON.stringify(body.errors, null, 2)}`);
      return body.data;
    };

    it("walks through both families of contracts, from the first admin to signed contracts, dashboards and downloads", async () => {
      // `npm run user:create -- --email … --role AGENCY_ADMIN --region 27` (and 84), which prints a temporary password.
      const bfc = await bootstrapUser(app.runtime, { email: "admin@ars-bfc.example", displayName: "Jeanne Martin", role: Role.AGENCY_ADMIN, regionCode: "27" });
      const ara = await bootstrapUser(app.runtime, { email: "admin@ars-ara.example", displayName: "Karim Benali", role: Role.AGENCY_ADMIN, regionCode: "84" });
      const admins = { bfc: { email: bfc.user.email, temporaryPassword: bfc.password }, ara: { email: ara.user.email, temporaryPassword: ara.password } };

      const medicoSocial = await medicoSocialWalk(run, admins);
      expect(medicoSocial.plan.planViolations).toEqual([]);
      expect(medicoSocial.signed.status).toBe("ACTIVE");
      const row = medicoSocial.dashboard.edges.map((e: { node: { name: string } }) => e.node).find((o: { name: string }) => o.name === "Association Les Tilleuls");
      expect(row.progressRate).toBeGreaterThan(0);
      expect(row.moduleRates.map((r: { id: string }) => r.id)).toContain(`${row.id}:TRANSFORMATION_OFFRE`);
      expect(medicoSocial.inbox.unreadNotificationCount).toBeGreaterThan(0);
      expect(medicoSocial.inbox.notifications.edges[0].node.message).toMatch(/Jeanne Martin a .* contrat n° /);
      expect(medicoSocial.preferences.kinds).toContainEqual({ kind: "COMMENT", mode: "DAILY_DIGEST", chosen: true });
      // The notifications of the walk, each as an email to its recipient, wait in the outbox (no SMTP server here).
      expect(medicoSocial.outbox.totalCount).toBeGreaterThan(0);
      expect(medicoSocial.outbox.edges[0].node.status).toBe("PENDING");
      expect(medicoSocial.downloads.exportLinks.map((l: { format: string }) => l.format)).toEqual(expect.arrayContaining(["DOCX", "PDF", "XLSX"]));

      const sanitary = await sanitaryWalk(run, admins);
      expect(sanitary.catalogues[0]).toMatchObject({ name: expect.stringContaining("Auvergne-Rhône-Alpes"), active: true });
      expect(sanitary.contract.status).toBe("ACTIVE");
      expect(sanitary.contract.annex1.length).toBeGreaterThan(0);
      expect(sanitary.contract.careActivities).toMatchObject([{ establishment: { name: "Hôpital Nord-Ouest, site de Villefranche" }, activity: { code: "URGENCES", label: expect.any(String) }, capacity: 40 }]);
      expect(sanitary.contract.financing.totals).toEqual([120000, 120000, 125000, 125000, 130000]);
      expect(sanitary.measured).toBeDefined();
      expect(sanitary.contract.indicatorResults[0]).toMatchObject({ year: 1, met: 1 });

      // Every example was run at least once: none is left to drift.
      expect(names.filter((name) => !ran.has(name))).toEqual([]);
    });
  });
});
