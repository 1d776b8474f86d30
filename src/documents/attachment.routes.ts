import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import express, { type Request } from "express";
import FileType from "file-type";
import type { RequestContext } from "../core/context";
import { ErrorCode } from "../core/errors";
import { HttpError, routeHandler } from "../core/http/route-handler";
import type { RouteDependencies } from "../core/server";
import { runMutation } from "../core/transactional";
import { NotificationKind } from "../notifications/notification-kind";
import { ACCEPTED_TYPES, prepareAttachment, recordAttachment, requireAttachment, safeFileName, type AttachmentFields, type PreparedAttachment } from "./attachment.service";
import { documentStorage } from "./storage";
import { msg } from "../core/i18n/message";

const FIELDS = ["contractId", "targetType", "targetId", "description"] as const;

interface Received {
  prepared: PreparedAttachment;
  file: string;
  sentName: string | undefined;
  size: number;
  sha256: string;
}

/**
 * Reads a multipart upload: the fields first (contractId, targetType, targetId, description),
 * then one part named `file`. The fields are checked before a byte of the file is kept; the
 * file goes to a temporary file of `workDir` while its SHA-256 is computed, and is cut at
 * `maxBytes`. Whatever fails, the temporary file is gone when this settles with an error.
 */
function receive(ctx: RequestContext, req: Request, workDir: string, maxBytes: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: "utf8", limits: { fileSize: maxBytes, files: 1, fields: FIELDS.length + 2, fieldSize: 2000, parts: FIELDS.length + 4 } });
    } catch {
      return reject(new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", msg`Send the document as multipart/form-data: the fields contractId, targetType, targetId, description, then the file in a part named file`));
    }
    const fields: AttachmentFields = {};
    const target = path.join(workDir, "upload");
    let failure: Error | null = null;
    let work: Promise<Received | null> = Promise.resolve(null);
    const fail = (error: Error) => {
      failure ??= error;
    };
    parser.on("field", (name, value) => {
      if ((FIELDS as readonly string[]).includes(name)) fields[name as keyof AttachmentFields] = value;
      else fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`Unknown field ${JSON.stringify(name.slice(0, 50))}: send ${FIELDS.join(", ")} and file`, { field: name.slice(0, 50) }));
    });
    let current: NodeJS.ReadableStream & { destroy(error?: Error): void } | null = null;
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || failure) {
        if (name !== "file") fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`The document goes in a part named file, not ${JSON.stringify(name.slice(0, 50))}`, { field: "file" }));
        stream.resume();
        return;
      }
      stream.pause();
      current = stream;
      work = (async () => {
        // The contract, the party and the target first: nothing of the file is kept for someone who may not attach it.
        const prepared = await prepareAttachment(ctx, fields);
        const hash = createHash("sha256");
        let size = 0;
        const counting = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
          },
        });
        await pipeline(stream, counting, fs.createWriteStream(target, { flags: "wx" }));
        if ((stream as unknown as { truncated?: boolean }).truncated) {
          throw new HttpError(413, "PAYLOAD_TOO_LARGE", msg`The document is larger than ${maxBytes} bytes, the most accepted (DOCUMENT_MAX_BYTES)`, { field: "file", limit: maxBytes });
        }
        return { prepared, file: target, sentName: info.filename, size, sha256: hash.digest("hex") };
      })().catch((error: Error) => {
        fail(error);
        stream.resume();
        return null;
      });
    });
    let settled = false;
    parser.on("error", (error: Error) => {
      fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`The upload could not be read: ${error.message}`));
      void settle();
    });
    parser.on("partsLimit", () => fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`Too many parts: send the four fields and one file`)));
    parser.on("filesLimit", () => fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`One document per upload`, { field: "file" })));
    parser.on("fieldsLimit", () => fail(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`Too many fields`)));
    const settle = async () => {
      if (settled) return;
      settled = true;
      const received = await work;
      if (failure) {
        if (received) await fs.promises.rm(received.file, { force: true });
        return reject(failure);
      }
      if (!received) return reject(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`No document: send it in a part named file, after the fields`, { field: "file" }));
      resolve(received);
    };
    parser.on("close", () => void settle());
    // A client that goes away mid-upload: what it sent is dropped, nothing is kept.
    req.on("close", () => {
      if (req.complete) return;
      const interrupted = new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`The upload was interrupted`);
      fail(interrupted);
      current?.destroy(interrupted);
      void settle();
    });
    req.pipe(parser);
  });
}

