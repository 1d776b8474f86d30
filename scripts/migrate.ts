import "reflect-metadata";
import { loadConfig } from "../src/core/config";
import { Database } from "../src/core/database/database";
import { appSchema } from "../src/entities";

/** Applies pending migrations (the server also does this at start-up). */
async function main() {
  const db = await Database.open(loadConfig().database, appSchema);
  console.log("Migrations applied.");
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
