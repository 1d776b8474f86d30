import { randomBytes } from "node:crypto";
import path from "node:path";
import type { QueryLimits } from "./graphql/limits";
import type { LogConfig } from "./logging";

/** Which database the server runs on: an embedded SQLite file, or PostgreSQL. */
export type DatabaseConfig =
  | { kind: "sqlite"; path: string }
  | { kind: "postgres"; url: string };

export interface AuthConfig {
  /** Key of the HMAC under which session tokens are stored; the same for every server process. */
  sessionSecret: string;
  /** False when no SESSION_SECRET was given (development): a random one lives as long as the process. */
  sessionSecretFromEnvironment: boolean;
  sessionTtlMinutes: number;
  /** Failed logins allowed per account, and per client address, within the window. */
  loginWindowMinutes: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
}

/** Requests allowed per window, per account and per client address (shared through Redis when configured). */
export interface RateLimits {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

/** Where attached documents are kept, and what is accepted. */
export interface DocumentsConfig {
  /** DOCUMENTS_DIR: the directory, when no bucket is configured (also where uploads are received before they are stored). */
  directory: string;
  /** An S3-compatible bucket (S3_BUCKET and the other S3_* variables), shared by every server process; null: the directory. */
  s3: { bucket: string; region: string; endpoint: string | null; accessKeyId: string | null; secretAccessKey: string | null; forcePathStyle: boolean; prefix: string } | null;
  /** DOCUMENT_MAX_BYTES: the largest file accepted. */
  maxBytes: number;
}

function documentsConfig(env: NodeJS.ProcessEnv): DocumentsConfig {
  const directory = path.resolve(env.DOCUMENTS_DIR ?? "data/documents");
  const maxBytes = positiveInteger(env, "DOCUMENT_MAX_BYTES", 20 * 1024 * 1024);
  if (!env.S3_BUCKET) {
    const stray = Object.keys(env).filter((name) => name.startsWith("S3_") && env[name]);
    if (stray.length) throw new ConfigError(`${stray.join(", ")} set without S3_BUCKET: set the bucket too, or unset them to keep documents in DOCUMENTS_DIR`);
    return { directory, s3: null, maxBytes };
  }
  const endpoint = env.S3_ENDPOINT || null;
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) throw new ConfigError(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  return {
    directory,
    maxBytes,
    s3: {
      bucket: env.S3_BUCKET,
      region: env.S3_REGION || "us-east-1",
      endpoint,
      accessKeyId: env.S3_ACCESS_KEY_ID || null,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
      // S3-compatible servers (MinIO, Garage, s3rver…) address buckets by path.
      forcePathStyle: flag(env.S3_FORCE_PATH_STYLE, endpoint !== null),
      prefix: env.S3_PREFIX ?? "",
    },
  };
}

/** Email: the SMTP server, the sender, the links, the outbox's worker and the calendar's reminders. */
export interface MailConfig {
  /** SMTP_URL (smtp://user:password@host:587, smtps://… for TLS from the start); null: emails wait in the outbox, unsent. */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender, e.g. "CPOM ARS BFC <cpom@ars-bfc.example>". */
  from: string;
  /** PUBLIC_URL: the application people open (links to a contract: PUBLIC_URL/contracts/<id>). */
  publicUrl: string;
  /** API_PUBLIC_URL: this API as people's browsers reach it (the unsubscribe link); default PUBLIC_URL. */
  apiPublicUrl: string;
  /** OUTBOX_WORKER: whether this process sends the outbox's emails (off: another process does). */
  worker: boolean;
  /** OUTBOX_POLL_MS: how often the worker looks for emails to send. */
  pollMs: number;
  /** OUTBOX_BATCH: emails a worker takes at once. */
  batchSize: number;
  /** OUTBOX_MAX_ATTEMPTS: attempts before an email is given up (FAILED). */
  maxAttempts: number;
  /** OUTBOX_RETRY_BASE_MS, OUTBOX_RETRY_MAX_MS: the first pause after a failure, doubled at each attempt up to the maximum. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** OUTBOX_LEASE_MS: how long a worker holds the emails it took; past that, another worker may take them. */
  leaseMs: number;
  /** REMINDER_OFFSETS_DAYS: days before a deadline when its reminder goes (0: on the day, and while it is overdue, once). */
  reminderOffsetsDays: number[];
  /** DIGEST_HOUR: the hour (Paris time, 0–23) after which the daily digest goes. */
  digestHour: number;
  /** REMINDER_INTERVAL_MS: how often a process looks for reminders and digests due (each goes once whatever the number of passes). */
  reminderIntervalMs: number;
}

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) throw new ConfigError(`SMTP_URL must be an smtp:// or smtps:// URL, got "${smtpUrl.replace(/\/\/[^@/]*@/, "//…@")}"`);
  const publicUrl = (env.PUBLIC_URL || "http://localhost:4000").replace(/\/+$/, "");
  for (const [name, value] of [["PUBLIC_URL", publicUrl], ["API_PUBLIC_URL", env.API_PUBLIC_URL]] as const) {
    if (value && !/^https?:\/\/[^\s]+$/.test(value)) throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
  }
  const offsets = (env.REMINDER_OFFSETS_DAYS ?? "30,7,0").split(",").map((o) => o.trim()).filter(Boolean).map(Number);
  if (!offsets.length || offsets.some((o) => !Number.isInteger(o) || o < 0 || o > 365)) throw new ConfigError(`REMINDER_OFFSETS_DAYS lists days before a deadline (0 to 365), e.g. "30,7,0", got "${env.REMINDER_OFFSETS_DAYS}"`);
  const digestHour = positiveInteger(env, "DIGEST_HOUR", 7, 0);
  if (digestHour > 23) throw new ConfigError(`DIGEST_HOUR must be an hour, 0 to 23, got "${env.DIGEST_HOUR}"`);
  return {
    smtpUrl,
    from: env.MAIL_FROM || "CPOM <no-reply@cpom.invalid>",
    publicUrl,
    apiPublicUrl: (env.API_PUBLIC_URL || publicUrl).replace(/\/+$/, ""),
    worker: flag(env.OUTBOX_WORKER, true),
    pollMs: positiveInteger(env, "OUTBOX_POLL_MS", 5000),
    batchSize: positiveInteger(env, "OUTBOX_BATCH", 20),
    maxAttempts: positiveInteger(env, "OUTBOX_MAX_ATTEMPTS", 12),
    retryBaseMs: positiveInteger(env, "OUTBOX_RETRY_BASE_MS", 30_000),
    retryMaxMs: positiveInteger(env, "OUTBOX_RETRY_MAX_MS", 3_600_000),
    leaseMs: positiveInteger(env, "OUTBOX_LEASE_MS", 120_000),
    reminderOffsetsDays: [...new Set(offsets)].sort((a, b) => b - a),
    digestHour,
    reminderIntervalMs: positiveInteger(env, "REMINDER_INTERVAL_MS", 15 * 60 * 1000),
  };
}

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
  /**
   * COMPILE_AFTER: an operation runs compiled (graphql-jit) from its Nth execution in a
   * process (default 2: a query sent once is never compiled); 0: never, graphql-js runs all.
   */
  compileAfter: number;
  /** LOG_LEVEL (pino's levels), and pretty lines in development instead of JSON. */
  log: LogConfig;
  /** Redis for live events across server processes (subscriptions); null: in memory, one process. */
  redisUrl: string | null;
  auth: AuthConfig;
  limits: QueryLimits;
  /** False only to measure what the limits cost (the benchmark): never in production. */
  limitsEnabled: boolean;
  rateLimits: RateLimits;
  /** Origins a browser may call the API from (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Attached documents: their storage and limits. */
  documents: DocumentsConfig;
  /** IMPORT_MAX_BYTES: the largest file an import (/imports) accepts; read whole, so bounded. */
  importMaxBytes: number;
  /** Downloads (/exports): how many one process builds at once (more wait their turn: 429), and each one's time budget. */
  exports: { concurrency: number; timeBudgetMs: number };
  mail: MailConfig;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum = 1): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new ConfigError(`${name} must be ${minimum === 1 ? "a positive integer" : `an integer from ${minimum}`}, got "${text}"`);
  return value;
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const secret = env.SESSION_SECRET;
  if (secret !== undefined && secret.length < 32) throw new ConfigError("SESSION_SECRET must have at least 32 characters");
  if (!secret && production) throw new ConfigError("SESSION_SECRET is required in production (at least 32 random characters, the same for every server process)");
  return {
    sessionSecret: secret || randomBytes(32).toString("hex"),
    sessionSecretFromEnvironment: Boolean(secret),
    sessionTtlMinutes: positiveInteger(env, "SESSION_TTL_MINUTES", 8 * 60),
    loginWindowMinutes: positiveInteger(env, "LOGIN_WINDOW_MINUTES", 15),
    maxFailuresPerAccount: positiveInteger(env, "LOGIN_MAX_FAILURES_PER_ACCOUNT", 5),
    maxFailuresPerAddress: positiveInteger(env, "LOGIN_MAX_FAILURES_PER_ADDRESS", 20),
    trustProxy: flag(env.TRUST_PROXY, false),
  };
}

