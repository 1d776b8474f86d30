import path from "node:path";

/** Which database the server runs on: an embedded SQLite file, or PostgreSQL. */
export type DatabaseConfig =
  | { kind: "sqlite"; path: string }
  | { kind: "postgres"; url: string };

export interface Config {
  port: number;
  database: DatabaseConfig;
  production: boolean;
  /** Serve the offline GraphQL explorer at /graphql (GET) and allow introspection. */
  explorer: boolean;
  /** Report the number of SQL statements of each request in `extensions.sqlStatements`. */
  queryStats: boolean;
  /** Log every SQL statement (debugging). */
  logSql: boolean;
}

export class ConfigError extends Error {}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`expected a boolean (true/false), got "${value}"`);
}

/** True when the process is configured for PostgreSQL (read at decoration time by column helpers). */
export function usesPostgres(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const portText = env.PORT ?? "4000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${portText}"`);
  }
  let database: DatabaseConfig;
  if (env.DATABASE_URL) {
    if (!usesPostgres(env)) {
      throw new ConfigError(`DATABASE_URL must be a postgres:// URL (unset it to use SQLite), got "${env.DATABASE_URL}"`);
    }
    database = { kind: "postgres", url: env.DATABASE_URL };
  } else {
    database = { kind: "sqlite", path: path.resolve(env.DATABASE_PATH ?? "data/cpom.sqlite") };
  }
  return {
    port,
    database,
    production,
    explorer: flag(env.EXPLORER, !production),
    queryStats: flag(env.QUERY_STATS, !production),
    logSql: flag(env.LOG_SQL, false),
  };
}
