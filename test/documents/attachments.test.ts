import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { Document, Packer, Paragraph } from "docx";
import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { buildWorld, type World } from "../support/world";

/** A small real PDF (pdfmake is what the exports use). */
async function pdf(text: string): Promise<Buffer> {
  const { pdfStream } = await import("../../src/exports/render-pdf");
  const stream = await pdfStream({ title: text, subtitle: [], blocks: [{ kind: "paragraph", text }], footer: "" });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const docx = (text: string) => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Every file under a directory (what the storage keeps). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

interface Upload {
  contractId: string;
  targetType?: string;
  targetId?: string;
  description?: string;
  file?: { name: string; bytes: Buffer; type?: string };
}

function scenario(storage: "directory" | "S3 bucket") {
  describe(`attached documents, kept in a ${storage}`, () => {
    let app: TestApp;
    let world: World;
    let origin: string;
    let documentsDir: string;
    let s3: { process: ChildProcess; port: number; dir: string } | null = null;
    const bucket = "cpom-test";

    const upload = async (client: TestClient | null, input: Upload) => {
      const form = new FormData();
      form.set("contractId", input.contractId);
      if (input.targetType) form.set("targetType", input.targetType);
      if (input.targetId) form.set("targetId", input.targetId);
      if (input.description !== undefined) form.set("description", input.description);
      if (input.file) form.set("file", new Blob([new Uint8Array(input.file.bytes)], { type: input.file.type ?? "application/octet-stream" }), input.file.name);
      const response = await fetch(`${origin}/documents`, { method: "POST", body: form, headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
      return { status: response.status, body: (await response.json()) as any };
    };
    const download = async (client: TestClient, url: string) => {
      const response = await fetch(origin + url, { headers: { authorization: `Bearer ${client.token}` } });
      return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const attachments = async (client: TestClient, contractId: string, filter = "") =>
      (await client.ok(`query($id: ID!) { contract(id: $id) { attachments${filter} { id version targetType targetId description fileName mediaType size sha256 url uploadedBy } } }`, { id: contractId })).contract.attachments;
    const stored = async (): Promise<string[]> => {
      if (!s3) return filesUnder(path.join(documentsDir, "contracts"));
      const client = new S3Client({ region: "us-east-1", endpoint: `http://127.0.0.1:${s3.port}`, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
      const answer = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      client.destroy();
      return (answer.Contents ?? []).map((o) => o.Key!);
    };
    const rows = async () => Number((await app.db.writer.query(`SELECT COUNT(*) AS n FROM attachment`))[0].n);

    beforeAll(async () => {
      documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-attachments-"));
      const env: NodeJS.ProcessEnv = { DOCUMENTS_DIR: documentsDir, DOCUMENT_MAX_BYTES: "300000" };
      if (storage === "S3 bucket") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-s3-"));
        const child = spawn(process.execPath, [path.join(__dirname, "..", "support", "s3-server.js"), dir, bucket], { stdio: ["ignore", "pipe", "inherit"] });
        const port = await new Promise<number>((resolve, reject) => {
          child.stdout!.once("data", (chunk) => resolve(JSON.parse(String(chunk)).port));
          child.once("exit", (code) => reject(new Error(`s3rver exited (${code})`)));
        });
        s3 = { process: child, port, dir };
        Object.assign(env, { S3_BUCKET: bucket, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });
      }
      app = await startTestApp({ env });
      world = await buildWorld(app);
      origin = new URL(app.url).origin;
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      if (s3) {
        s3.process.kill("SIGTERM");
        await new Promise((resolve) => s3!.process.once("exit", resolve));
      }
    });

    it("takes a signed scan from the organisation, a deliberation from the department, evidence for an indicator; lists and gives each back byte for byte", async () => {
      const organisation = world.a.users[Role.ORGANISATION_USER];
      const department = world.a.users[Role.DEPARTMENT_USER];
      const admin = world.a.users[Role.AGENCY_ADMIN];
      const scan = await pdf("CPOM signé");
      const deliberation = await docx("Délibération du conseil départemental");
      const evidence = await pdf("Preuve de l'indicateur");

      const first = await upload(organisation, { contractId: world.a.contract.id, description: "CPOM signé (scan)", file: { name: "CPOM signé.pdf", bytes: scan } });
      expect(first.status).toBe(201);
      expect(first.body.attachment).toMatchObject({ targetType: "CONTRACT", targetId: world.a.contract.id, fileName: "CPOM signé.pdf", mediaType: "application/pdf", size: scan.length, sha256: sha256(scan) });
      const second = await upload(department, { contractId: world.a.contract.id, targetType: "ACTION", targetId: world.a.actionId, description: "Délibération", file: { name: "délibération.docx", bytes: deliberation } });
      expect(second.body).toMatchObject({ attachment: {} });
      expect(second.body.attachment.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const third = await upload(admin, { contractId: world.a.sanitary.contractId, targetType: "INDICATOR", targetId: world.a.sanitary.indicatorId, description: "Preuve T0", file: { name: "preuve.pdf", bytes: evidence } });
      expect(third.status).toBe(201);

      // Besides the one the world attached.
      const listed = (await attachments(admin, world.a.contract.id)).filter((a: { id: string }) => a.id !== world.a.attachmentId);
      expect(listed.map((a: { fileName: string; uploadedBy: string }) => [a.fileName, a.uploadedBy])).toEqual([
        ["CPOM signé.pdf", organisation.user!.displayName],
        ["délibération.docx", department.user!.displayName],
      ]);
      expect(await attachments(admin, world.a.contract.id, `(targetType: ACTION, targetId: "${world.a.actionId}")`)).toHaveLength(1);
      for (const [attachment, bytes] of [
        [listed[0], scan],
        [listed[1], deliberation],
      ] as const) {
        const file = await download(organisation, attachment.url);
        expect(file.status).toBe(200);
        expect(file.type).toContain(attachment.mediaType);
        expect(file.bytes.equals(bytes)).toBe(true);
        expect(sha256(file.bytes)).toBe(attachment.sha256);
      }
      expect((await download(admin, third.body.attachment.url)).bytes.equals(evidence)).toBe(true);
      // One stored file per row: the world's two and these three.
      expect(await stored()).toHaveLength(await rows());
      expect(await rows()).toBe(5);
      // The other parties are told: the officer in charge of the contract.
      const inbox = (await world.a.users[Role.AGENCY_OFFICER].ok(`{ notifications(take: 50) { items { kind contractId } } }`)).notifications.items;
      expect(inbox).toEqual(expect.arrayContaining([{ kind: "DOCUMENT", contractId: world.a.contract.id }]));
    });

    it("refuses what it cannot keep, and keeps nothing of it: a type its content does not show, too large, no file, a bad target, an interrupted upload", async () => {
      const organisation = world.a.users[Role.ORGANISATION_USER];
      const incoming = () => (fs.existsSync(path.join(documentsDir, ".incoming")) ? fs.readdirSync(path.join(documentsDir, ".incoming")) : []);
      const before = { rows: await rows(), stored: (await stored()).length, incoming: incoming() };
      const text = await upload(organisation, { contractId: world.a.contract.id, description: "Pas un PDF", file: { name: "rapport.pdf", bytes: Buffer.from("MZ\x90\x00 this is an executable, named .pdf"), type: "application/pdf" } });
      expect(text.status).toBe(415);
      expect(text.body.errors[0].extensions).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", field: "file" });
      const large = await upload(organisation, { contractId: world.a.contract.id, description: "Trop grand", file: { name: "grand.pdf", bytes: Buffer.concat([await pdf("x"), Buffer.alloc(400_000)]) } });
      expect(large.status).toBe(413);
      expect(large.body.errors[0].extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", field: "file", limit: 300000 });
      const none = await upload(organisation, { contractId: world.a.contract.id, description: "Rien" });
      expect(none.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file" });
      const blank = await upload(organisation, { contractId: world.a.contract.id, description: " ", file: { name: "a.pdf", bytes: await pdf("a") } });
      expect(blank.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "description" });
      const kind = await upload(organisation, { contractId: world.a.contract.id, targetType: "OBJECTIVE", targetId: "1", description: "x", file: { name: "a.pdf", bytes: await pdf("a") } });
      expect(kind.body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "targetType" } });
      const elsewhere = await upload(organisation, { contractId: world.a.contract.id, targetType: "ACTION", targetId: world.b.actionId, description: "x", file: { name: "a.pdf", bytes: await pdf("a") } });
      expect(elsewhere.body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "targetId" });

      // A client that goes away half-way through its file.
      const token = organisation.token!;
      const boundary = "----cpom-test-boundary";
      const head = [
        `--${boundary}\r\nContent-Disposition: form-data; name="contractId"\r\n\r\n${world.a.contract.id}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nCoupé\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="coupé.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ].join("");
      await new Promise<void>((resolve) => {
        const req = http.request(`${origin}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": "1000000" } });
        req.on("error", () => resolve());
        req.on("response", () => resolve());
        req.write(head);
        req.write(Buffer.alloc(50_000, 1), () => setTimeout(() => req.destroy(), 100));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // No row, nothing stored, nothing left in the temporary directory either.
      expect({ rows: await rows(), stored: (await stored()).length, incoming: incoming() }).toEqual(before);
    });

    it("makes the sent file name safe", async () => {
      const organisation = world.a.users[Role.ORGANISATION_USER];
      const answer = await upload(organisation, { contractId: world.a.contract.id, description: "Nom", file: { name: "../../etc/\u202Efdp.exe.pdf", bytes: await pdf("n") } });
      expect(answer.body).toMatchObject({ attachment: { fileName: "_fdp.exe.pdf" } });
      const disguised = await upload(organisation, { contractId: world.a.contract.id, description: "Extension", file: { name: "tableau.exe", bytes: await docx("x") } });
      expect(disguised.body.attachment.fileName).toBe("tableau.docx");
    });

    it("follows the contract's access rules: strangers get NOT_FOUND, a viewer may not attach, only the agency deletes, and a deleted document is gone but recorded", async () => {
      const contractId = world.a.contract.id;
      const bytes = await pdf("Diagnostic");
      expect((await upload(null, { contractId, description: "x", file: { name: "d.pdf", bytes } })).status).toBe(401);
      const stranger = await upload(world.b.users[Role.AGENCY_ADMIN], { contractId, description: "x", file: { name: "d.pdf", bytes } });
      expect(stranger.status).toBe(404);
      expect(stranger.body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "contractId" });
      const viewer = await upload(world.a.users[Role.VIEWER], { contractId, description: "x", file: { name: "d.pdf", bytes } });
      expect(viewer.status).toBe(403);
      const created = (await upload(world.a.users[Role.ORGANISATION_USER], { contractId, description: "Diagnostic", file: { name: "d.pdf", bytes } })).body.attachment;
      for (const role of [Role.AGENCY_ADMIN, Role.ORGANISATION_USER, Role.DEPARTMENT_USER]) {
        expect((await download(world.b.users[role], created.url)).status).toBe(404);
      }
      expect((await download(world.a.users[Role.AGENCY_ADMIN], "/documents/987654321")).status).toBe(404);
      const remove = `mutation($input: DeleteAttachmentInput!) { deleteAttachment(input: $input) { id deletedAt deletedBy deletionReason } }`;
      const input = { attachmentId: created.id, version: created.version, reason: "Doublon" };
      expect((await world.a.users[Role.ORGANISATION_USER].fails(remove, { input })).extensions.code).toBe("FORBIDDEN");
      expect((await world.b.users[Role.AGENCY_ADMIN].fails(remove, { input })).extensions).toMatchObject({ code: "NOT_FOUND", field: "attachmentId" });
      const deleted = (await world.a.users[Role.AGENCY_ADMIN].ok(remove, { input })).deleteAttachment;
      expect(deleted).toMatchObject({ deletedBy: world.a.users[Role.AGENCY_ADMIN].user!.displayName, deletionReason: "Doublon" });
      expect((await attachments(world.a.users[Role.AGENCY_ADMIN], contractId)).map((a: { id: string }) => a.id)).not.toContain(created.id);
      expect((await download(world.a.users[Role.ORGANISATION_USER], created.url)).status).toBe(404);
      const audit = await app.db.writer.query(`SELECT entity_type FROM audit_entry WHERE entity_type = 'Attachment' AND entity_id = '${created.id}'`);
      expect(audit.length).toBe(2);
    });
  });
}

scenario("directory");
scenario("S3 bucket");
