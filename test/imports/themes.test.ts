import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { startTestApp, type TestApp, type TestClient } from "../support/app";

const FICHES = `query($agencyId: ID) { themes(filter: { includeArchived: true, agencyId: $agencyId }) { code title sectors definition keyPoints resources agencyId moduleType { code } questions { angle text } } }`;

/**
 * A region loads its own thematic fiches from the workbook the export writes: new codes
 * become the agency's fiches, its own are updated, importing twice changes nothing, the
 * common catalogue's fiches are not its to change.
 */
describe("the commode's thematic fiches, exported and imported as a workbook", () => {
  let app: TestApp;
  let admin: TestClient;
  let origin: string;
  let agencyId: string;

  const exported = async () => {
    const book = new ExcelJS.Workbook();
    const bytes = await (await fetch(`${origin}/exports/themes.xlsx`, { headers: { authorization: `Bearer ${admin.token}` } })).arrayBuffer();
    await book.xlsx.load(bytes);
    return book;
  };
  const upload = async (book: ExcelJS.Workbook, dryRun = false) => {
    const form = new FormData();
    form.set("dryRun", String(dryRun));
    form.set("file", new Blob([new Uint8Array(Buffer.from(await book.xlsx.writeBuffer()))]), "fiches.xlsx");
    const response = await fetch(`${origin}/imports/themes`, { method: "POST", body: form, headers: { authorization: `Bearer ${admin.token}` } });
    return { status: response.status, body: (await response.json()) as any };
  };
  /** A workbook of the first two fiches of the export, renamed as the agency's own. */
  const ownFiches = async () => {
    const source = await exported();
    const book = new ExcelJS.Workbook();
    const fiches = book.addWorksheet("Fiches");
    const questions = book.addWorksheet("Questions");
    const values = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);
    fiches.addRow(values(source.getWorksheet("Fiches")!.getRow(1)));
    questions.addRow(values(source.getWorksheet("Questions")!.getRow(1)));
    const kept: string[] = [];
    for (const line of [2, 3]) {
      const row = values(source.getWorksheet("Fiches")!.getRow(line));
      kept.push(String(row[1]));
      fiches.addRow([row[0], `BFC-${String(row[1])}`, ...row.slice(2)]);
    }
    source.getWorksheet("Questions")!.eachRow((row, line) => {
      const [fiche, ...rest] = values(row);
      if (line > 1 && kept.includes(String(fiche))) questions.addRow([`BFC-${String(fiche)}`, ...rest]);
    });
    return { book, kept };
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminOf("27");
    origin = new URL(app.url).origin;
    agencyId = String((await admin.ok(`{ me { agency { id } } }`)).me.agency.id);
  });
  afterAll(() => app?.close());

  it("exports every fiche with its questions, as the API lists them", async () => {
    const { themes } = await admin.ok(FICHES, { agencyId });
    const book = await exported();
    expect(book.getWorksheet("Fiches")!.rowCount - 1).toBe(themes.length);
    expect(book.getWorksheet("Questions")!.rowCount - 1).toBe(themes.reduce((n: number, t: { questions: unknown[] }) => n + t.questions.length, 0));
    expect((await admin.ok(`{ themesExportLinks { url } }`)).themesExportLinks).toEqual([{ url: "/exports/themes.xlsx" }]);
  });

  it("creates the agency's own fiches from the workbook, identical to the ones they were copied from; a second import changes nothing; an edit updates", async () => {
    const { book, kept } = await ownFiches();
    const dry = await upload(book, true);
    expect(dry.body.report).toEqual({ dryRun: true, written: false, created: 2, updated: 0, unchanged: 0, problems: [] });
    const real = await upload(book);
    expect(real.body.report).toMatchObject({ written: true, created: 2, problems: [] });
    const { themes } = await admin.ok(FICHES, { agencyId });
    for (const code of kept) {
      const original = themes.find((t: { code: string }) => t.code === code);
      const copy = themes.find((t: { code: string }) => t.code === `BFC-${code}`);
      expect(copy.agencyId).toBe(agencyId);
      const { code: _a, agencyId: _b, ...same } = original;
      expect(copy).toMatchObject(same);
    }
    expect((await upload(book)).body.report).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2 });
    book.getWorksheet("Fiches")!.getRow(2).getCell(3).value = "Titre revu par l'agence";
    expect((await upload(book)).body.report).toMatchObject({ written: true, updated: 1, unchanged: 1 });
    expect((await admin.ok(FICHES, { agencyId })).themes.map((t: { title: string }) => t.title)).toContain("Titre revu par l'agence");
  });

  it("refuses, whole, a workbook that changes the common catalogue or has mistakes, each at its sheet and line", async () => {
    const before = (await admin.ok(FICHES, { agencyId })).themes.length;
    const book = await exported();
    const { book: own } = await ownFiches();
    own.getWorksheet("Fiches")!.eachRow((row, line) => {
      if (line > 1) row.getCell(2).value = `${String(row.getCell(2).value)}-BIS`;
    });
    own.getWorksheet("Questions")!.eachRow((row, line) => {
      if (line > 1) row.getCell(1).value = `${String(row.getCell(1).value)}-BIS`;
    });
    // A fiche of the common catalogue, as it is.
    const common = book.getWorksheet("Fiches")!.getRows(2, book.getWorksheet("Fiches")!.rowCount - 1)!.find((row) => !String(row.getCell(2).value).startsWith("BFC-"))!;
    own.getWorksheet("Fiches")!.addRow((common.values as ExcelJS.CellValue[]).slice(1));
    own.getWorksheet("Fiches")!.getRow(3).getCell(4).value = "ENFANTS";
    own.getWorksheet("Questions")!.getRow(2).getCell(2).value = "VOISINS";
    const { status, body } = await upload(own);
    expect(status).toBe(422);
    expect(body.report.problems.map((p: any) => [p.sheet, p.line, p.column])).toEqual([
      ["Fiches", 3, "Secteurs"],
      ["Fiches", 4, "Code"],
      ["Questions", 2, "Angle"],
    ]);
    expect((await admin.ok(FICHES, { agencyId })).themes.length).toBe(before);
  });

  it("runs from the command line, the same import", async () => {
    const { book } = await ownFiches();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cpom-cli-")), "fiches.xlsx");
    fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const db = app.databaseConfig;
    const env = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: db.kind === "postgres" ? db.url : "", DATABASE_PATH: db.kind === "sqlite" ? db.path : "", DOCUMENTS_DIR: path.dirname(file) };
    const script = path.join(__dirname, "..", "..", "scripts", "import-themes.ts");
    const { stdout } = await promisify(execFile)(process.execPath, ["-r", "ts-node/register/transpile-only", script, file, "--as", admin.user!.email, "--dry-run"], { env });
    // The first two fiches of the export are now the agency's own (BFC-…): copied again under new codes.
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, written: false, created: 2, updated: 0 });
  }, 120_000);
});
