import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { createCatalogue, twoVoletCatalogue } from "../support/sanitary";

const TREE = `id name source defaultMaxObjectives active
  objectiveLimits { category maxObjectives }
  orientations { code title objectives { code title actions {
    code title mandatory note
    concerned { text legalStatuses allOf anyOf noneOf organisationManages }
    indicators { label type unit calculationMethod dataSource collectionPeriod direction }
  } } }`;

/** A catalogue as content: what an agency wrote, without ids and dates. */
const content = ({ id: _id, name: _name, active: _active, ...rest }: Record<string, unknown>) => rest;

/**
 * A sanitary catalogue as the workbook agencies keep it in: the seeded ARA catalogue exported
 * and imported back as a new catalogue is the same catalogue; the IDF two-volet shape too;
 * a workbook with mistakes is refused with each one's sheet, line and column.
 */
describe("a sanitary catalogue, exported and imported as a workbook", () => {
  let app: TestApp;
  let ara: TestClient;
  let origin: string;

  const download = async (client: TestClient, url: string) => Buffer.from(await (await fetch(origin + url, { headers: { authorization: `Bearer ${client.token}` } })).arrayBuffer());
  const upload = async (client: TestClient, bytes: Buffer, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set("file", new Blob([new Uint8Array(bytes)]), "catalogue.xlsx");
    const response = await fetch(`${origin}/imports/sanitary-catalogue`, { method: "POST", body: form, headers: { authorization: `Bearer ${client.token}` } });
    return { status: response.status, body: (await response.json()) as any };
  };
  const tree = async (client: TestClient, id: string) => (await client.ok(`query($id: ID!) { sanitaryCatalogue(id: $id) { ${TREE} } }`, { id })).sanitaryCatalogue;

  beforeAll(async () => {
    app = await startTestApp();
    ara = await app.adminOf("84");
    origin = new URL(app.url).origin;
  });
  afterAll(() => app?.close());

  it("round-trips the seeded ARA catalogue: exported, imported as a new one, the same orientations, objectives, actions, rules and indicators", async () => {
    const [seeded] = (await ara.ok(`{ sanitaryCatalogues(regionCode: "84") { id exportLinks { format url } } }`)).sanitaryCatalogues;
    expect(seeded.exportLinks).toEqual([{ format: "XLSX", url: `/exports/catalogues/${seeded.id}.xlsx` }]);
    const workbook = await download(ara, seeded.exportLinks[0].url);
    const dry = await upload(ara, workbook, { dryRun: "true", name: "ARA réimporté" });
    expect(dry.body.report).toMatchObject({ dryRun: true, written: false, catalogueId: null, counts: { orientations: 3, objectives: 13, actions: 64, indicators: 122 }, problems: [] });
    expect((await ara.ok(`{ sanitaryCatalogues(regionCode: "84") { id } }`)).sanitaryCatalogues).toHaveLength(1);
    const real = await upload(ara, workbook, { name: "ARA réimporté" });
    expect(real.status).toBe(200);
    expect(real.body.report).toMatchObject({ written: true, name: "ARA réimporté" });
    const [original, copy] = [await tree(ara, seeded.id), await tree(ara, real.body.report.catalogueId)];
    expect(copy.name).toBe("ARA réimporté");
    expect(copy.active).toBe(false);
    expect(content(copy)).toEqual(content(original));
  });

  it("round-trips the IDF two-volet shape", async () => {
    const admin = await app.adminOf("11");
    const created = await createCatalogue(admin, twoVoletCatalogue("CPOM IDF 2022"));
    const workbook = await download(admin, `/exports/catalogues/${created.id}.xlsx`);
    const { body } = await upload(admin, workbook, { name: "CPOM IDF 2022 (copie)" });
    expect(body.report).toMatchObject({ written: true, counts: { orientations: 2, objectives: 4, actions: 5, indicators: 5 } });
    expect(content(await tree(admin, body.report.catalogueId))).toEqual(content(await tree(admin, created.id)));
  });

  it("refuses a workbook with mistakes, each with its sheet, line and column, and writes nothing", async () => {
    const admin = await app.adminOf("11");
    const [catalogue] = (await admin.ok(`{ sanitaryCatalogues(regionCode: "11") { id } }`)).sanitaryCatalogues;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(admin, `/exports/catalogues/${catalogue.id}.xlsx`)) as unknown as ArrayBuffer);
    book.getWorksheet("Actions")!.getRow(3).getCell(7).value = "peut-être";
    book.getWorksheet("Indicateurs")!.getRow(2).getCell(3).value = "POURCENTAGE";
    book.getWorksheet("Indicateurs")!.addRow(["V9.9.9", "Indicateur orphelin", "COUNT", null, null, "ESTABLISHMENT", null, "HIGHER_IS_BETTER"]);
    const broken = Buffer.from(await book.xlsx.writeBuffer());
    const before = (await admin.ok(`{ sanitaryCatalogues(regionCode: "11") { id } }`)).sanitaryCatalogues.length;
    const { status, body } = await upload(admin, broken, { name: "Cassé" });
    expect(status).toBe(422);
    expect(body.report.problems.map((p: any) => [p.sheet, p.line, p.column])).toEqual([
      ["Actions", 3, "Obligatoire"],
      ["Indicateurs", 2, "Type"],
      ["Indicateurs", 7, "Action"],
    ]);
    // A rule of the API itself (a blank title), reported at the row it came from.
    book.getWorksheet("Actions")!.getRow(3).getCell(7).value = "oui";
    book.getWorksheet("Indicateurs")!.getRow(2).getCell(3).value = "TEXT";
    book.getWorksheet("Indicateurs")!.spliceRows(7, 1);
    book.getWorksheet("Actions")!.getRow(4).getCell(6).value = " ";
    const blank = await upload(admin, Buffer.from(await book.xlsx.writeBuffer()), { name: "Titre vide", dryRun: "true" });
    expect(blank.body.report.problems).toEqual([expect.objectContaining({ sheet: "Actions", line: 4, column: "title" })]);
    expect((await admin.ok(`{ sanitaryCatalogues(regionCode: "11") { id } }`)).sanitaryCatalogues).toHaveLength(before);
    const notAnXlsx = await upload(admin, Buffer.from("not a workbook"), { dryRun: "true" });
    expect(notAnXlsx.body.report.problems[0].message).toMatch(/^Le fichier n'est pas un classeur Excel \(XLSX\)/);
  });

  it("runs from the command line, the same import", async () => {
    const admin = await app.as({ role: Role.AGENCY_ADMIN, regionCode: "11", email: "cli-catalogue@ars-idf.example" });
    const [catalogue] = (await admin.ok(`{ sanitaryCatalogues(regionCode: "11") { id } }`)).sanitaryCatalogues;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cpom-cli-")), "catalogue.xlsx");
    fs.writeFileSync(file, await download(admin, `/exports/catalogues/${catalogue.id}.xlsx`));
    const db = app.databaseConfig;
    const env = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: db.kind === "postgres" ? db.url : "", DATABASE_PATH: db.kind === "sqlite" ? db.path : "", DOCUMENTS_DIR: path.dirname(file) };
    const script = path.join(__dirname, "..", "..", "scripts", "import-catalogue.ts");
    const { stdout } = await promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", script, file, "--as", admin.user!.email, "--name", "Par la commande"], { env });
    expect(JSON.parse(stdout)).toMatchObject({ written: true, name: "Par la commande", counts: { actions: 5 } });
    expect((await admin.ok(`{ sanitaryCatalogues(regionCode: "11") { name } }`)).sanitaryCatalogues.map((c: { name: string }) => c.name)).toContain("Par la commande");
  }, 120_000);
});