export class ConfigError extends Error {}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`expected a boolean (true/false), got "${value}"`);
}

/** True when the process is configured for PostgreSQL. */
export function usesPostgres(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");
}

/**
 * The query limits: set from the largest legitimate operations (README, benchmark, tests)
 * with a margin; see README, Security.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxCharacters: 20_000,
  maxTokens: 2_000,
  maxDepth: 9,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 200_000,
  timeBudgetMs: 10_000,
};

function queryLimits(env: NodeJS.ProcessEnv): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    maxCharacters: positiveInteger(env, "GRAPHQL_MAX_CHARACTERS", d.maxCharacters),
    maxTokens: positiveInteger(env, "GRAPHQL_MAX_TOKENS", d.maxTokens),
    maxDepth: positiveInteger(env, "GRAPHQL_MAX_DEPTH", d.maxDepth),
    maxAliases: positiveInteger(env, "GRAPHQL_MAX_ALIASES", d.maxAliases),
    maxDirectives: positiveInteger(env, "GRAPHQL_MAX_DIRECTIVES", d.maxDirectives),
    maxCost: positiveInteger(env, "GRAPHQL_MAX_COST", d.maxCost),
    timeBudgetMs: positiveInteger(env, "REQUEST_TIME_BUDGET_MS", d.timeBudgetMs),
  };
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS lists origins such as https://tableau.ars.example (scheme and host, no path), got "${origin}"`);
  }
  return origins;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logConfig(env: NodeJS.ProcessEnv, production: boolean): LogConfig {
  const level = env.LOG_LEVEL || (env.NODE_ENV === "test" ? "silent" : "info");
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${level}"`);
  const format = env.LOG_FORMAT || (production || env.NODE_ENV === "test" ? "json" : "pretty");
  if (format !== "json" && format !== "pretty") throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${format}"`);
  return { level, pretty: format === "pretty" };
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
    compileAfter: positiveInteger(env, "COMPILE_AFTER", 2, 0),
    log: logConfig(env, production),
    redisUrl: env.REDIS_URL || null,
    auth: authConfig(env, production),
    limits: queryLimits(env),
    limitsEnabled: flag(env.LIMITS, true),
    rateLimits: {
      perAccount: positiveInteger(env, "RATE_LIMIT_PER_ACCOUNT", 600),
      perAddress: positiveInteger(env, "RATE_LIMIT_PER_ADDRESS", 1200),
      windowSeconds: positiveInteger(env, "RATE_LIMIT_WINDOW_SECONDS", 60),
    },
    corsOrigins: corsOrigins(env),
    documents: documentsConfig(env),
    importMaxBytes: positiveInteger(env, "IMPORT_MAX_BYTES", 50 * 1024 * 1024),
    exports: {
      concurrency: positiveInteger(env, "EXPORTS_CONCURRENCY", 2),
      timeBudgetMs: positiveInteger(env, "EXPORT_TIME_BUDGET_MS", 120_000),
    },
    mail: mailConfig(env),
  };
}