/** The type the file's first bytes show, if it is one accepted. */
async function sniff(file: string): Promise<{ ext: string; mime: string } | null> {
  const handle = await fs.promises.open(file, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    // Office files are zip archives: file-type reads their entries, which may lie past the first bytes.
    const found = await FileType.fromBuffer(bytesRead === head.length ? await fs.promises.readFile(file) : head.subarray(0, bytesRead));
    return found && ACCEPTED_TYPES[found.ext] ? { ext: found.ext, mime: ACCEPTED_TYPES[found.ext] } : null;
  } finally {
    await handle.close();
  }
}

/**
 * Documents attached to contracts: POST /documents (multipart) uploads one, GET /documents/:id
 * downloads it, with the API's bearer token and its access rules. A browser on another
 * origin cannot post one for a signed-in user: the token travels in the Authorization header,
 * which only the origins allowed by CORS may send.
 */
export function attachmentRoutes(dependencies: RouteDependencies): express.Router {
  const { config } = dependencies;
  const storage = documentStorage(config.documents);
  const router = express.Router();
  // An upload mostly waits for the client's bytes: its time budget is for the database work after.
  const uploads = routeHandler(dependencies, { concurrency: 8, timeBudgetMs: 15 * 60_000, operation: "upload" });
  const downloads = routeHandler(dependencies, { concurrency: 16, timeBudgetMs: 5 * 60_000, operation: "download" });

  router.post(
    "/",
    uploads(async (ctx, req, res) => {
      // Received beside the documents (DOCUMENTS_DIR/.incoming), on the disk sized for them, not the system's temporary one.
      const incoming = path.join(config.documents.directory, ".incoming");
      await fs.promises.mkdir(incoming, { recursive: true });
      const workDir = await fs.promises.mkdtemp(path.join(incoming, "upload-"));
      let stored: string | null = null;
      try {
        const received = await receive(ctx, req, workDir, config.documents.maxBytes);
        const type = await sniff(received.file);
        if (!type) {
          throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", msg`Only PDF, Word (DOCX), Excel (XLSX), OpenDocument (ODT, ODS), PNG and JPEG documents are accepted: this file's content is none of them`, {
            field: "file",
          });
        }
        const storageKey = `contracts/${received.prepared.contract.id}/${randomUUID()}`;
        await storage.put(storageKey, received.file, received.size, type.mime);
        stored = storageKey;
        ctx.notifies = NotificationKind.DOCUMENT;
        const attachment = await runMutation(ctx, "attachDocument", () =>
          recordAttachment(ctx, received.prepared, { fileName: safeFileName(received.sentName, type.ext), mediaType: type.mime, size: received.size, sha256: received.sha256, storageKey }),
        );
        stored = null;
        res.status(201).json({
          attachment: {
            id: String(attachment.id),
            version: attachment.version,
            targetType: attachment.targetType,
            targetId: String(attachment.targetId),
            fileName: attachment.fileName,
            mediaType: attachment.mediaType,
            size: attachment.size,
            sha256: attachment.sha256,
            url: `/documents/${attachment.id}`,
          },
        });
      } finally {
        // Stored but not recorded (the transaction failed): nothing is left behind.
        if (stored) await storage.remove(stored).catch(() => undefined);
        await fs.promises.rm(workDir, { recursive: true, force: true });
      }
    }),
  );

  router.get(
    "/:id",
    downloads(async (ctx, req, res) => {
      const id = String(req.params.id);
      const { attachment } = await requireAttachment(ctx, /^\d{1,12}$/.test(id) ? id : "0", "id").catch((error) => {
        throw /^\d{1,12}$/.test(id) ? error : new HttpError(404, ErrorCode.NOT_FOUND, msg`${msg`Document`} "${id.slice(0, 50)}" does not exist`, { field: "id" });
      });
      const stream = await storage.get(attachment.storageKey);
      res.status(200).type(attachment.mediaType).attachment(attachment.fileName).set({ "content-length": String(attachment.size), "cache-control": "no-store" });
      await pipeline(stream, res);
    }),
  );
  return router;
}
