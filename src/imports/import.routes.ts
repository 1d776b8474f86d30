import busboy from "busboy";
import express, { type Request } from "express";
import { Role } from "../core/auth/roles";
import { ErrorCode } from "../core/errors";
import { HttpError, routeHandler } from "../core/http/route-handler";
import type { RouteDependencies } from "../core/server";
import { importFinessExtract } from "./finess-import";
import { importSanitaryCatalogue } from "./catalogue-import";
import { importThemes } from "./themes-import";
import { languageOf } from "../core/i18n";
import { msg, wordAll } from "../core/i18n/message";

/** Reads a multipart form with a `dryRun` field and one `file` part, whole (bounded by `maxBytes`). */
function readForm(req: Request, maxBytes: number): Promise<{ dryRun: boolean; name: string | undefined; bytes: Buffer; text: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 3, parts: 6 } });
    } catch {
      return reject(new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", msg`Send the file as multipart/form-data, in a part named file (and dryRun=true for a dry run)`));
    }
    let dryRun = false;
    let name: string | undefined;
    let failure: Error | null = null;
    const chunks: Buffer[] = [];
    let received = false;
    parser.on("field", (field, value) => {
      if (field === "dryRun") dryRun = value === "true";
      else if (field === "name") name = value.trim().slice(0, 200) || undefined;
      else failure ??= new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`Unknown field ${JSON.stringify(field.slice(0, 50))}: send dryRun, name (catalogues) and file`, { field: field.slice(0, 50) });
    });
    parser.on("file", (part, stream) => {
      if (part !== "file") {
        failure ??= new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`The file goes in a part named file`, { field: "file" });
        stream.resume();
        return;
      }
      received = true;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        failure ??= new HttpError(413, "PAYLOAD_TOO_LARGE", msg`The file is larger than ${maxBytes} bytes, the most accepted (IMPORT_MAX_BYTES)`, { field: "file", limit: maxBytes });
      });
    });
    parser.on("error", (error: Error) => reject(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`The upload could not be read: ${error.message}`)));
    parser.on("close", () => {
      if (failure) return reject(failure);
      if (!received) return reject(new HttpError(400, ErrorCode.BAD_USER_INPUT, msg`No file: send it in a part named file`, { field: "file" }));
      const bytes = Buffer.concat(chunks);
      // FINESS extracts are published in UTF-8 or in Latin-1 (ISO-8859-1): read what decodes.
      const utf8 = bytes.toString("utf8");
      resolve({ dryRun, name, bytes, text: utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8 });
    });
    req.pipe(parser);
  });
}

/**
 * Imports for agency admins: POST /imports/finess takes a FINESS extract, POST
 * /imports/sanitary-catalogue a catalogue workbook, POST /imports/themes a workbook of fiches (multipart: the file in a part named file,
 * dryRun=true for a dry run, name to rename a catalogue) and answers the report (every
 * problem with its line and column); nothing is written by a dry run, or by a run with any problem.
 */
export function importRoutes(dependencies: RouteDependencies): express.Router {
  const router = express.Router();
  const handle = routeHandler(dependencies, { concurrency: 1, timeBudgetMs: 10 * 60_000, operation: "import" });
  router.post(
    "/finess",
    handle(async (ctx, req, res) => {
      if (ctx.user!.role !== Role.AGENCY_ADMIN) throw new HttpError(403, ErrorCode.FORBIDDEN, msg`Only an agency admin imports a FINESS extract`);
      const { dryRun, text } = await readForm(req, dependencies.config.importMaxBytes);
      const report = await importFinessExtract(ctx, text, dryRun);
      // A dry run that found problems did its job; a real run refused for them did not.
      res.status(!dryRun && report.problems.length ? 422 : 200).json({ report: wordAll(report, languageOf(req)) });
    }),
  );
  router.post(
    "/sanitary-catalogue",
    handle(async (ctx, req, res) => {
      if (ctx.user!.role !== Role.AGENCY_ADMIN) throw new HttpError(403, ErrorCode.FORBIDDEN, msg`Only an agency admin imports a catalogue`);
      const { dryRun, name, bytes } = await readForm(req, dependencies.config.importMaxBytes);
      const report = await importSanitaryCatalogue(ctx, dependencies.schema, bytes, { dryRun, name });
      res.status(!dryRun && report.problems.length ? 422 : 200).json({ report: wordAll(report, languageOf(req)) });
    }),
  );
  router.post(
    "/themes",
    handle(async (ctx, req, res) => {
      if (ctx.user!.role !== Role.AGENCY_ADMIN) throw new HttpError(403, ErrorCode.FORBIDDEN, msg`Only an agency admin imports thematic fiches`);
      const { dryRun, bytes } = await readForm(req, dependencies.config.importMaxBytes);
      const report = await importThemes(ctx, dependencies.schema, bytes, dryRun);
      res.status(!dryRun && report.problems.length ? 422 : 200).json({ report: wordAll(report, languageOf(req)) });
    }),
  );
  return router;
}
