import "reflect-metadata";
import { appJobs, appResolvers, appRoutes, authenticate, runSeeds } from "./app";
import { ConfigError, loadConfig } from "./core/config";
import { Database } from "./core/database/database";
import { buildGraphQLSchema } from "./core/graphql/schema";
import { closeEventBus, configureEventBus } from "./core/graphql/event-bus";
import { createLogger, logger, useLogger } from "./core/logging";
import { startServer } from "./core/server";
import { appSchema } from "./entities";

/** Waits until the logs written so far are out. */
const flushed = () => new Promise<void>((resolve) => logger().flush(() => resolve()));

/** How long a stop may take (requests in flight, subscriptions, database) before the process exits anyway. */
const STOP_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  useLogger(createLogger(config.log));
  const log = logger();
  const where = config.database.kind === "sqlite" ? `SQLite ${config.database.path}` : "PostgreSQL";
  const db = await Database.open(config.database, appSchema, { logSql: config.logSql });
  const inserted = await runSeeds(db);
  configureEventBus(config.redisUrl);
  const schema = await buildGraphQLSchema(appResolvers);
  if (!config.auth.sessionSecretFromEnvironment) {
    log.warn("SESSION_SECRET is not set: a random one is used, so sessions end when the server stops (set it in production)");
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config, db, schema, authenticate, routes: appRoutes, jobs: appJobs });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      log.fatal(`Port ${config.port} is already in use: stop the other server, or set PORT`);
      await db.close();
      await flushed();
      process.exit(1);
    }
    throw error;
  }
  log.info({ database: where, seeded: inserted }, `cpom-graphql on ${where}${inserted ? ` (${inserted} reference rows loaded from seeds/)` : ""}`);
  log.info({ url: server.url }, `GraphQL API at ${server.url}${config.explorer ? " (open it in a browser for the explorer)" : ""}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal}: stopping (requests in flight finish, subscriptions end)`);
    setTimeout(() => {
      log.error(`Not stopped within ${STOP_TIMEOUT_MS / 1000} s: exiting`);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    await server.stop();
    await closeEventBus();
    await db.close();
    log.info("stopped");
    await flushed();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  if (error instanceof ConfigError) logger().fatal(`Configuration error: ${error.message}`);
  else logger().fatal({ err: error }, "The server could not start");
  void flushed().then(() => process.exit(1));
});
