import "reflect-metadata";
import { runSeeds } from "../src/app";
import { loadConfig } from "../src/core/config";
import { Database } from "../src/core/database/database";
import { appSchema } from "../src/entities";

/** Loads the reference data of seeds/ (the server also does this at start-up); idempotent. */
async function main() {
  const db = await Database.open(loadConfig().database, appSchema);
  const inserted = await runSeeds(db);
  console.log(`${inserted} reference rows inserted.`);
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
