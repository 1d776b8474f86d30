import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Role } from "../../src/core/auth/roles";
import { frAmount, frDate } from "../../src/exports/french";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { buildWorld, type World } from "../support/world";

/** Where the rendered first page of a PDF is kept for a person to look at (not committed). */
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

/** Text as a reader sees it: every run of spaces (non-breaking ones included) as one space. */
const plain = (text: string) => text.replace(/\s+/g, " ");

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  // Each paragraph and cell on its own; the XML's entities back to characters.
  return plain(
    xml
      .replace(/<\/w:p>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-pdf-"));
  const file = path.join(dir, "document.pdf");
  fs.writeFileSync(file, bytes);
  try {
    return plain(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as arrays of cell values (first column at index 0). */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("exports: the contract and its annexes, the plan's follow-up, the evaluation report, dashboard lists", () => {
  let app: TestApp;
  let world: World;
  let origin: string;

  const download = async (client: TestClient | null, url: string) => {
    const response = await fetch(origin + url, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
    return { status: response.status, type: response.headers.get("content-type") ?? "", disposition: response.headers.get("content-disposition") ?? "", bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const fileOf = async (client: TestClient, url: string) => {
    const answer = await download(client, url);
    if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${answer.bytes.toString()}`);
    return answer;
  };

  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
    origin = new URL(app.url).origin;
  }, 120_000);
  afterAll(() => app?.close());

  describe("the sanitary contract (ARA catalogue) and its three annexes", () => {
    const SANITARY = `query($id: ID!) { contract(id: $id) {
      organisation { name }
      versions { number }
      exportLinks(version: 0) { title format url }
      annex1 { objectives { objective { code } actions { code indicator { label baseline targets: years { year target } } } } }
      careActivities { activity { label } capacity }
      financing { lines { label amounts } totals }
      parts { part inForceOn }
      signatures { party status signedBy signedOn }
    } }`;

    it("prints version 0 as DOCX and PDF with every engagement, T0, target, activity, amount and signature the API answers", async () => {
      const admin = world.b.users[Role.AGENCY_ADMIN];
      const id = world.b.sanitary.contractId;
      const { contract } = await admin.ok(SANITARY, { id });
      const links = contract.exportLinks as { format: string; url: string }[];
      expect(links.map((l) => l.format)).toEqual(["DOCX", "PDF", "DOCX", "XLSX"]);
      expect(links[1].url).toBe(`/exports/contracts/${id}/contract.pdf?version=0`);

      const docx = await fileOf(admin, links[0].url);
      expect(docx.type).toContain("wordprocessingml");
      expect(docx.disposition).toContain(`cpom-${id}-version-0.docx`);
      const pdf = await fileOf(admin, links[1].url);
      expect(pdf.type).toBe("application/pdf");
      expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");

      const texts = { docx: await docxText(docx.bytes), pdf: pdfText(pdf.bytes) };
      const engagements = contract.annex1.flatMap((o: any) => o.objectives.flatMap((x: any) => x.actions));
      expect(engagements.length).toBeGreaterThan(0);
      for (const [format, text] of Object.entries(texts)) {
        expect({ format, has: text.includes(contract.organisation.name) }).toEqual({ format, has: true });
        expect(text).toContain("Annexe 1 — Engagements");
        expect(text).toContain("Annexe 2 — Activités de soins");
        expect(text).toContain("Annexe 3 — Financements");
        for (const engagement of engagements) {
          expect(text).toContain(engagement.code);
          expect(text).toContain(engagement.indicator.baseline);
          for (const year of engagement.indicator.targets) expect(text).toContain(year.target);
        }
        for (const activity of contract.careActivities) expect(text).toContain(activity.activity.label);
        for (const total of contract.financing.totals) expect(text).toContain(plain(frAmount(total)));
        for (const signature of contract.signatures.filter((s: any) => s.status === "SIGNED")) {
          expect(text).toContain(signature.signedBy);
          expect(text).toContain(frDate(signature.signedOn));
        }
      }
      // Someone looks at the first page: kept as a test artefact.
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, "contract-sanitary.pdf");
      fs.writeFileSync(file, pdf.bytes);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, path.join(ARTIFACTS, "contract-sanitary-page-1")]);
      const png = fs.readFileSync(path.join(ARTIFACTS, "contract-sanitary-page-1.png"));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
    });

    it("prints the content as it stands now, an annex changed since signature included, and refuses a version that does not exist", async () => {
      const admin = world.b.users[Role.AGENCY_ADMIN];
      const id = world.b.sanitary.contractId;
      const line = world.b.sanitary.financingLineId;
      const { contract } = await admin.ok(`query($id: ID!) { contract(id: $id) { exportLinks { url } financing { lines { id version } } } }`, { id });
      const now = contract.exportLinks[0].url;
      expect(now).toBe(`/exports/contracts/${id}/contract.docx`);
      // The open amendment lets the agency change the financing line: now differs from version 0.
      const version = contract.financing.lines.find((l: { id: string }) => l.id === line).version;
      await admin.ok(`mutation($input: UpdateFinancingLineInput!) { updateFinancingLine(input: $input) { id } }`, { input: { financingLineId: line, version, label: "MIG révisée", amounts: [2, 2, 2, 2, 2] } });
      expect(await docxText((await fileOf(admin, now)).bytes)).toContain("MIG révisée");
      expect(await docxText((await fileOf(admin, `/exports/contracts/${id}/contract.docx?version=0`)).bytes)).not.toContain("MIG révisée");
      const missing = await download(admin, `/exports/contracts/${id}/contract.pdf?version=99`);
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.bytes.toString()).errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "number" });
      const link = await admin.fails(`query($id: ID!) { contract(id: $id) { exportLinks(version: 99) { url } } }`, { id });
      expect(link.extensions).toMatchObject({ code: "NOT_FOUND", field: "version" });
      const bad = await download(admin, `/exports/contracts/${id}/contract.pdf?version=-1`);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.bytes.toString()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "version" });
    });

    it("writes the evaluation report (IDF template) as DOCX and XLSX with the API's T0, targets, actuals, diagnostics and SWOT", async () => {
      const admin = world.b.users[Role.AGENCY_ADMIN];
      const id = world.b.sanitary.contractId;
      const evaluationId = world.b.sanitary.evaluationId;
      const read = async () => (await admin.ok(`query($id: ID!) { contract(id: $id) { evaluations { id version kind } } }`, { id })).contract.evaluations.find((e: { id: string }) => e.id === evaluationId);
      await admin.ok(`mutation($input: RecordDiagnosticInput!) { recordDiagnostic(input: $input) { id } }`, {
        input: { evaluationId, version: (await read()).version, author: "AGENCY", text: "Dynamique de coopération territoriale engagée", date: "2026-06-30" },
      });
      await admin.ok(`mutation($input: RecordSwotInput!) { recordSwot(input: $input) { id } }`, {
        input: { evaluationId, version: (await read()).version, strengths: "Équipe stable", weaknesses: "Systèmes d'information", opportunities: "GHT", threats: "Démographie médicale" },
      });
      const { contract } = await admin.ok(`query($id: ID!) { contract(id: $id) {
        exportLinks { format url }
        annex1 { objectives { actions { code indicator { baseline years { year target actual verdict } } } } }
      } }`, { id });
      const urls = contract.exportLinks.map((l: { url: string }) => l.url);
      expect(urls).toEqual(expect.arrayContaining([`/exports/contracts/${id}/evaluation-mid-term.docx`, `/exports/contracts/${id}/evaluation-mid-term.xlsx`]));
      const text = await docxText((await fileOf(admin, `/exports/contracts/${id}/evaluation-mid-term.docx`)).bytes);
      expect(text).toContain("Évaluation à mi-parcours");
      expect(text).toContain("Dynamique de coopération territoriale engagée (30/06/2026)");
      for (const word of ["Équipe stable", "Systèmes d'information", "GHT", "Démographie médicale"]) expect(text).toContain(word);

      const book = await workbook((await fileOf(admin, `/exports/contracts/${id}/evaluation-mid-term.xlsx`)).bytes);
      const grid = rows(book.getWorksheet("Engagements")!);
      const engagements = contract.annex1.flatMap((o: any) => o.objectives.flatMap((x: any) => x.actions));
      expect(grid.length - 1).toBe(engagements.length);
      for (const engagement of engagements) {
        const row = grid.find((r) => r[1] === engagement.code)!;
        expect(String(row[4])).toContain(engagement.indicator.baseline);
        for (const year of engagement.indicator.years) {
          expect(row[5 + (year.year - 1) * 3] ?? null).toBe(year.target);
          expect(row[6 + (year.year - 1) * 3] ?? null).toBe(year.actual);
        }
      }
      expect(rows(book.getWorksheet("Diagnostics et AFOM")!).find((r) => r[0] === "Forces")![1]).toBe("Équipe stable");
    });
  });

  describe("the medico-social contract", () => {
    const PLAN = `query($id: ID!) { contract(id: $id) {
      progressRate organisation { progressRate }
      exportLinks { format url }
      modules { progressRate actionCount moduleType { number title } actions { title phase completion progress plannedEndDate } }
      departments { name }
    } }`;

    it("follows the plan up in XLSX: a summary with the contract's, modules' and organisation's rates, a sheet per module with the API's figures", async () => {
      const admin = world.a.users[Role.AGENCY_ADMIN];
      const id = world.a.contract.id;
      const action = (await admin.ok(`query($id: ID!) { action(id: $id) { version } }`, { id: world.a.actionId })).action;
      await admin.ok(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, { input: { actionId: world.a.actionId, version: action.version, phase: "PLANNING", completion: 40 } });
      const { contract } = await admin.ok(PLAN, { id });
      expect(contract.exportLinks.map((l: { url: string }) => l.url)).toContain(`/exports/contracts/${id}/plan.xlsx`);
      const book = await workbook((await fileOf(admin, `/exports/contracts/${id}/plan.xlsx`)).bytes);
      const summary = rows(book.getWorksheet("Synthèse")!);
      expect(summary.find((r) => r[0] === "Taux d'avancement du contrat")![1]).toBe(contract.progressRate);
      expect(summary.find((r) => r[0] === "Taux d'avancement de l'organisme (tous ses CPOM)")![1]).toBe(contract.organisation.progressRate);
      for (const module of contract.modules) {
        const label = `${module.moduleType.number}. ${module.moduleType.title}`;
        expect(summary.find((r) => r[0] === label)!.slice(2, 4)).toEqual([module.actionCount, module.progressRate ?? undefined]);
        const sheet = book.worksheets.find((s) => s.name.startsWith(`M${module.moduleType.number} `))!;
        const lines = rows(sheet);
        expect(lines.length).toBe(module.actions.length + 2);
        for (const [i, a] of module.actions.entries()) {
          expect(lines[i + 1].slice(0, 1)).toEqual([a.title]);
          expect(lines[i + 1][4]).toBe(a.completion);
          expect(lines[i + 1][5]).toBe(a.progress);
        }
        expect(lines.at(-1)![5] ?? null).toBe(module.progressRate);
      }
      expect(contract.modules.some((m: any) => m.actions.some((a: any) => a.phase === "PLANNING" && a.progress === 28))).toBe(true);
    });

    it("prints the plan's modules, themes, actions with their phase, and the departments", async () => {
      const admin = world.a.users[Role.AGENCY_ADMIN];
      const id = world.a.contract.id;
      const { contract } = await admin.ok(PLAN, { id });
      const text = pdfText((await fileOf(admin, `/exports/contracts/${id}/contract.pdf`)).bytes);
      expect(text).toContain("Plan d'actions par module");
      for (const module of contract.modules) expect(text).toContain(`Module ${module.moduleType.number} —`);
      expect(text).toContain("Planification (40 %)");
      for (const department of contract.departments) expect(text).toContain(department.name);
    });
  });

  describe("a dashboard's list of organisations", () => {
    const LIST = `query($filter: OrganisationFilter) {
      organisationExportLinks(filter: $filter) { format url }
      organisations(filter: $filter, take: 100) { totalCount items { name finessJuridique progressRate moduleRates { moduleType { code } rate } } }
      moduleTypes { code }
    }`;

    it("has the API's organisations and rates in XLSX and CSV, and the indicator results per year", async () => {
      const admin = world.a.users[Role.AGENCY_ADMIN];
      const filter = { regionCode: "27" };
      const data = await admin.ok(LIST, { filter });
      expect(data.organisationExportLinks.map((l: { url: string }) => l.url)).toEqual(["/exports/organisations.xlsx?regionCode=27", "/exports/organisations.csv?regionCode=27"]);
      const book = await workbook((await fileOf(admin, data.organisationExportLinks[0].url)).bytes);
      const list = rows(book.getWorksheet("Organismes")!);
      expect(list.length - 1).toBe(data.organisations.totalCount);
      for (const organisation of data.organisations.items) {
        const row = list.find((r) => r[1] === organisation.finessJuridique)!;
        expect(row[0]).toBe(organisation.name);
        expect(row[3] ?? null).toBe(organisation.progressRate);
        for (const [i, type] of data.moduleTypes.entries()) {
          expect(row[4 + i] ?? null).toBe(organisation.moduleRates.find((r: any) => r.moduleType.code === type.code)?.rate ?? null);
        }
      }
      expect(book.getWorksheet("Indicateurs")).toBeDefined();

      const csv = await fileOf(admin, data.organisationExportLinks[1].url);
      expect(csv.type).toContain("text/csv");
      const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
      expect(lines[0].split(";")[0]).toBe("Organisme gestionnaire");
      expect(lines.length - 1).toBe(data.organisations.totalCount);
      const rated = data.organisations.items.find((o: { progressRate: number | null }) => o.progressRate !== null);
      if (rated) expect(lines.find((l: string) => l.includes(rated.finessJuridique))!.split(";")[3]).toBe(String(rated.progressRate).replace(".", ","));
    });

    it("lists only what the user may see: another region's admin gets its own organisations", async () => {
      const other = world.b.users[Role.AGENCY_ADMIN];
      const csv = (await fileOf(other, "/exports/organisations.csv?regionCode=27")).bytes.toString("utf8");
      expect(csv).not.toContain(world.a.organisation.finessJuridique);
    });
  });

  describe("the same access rules as the API", () => {
    it("answers 401 without a token, NOT_FOUND for another tenant's contract, for an unknown one and an unknown file", async () => {
      const a = world.a.sanitary.contractId;
      const none = await download(null, `/exports/contracts/${a}/contract.pdf`);
      expect(none.status).toBe(401);
      expect(JSON.parse(none.bytes.toString()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      const forged = await download(app.withToken("forged"), `/exports/contracts/${a}/contract.pdf`);
      expect(forged.status).toBe(401);
      for (const url of [`/exports/contracts/${a}/contract.pdf`, `/exports/contracts/${a}/contract.docx?version=0`, `/exports/contracts/${world.a.contract.id}/plan.xlsx`, `/exports/contracts/${a}/evaluation-mid-term.xlsx`]) {
        const answer = await download(world.b.users[Role.AGENCY_ADMIN], url);
        expect({ url, status: answer.status, code: JSON.parse(answer.bytes.toString()).errors[0].extensions.code }).toEqual({ url, status: 404, code: "NOT_FOUND" });
      }
      // Another organisation's user, and a department that does not co-sign it.
      expect((await download(world.b.users[Role.ORGANISATION_USER], `/exports/contracts/${a}/contract.docx`)).status).toBe(404);
      expect((await download(world.b.users[Role.DEPARTMENT_USER], `/exports/contracts/${world.a.contract.id}/contract.docx`)).status).toBe(404);
      for (const url of ["/exports/contracts/999999/contract.pdf", "/exports/contracts/abc/contract.pdf", `/exports/contracts/${a}/contract.exe`, `/exports/contracts/${a}/plan.xlsx`, `/exports/contracts/${a}/evaluation-final.docx`, "/exports/organisations.pdf"]) {
        expect({ url, status: (await download(world.a.users[Role.AGENCY_ADMIN], url)).status }).toEqual({ url, status: 404 });
      }
    });

    it("lets each party of a contract download it: the organisation and the department concerned", async () => {
      const id = world.a.contract.id;
      expect((await download(world.a.users[Role.ORGANISATION_USER], `/exports/contracts/${id}/contract.docx`)).status).toBe(200);
      expect((await download(world.a.users[Role.DEPARTMENT_USER], `/exports/contracts/${id}/contract.pdf`)).status).toBe(200);
      expect((await download(world.a.users[Role.ORGANISATION_USER], `/exports/contracts/${id}/plan.xlsx`)).status).toBe(200);
    });
  });
});
