import "reflect-metadata";
import { appResolvers, authenticate, runSeeds } from "./app";
import { ConfigError, loadConfig } from "./core/config";
import { Database } from "./core/database/database";
import { buildGraphQLSchema } from "./core/graphql/schema";
import { closeEventBus, configureEventBus } from "./core/graphql/event-bus";
import { startServer } from "./core/server";
import { appSchema } from "./entities";

async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.database.kind === "sqlite" ? `SQLite ${config.database.path}` : "PostgreSQL";
  const db = await Database.open(config.database, appSchema, { logSql: config.logSql });
  const inserted = await runSeeds(db);
  configureEventBus(config.redisUrl);
  const schema = await buildGraphQLSchema(appResolvers);
  if (!config.auth.sessionSecretFromEnvironment) {
    console.warn("SESSION_SECRET is not set: a random one is used, so sessions end when the server stops (set it in production)");
  }
  const server = await startServer({ config, db, schema, authenticate });
  console.log(`cpom-graphql on ${where}${inserted ? ` (${inserted} reference rows loaded from seeds/)` : ""}`);
  console.log(`GraphQL API at ${server.url}${config.explorer ? " (open it in a browser for the explorer)" : ""}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await server.stop();
    await closeEventBus();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
