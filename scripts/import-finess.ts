import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { importFinessExtract } from "../src/imports/finess-import";
import { fail, runImport } from "./import-support";

const USAGE = `Imports a FINESS extract (structureej and structureet lines, semicolon-separated) into
the organisations and establishments of an agency's region, by FINESS number.
  npm run import:finess -- extract.csv --as admin@ars.example [--dry-run]
  --as        the email of the agency admin the import acts as (its region, its audit trail)
  --dry-run   check every line and say what would change; write nothing
Exit code: 0 when written (or a clean dry run), 1 when a line has a problem (nothing written).`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean" } } });
if (values.help || positionals.length !== 1 || !values.as) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const bytes = fs.readFileSync(positionals[0]);
const utf8 = bytes.toString("utf8");
// FINESS extracts are published in UTF-8 or in Latin-1 (ISO-8859-1): read what decodes.
const text = utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8;
runImport(values.as, (ctx) => importFinessExtract(ctx, text, values["dry-run"] ?? false)).catch(fail);
