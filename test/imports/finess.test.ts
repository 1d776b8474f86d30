import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Role } from "../../src/core/auth/roles";
import { luhnCheckDigit } from "../../src/organisations/finess";
import { startTestApp, type TestApp, type TestClient } from "../support/app";

const FIXTURE = path.join(__dirname, "..", "fixtures", "finess-extract.csv");
const ROOT = path.join(__dirname, "..", "..");

/**
 * A FINESS extract in the public files' format (structureej, structureet and geolocalisation
 * lines; 6 entités juridiques, 22 establishments: 20 in Bourgogne-Franche-Comté, 2 in the
 * Rhône), imported by an agency admin: checked whole, written all or nothing, idempotent.
 */
describe("importing a FINESS extract", () => {
  let app: TestApp;
  let admin: TestClient;
  const text = fs.readFileSync(FIXTURE, "utf8");

  const post = async (client: TestClient, body: string, dryRun: boolean) => {
    const form = new FormData();
    form.set("dryRun", String(dryRun));
    form.set("file", new Blob([body], { type: "text/csv" }), "finess.csv");
    const response = await fetch(`${new URL(app.url).origin}/imports/finess`, { method: "POST", body: form, headers: { authorization: `Bearer ${client.token}` } });
    return { status: response.status, body: (await response.json()) as any };
  };
  const counts = async () => ({
    organisations: Number((await app.db.writer.query(`SELECT COUNT(*) AS n FROM organisation`))[0].n),
    establishments: Number((await app.db.writer.query(`SELECT COUNT(*) AS n FROM establishment`))[0].n),
  });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminOf("27");
  });
  afterAll(() => app?.close());

  it("reports what a dry run would do and writes nothing", async () => {
    const before = await counts();
    const { status, body } = await post(admin, text, true);
    expect(status).toBe(200);
    expect(body.report).toEqual({
      dryRun: true,
      written: false,
      created: { organisations: 5, establishments: 20 },
      updated: { organisations: 0, establishments: 0 },
      unchanged: { organisations: 0, establishments: 0 },
      outsideRegion: 2,
      skipped: 23,
      problems: [],
    });
    expect(await counts()).toEqual(before);
  });

  it("creates the region's organisations and establishments, mapped as the register says; a second import changes nothing", async () => {
    const { body } = await post(admin, text, false);
    expect(body.report).toMatchObject({ written: true, created: { organisations: 5, establishments: 20 }, problems: [] });
    const { organisations } = await admin.ok(`{ organisations(filter: { regionCode: "27" }, take: 100) { items { name finessJuridique legalStatus establishments { name sector category commune postalCode department { code } } } } }`);
    const byName = new Map(organisations.items.map((o: any) => [o.name, o]));
    expect((byName.get("CENTRE HOSPITALIER DE MACON") as any).legalStatus).toBe("PUBLIC");
    expect((byName.get("ASSOCIATION LES AMIS DE LA BRESSE") as any).legalStatus).toBe("PRIVATE_NON_PROFIT");
    expect((byName.get("SAS RESIDENCES DU DOUBS") as any).legalStatus).toBe("PRIVATE_FOR_PROFIT");
    expect((byName.get("CCAS D'AUXERRE") as any).legalStatus).toBe("PUBLIC");
    const sites = new Map(organisations.items.flatMap((o: any) => o.establishments).map((e: any) => [e.name, e]));
    expect(sites.get("IME LA BRESSE")).toMatchObject({ sector: "DISABLED", category: "Institut Médico-Educatif (I.M.E.)", commune: "SORNAY", postalCode: "71500", department: { code: "71" } });
    expect(sites.get("EHPAD LES TILLEULS")).toMatchObject({ sector: "ELDERLY" });
    expect(sites.get("CENTRE HOSPITALIER LES CHANAUX")).toMatchObject({ sector: null });
    // "71000 MACON CEDEX": the commune without its distribution office.
    expect(sites.get("USLD DU CH DE MACON")).toMatchObject({ commune: "MACON" });
    expect(sites.get("FOYER DE VIE DU REVERMONT")).toMatchObject({ sector: "DISABLED", department: { code: "39" } });
    expect(sites.has("IME DE LA CROIX-ROUSSE")).toBe(false);

    const before = await counts();
    const again = await post(admin, text, false);
    expect(again.body.report).toMatchObject({ written: false, created: { organisations: 0, establishments: 0 }, updated: { organisations: 0, establishments: 0 }, unchanged: { organisations: 5, establishments: 20 } });
    expect(await counts()).toEqual(before);
  });

  it("reports every problem with its line and column, and writes none of the file when one line is wrong", async () => {
    const lines = text.trimEnd().split("\n");
    const edited = [...lines];
    // An establishment renamed (an update), a wrong check digit, a routing line without postal code, an unknown entité juridique.
    edited[7] = edited[7].replace(/;CENTRE HOSPITALIER LES CHANAUX;CENTRE HOSPITALIER LES CHANAUX;/, ";CH LES CHANAUX;CENTRE HOSPITALIER DES CHANAUX;");
    const ehpad = edited.findIndex((l) => l.includes("EHPAD LES TILLEULS"));
    edited[ehpad] = edited[ehpad].replace(/^structureet;(\d{8})\d/, (_m, first8: string) => `structureet;${first8}${(Number(lines[ehpad].split(";")[1][8]) + 1) % 10}`);
    const routing = edited.findIndex((l) => l.includes("MAS DU VAL DE SAONE"));
    edited[routing] = edited[routing].replace("21130 AUXONNE", "AUXONNE");
    const orphan = edited.findIndex((l) => l.includes("EHPAD LA COMBE"));
    edited[orphan] = edited[orphan].replace(/^structureet;(\d{9});\d{9};/, `structureet;$1;70000999${luhnCheckDigit("70000999")};`);
    const before = await counts();
    const dry = await post(admin, edited.join("\n"), true);
    expect(dry.status).toBe(200);
    expect(dry.body.report.problems.map((p: any) => [p.line, p.column])).toEqual([
      [ehpad + 1, "nofinesset"],
      [routing + 1, "ligneacheminement"],
      [orphan + 1, "nofinessej"],
    ]);
    expect(dry.body.report.problems[0].message).toMatch(/a une clé erronée/);
    expect(dry.body.report.problems[2].message).toMatch(/n'est ni enregistrée ni dans le fichier/);
    const real = await post(admin, edited.join("\n"), false);
    expect(real.status).toBe(422);
    expect(real.body.report).toMatchObject({ written: false, updated: { establishments: 1 } });
    expect(await counts()).toEqual(before);
    expect((await admin.ok(`{ organisations(filter: { search: "MACON" }) { items { establishments { name } } } }`)).organisations.items[0].establishments.map((e: any) => e.name)).toContain("CENTRE HOSPITALIER LES CHANAUX");
  });

  it("is an agency admin's, for its own region: another region's admin imports the Rhône's lines, an officer may not import", async () => {
    const officer = await app.as({ role: Role.AGENCY_OFFICER, regionCode: "27" });
    const refused = await post(officer, text, true);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const ara = await post(await app.adminOf("84"), text, false);
    expect(ara.body.report).toMatchObject({ written: true, created: { organisations: 1, establishments: 2 }, outsideRegion: 20 });
  });

  it("runs from the command line, the same import", async () => {
    const email = (await app.as({ role: Role.AGENCY_ADMIN, regionCode: "27", email: "cli-admin@ars-bfc.example" })).user!.email;
    const db = app.databaseConfig;
    const env = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: db.kind === "postgres" ? db.url : "", DATABASE_PATH: db.kind === "sqlite" ? db.path : "", DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "cpom-cli-")) };
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "scripts", "import-finess.ts"), ...args], { cwd: ROOT, env }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    const dry = await run([FIXTURE, "--as", email, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, unchanged: { organisations: 5, establishments: 20 } });
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cpom-cli-")), "broken.csv");
    fs.writeFileSync(broken, text.replace("21130 AUXONNE", "AUXONNE"));
    const refused = await run([broken, "--as", email]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/line \d+, ligneacheminement: expected a postal code then the commune/);
  }, 120_000);
});
