import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runSeeds } from "../src/app";
import { User } from "../src/accounts/account.entities";
import { authUserOf } from "../src/accounts/account.service";
import { systemClock } from "../src/core/clock";
import { loadConfig } from "../src/core/config";
import { RequestContext } from "../src/core/context";
import { Database } from "../src/core/database/database";
import { appSchema } from "../src/entities";
import { importFinessExtract } from "../src/imports/finess-import";

const USAGE = `Imports a FINESS extract (structureej and structureet lines, semicolon-separated) into
the organisations and establishments of an agency's region, by FINESS number.
  npm run import:finess -- extract.csv --as admin@ars.example [--dry-run]
  --as        the email of the agency admin the import acts as (its region, its audit trail)
  --dry-run   check every line and say what would change; write nothing
Exit code: 0 when written (or a clean dry run), 1 when a line has a problem (nothing written).`;

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean" } } });
  if (values.help || positionals.length !== 1 || !values.as) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const text = fs.readFileSync(positionals[0]);
  const utf8 = text.toString("utf8");
  const config = loadConfig();
  const db = await Database.open(config.database, appSchema);
  try {
    await runSeeds(db);
    const runtime = { db, clock: systemClock, auth: config.auth };
    const user = await db.reader.manager.findOneBy(User, { email: values.as.toLowerCase() });
    if (!user || !user.active) throw new Error(`No active account ${values.as}`);
    const ctx = new RequestContext(runtime);
    const report = await importFinessExtract(ctx.as(await authUserOf(ctx, user, 0)), utf8.includes("\uFFFD") ? text.toString("latin1") : utf8, values["dry-run"] ?? false);
    const { problems, ...summary } = report;
    console.log(JSON.stringify(summary, null, 2));
    for (const p of problems) console.log(`line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(2);
});
