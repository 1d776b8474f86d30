import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { appResolvers } from "../src/app";
import { buildGraphQLSchema } from "../src/core/graphql/schema";
import { importThemes } from "../src/imports/themes-import";
import { fail, runImport } from "./import-support";

const USAGE = `Loads an agency's own thematic fiches (the commode's themes) from a workbook (the layout of
GET /exports/themes.xlsx: sheets Fiches and Questions); a known code of the agency is updated.
  npm run import:themes -- fiches.xlsx --as admin@ars.example [--dry-run]
Exit code: 0 when written (or a clean dry run), 1 when a row has a problem (nothing written).`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean" } } });
if (values.help || positionals.length !== 1 || !values.as) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const bytes = fs.readFileSync(positionals[0]);
buildGraphQLSchema(appResolvers)
  .then((schema) => runImport(values.as!, (ctx) => importThemes(ctx, schema, bytes, values["dry-run"] ?? false)))
  .catch(fail);
