import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateNationalDataset } from "../bench/national-dataset";
import { runSeeds } from "../src/app";
import { generatePassword } from "../src/accounts/bootstrap";
import { calendarDate } from "../src/core/clock";
import { loadConfig } from "../src/core/config";
import { Database } from "../src/core/database/database";
import { projectRoot } from "../src/core/seeds";
import { appSchema } from "../src/entities";

const USAGE = `Generates the national dataset into an empty database (DATABASE_PATH or DATABASE_URL).

  npm run seed:national -- [--organisations 10000] [--seed 1] [--today YYYY-MM-DD]

Writes the bench accounts' credentials to data/national-<sqlite|postgres>.json.`;

async function main() {
  const { values } = parseArgs({
    options: { organisations: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, today: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const organisations = Number(values.organisations);
  const seed = Number(values.seed);
  if (!Number.isInteger(organisations) || organisations < 1) throw new Error("--organisations must be a positive integer");
  const config = loadConfig();
  const db = await Database.open(config.database, appSchema);
  try {
    await runSeeds(db);
    const password = generatePassword();
    const summary = await generateNationalDataset(db, {
      organisations,
      seed,
      today: values.today ?? calendarDate(new Date()),
      password,
      log: (message) => process.stdout.write(`\r${message}   `),
    });
    const file = path.join(projectRoot(), "data", `national-${config.database.kind}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ database: config.database, password, ...summary }, null, 2));
    console.log(`\n${summary.organisations} organisations, ${summary.establishments} establishments, ${summary.contracts} contracts, ${summary.modules} modules, ${summary.actions} actions, ${summary.phaseChanges} phase changes, ${summary.snapshots} yearly records in ${summary.seconds.toFixed(1)} s`);
    console.log(`Bench accounts (password in ${path.relative(process.cwd(), file)}): ${summary.users[0].email} …`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
