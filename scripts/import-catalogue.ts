import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { appResolvers } from "../src/app";
import { buildGraphQLSchema } from "../src/core/graphql/schema";
import { importSanitaryCatalogue } from "../src/imports/catalogue-import";
import { fail, runImport } from "./import-support";

const USAGE = `Imports a sanitary catalogue from a workbook (the layout of GET /exports/catalogues/<id>.xlsx:
sheets Catalogue, Limites, Actions, Indicateurs) as a new, inactive catalogue of an agency's region.
  npm run import:catalogue -- catalogue.xlsx --as admin@ars.example [--name "CPOM 2026"] [--dry-run]
  --as        the email of the agency admin the import acts as
  --name      the new catalogue's name (default: the workbook's)
  --dry-run   check everything, as the API would, and write nothing
Exit code: 0 when written (or a clean dry run), 1 when a row has a problem (nothing written).`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: "string" }, name: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean" } } });
if (values.help || positionals.length !== 1 || !values.as) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const bytes = fs.readFileSync(positionals[0]);
buildGraphQLSchema(appResolvers)
  .then((schema) => runImport(values.as!, (ctx) => importSanitaryCatalogue(ctx, schema, bytes, { dryRun: values["dry-run"] ?? false, name: values.name })))
  .catch(fail);
