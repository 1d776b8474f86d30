import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions, type EntityManager, type MixedList, type EntitySchema } from "typeorm";
import type { DatabaseConfig } from "../config";
import { useTimestampTypeOf } from "./columns";
import { SnakeNamingStrategy } from "./naming";
import { bindNumbersAsParameters } from "./sqlite-parameters";
import { CountingLogger } from "./query-stats";

export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  /** One migration set per driver: TypeORM generates driver-specific SQL. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: { sqlite: MixedList<Function | string>; postgres: MixedList<Function | string> };
}

export interface DataSourceExtras {
  logSql?: boolean;
  readonly?: boolean;
}

/** The TypeORM options for one driver; shared by the server, the tests and `ormconfig.ts`. */
export function dataSourceOptions(config: DatabaseConfig, schema: SchemaDefinition, extras: DataSourceExtras = {}): DataSourceOptions {
  useTimestampTypeOf(config.kind);
  const common = {
    entities: schema.entities,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new CountingLogger(extras.logSql ?? false),
    maxQueryExecutionTime: 1000,
    synchronize: false,
    migrationsRun: false,
  } as const;
  if (config.kind === "postgres") {
    return {
      ...common,
      type: "postgres",
      url: config.url,
      migrations: schema.migrations.postgres,
      extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    };
  }
  return {
    ...common,
    type: "better-sqlite3",
    database: config.path,
    migrations: schema.migrations.sqlite,
    readonly: extras.readonly ?? false,
    fileMustExist: extras.readonly ?? false,
    enableWAL: !extras.readonly,
    // Wait for another process's write lock instead of failing at once (the CLI, a seed run).
    timeout: 5000,
    statementCacheSize: 500,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma("busy_timeout = 5000");
      // With WAL, NORMAL is durable against application crashes and much faster than FULL.
      if (!extras.readonly) db.pragma("synchronous = NORMAL");
    },
  };
}

const MAX_ATTEMPTS = 40;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isSerializationFailure(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === "40001" || code === "40P01";
}

/**
 * The application's database: a writer and a reader.
 *
 * SQLite (better-sqlite3) has one connection per DataSource, so every write transaction is
 * queued and runs alone, and reads go through a second, read-only connection: with WAL it
 * sees only committed data, never a transaction in progress on the writer.
 * PostgreSQL has a pool: reads and writes share it, and write transactions run SERIALIZABLE
 * and are retried on serialization failure, so rules checked inside a transaction (limits,
 * uniqueness, aggregates) hold under concurrency, also across several server processes.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly kind: DatabaseConfig["kind"],
    readonly writer: DataSource,
    readonly reader: DataSource,
  ) {}

  static async open(config: DatabaseConfig, schema: SchemaDefinition, options: { logSql?: boolean; migrate?: boolean } = {}): Promise<Database> {
    if (config.kind === "sqlite") fs.mkdirSync(path.dirname(config.path), { recursive: true });
    const writer = new DataSource(dataSourceOptions(config, schema, { logSql: options.logSql }));
    await writer.initialize();
    if (config.kind === "sqlite") bindNumbersAsParameters(writer);
    try {
      if (options.migrate ?? true) await writer.runMigrations({ transaction: "each" });
      if (config.kind === "postgres") return new Database(config.kind, writer, writer);
      const reader = new DataSource(dataSourceOptions(config, schema, { logSql: options.logSql, readonly: true }));
      await reader.initialize();
      bindNumbersAsParameters(reader);
      return new Database(config.kind, writer, reader);
    } catch (error) {
      await writer.destroy();
      throw error;
    }
  }

  /** Runs `work` in one write transaction: all of it is committed, or nothing. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === "sqlite") {
      const run = () => this.writer.transaction(work);
      const result = this.queue.then(run, run);
      this.queue = result.catch(() => undefined);
      return result;
    }
    return this.serializable(work);
  }

  /**
   * Runs one self-contained statement on the writer, outside any open transaction: queued
   * with the transactions on SQLite (one connection), in autocommit (read committed) on
   * PostgreSQL, where a single upsert is atomic without a serializable transaction's retries.
   */
  autocommit<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === "sqlite") return this.transaction(work);
    return work(this.writer.manager);
  }

  /**
   * Transactions that touch the same rows (one organisation's plan) conflict; PostgreSQL
   * aborts all but one, and they run again after a random, growing pause ("full jitter"),
   * so that even many writers of the same rows get through one after another.
   */
  private async serializable<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writer.transaction("SERIALIZABLE", work);
      } catch (error) {
        if (!isSerializationFailure(error) || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(Math.random() * Math.min(200, 2 ** attempt));
      }
    }
  }

  async close(): Promise<void> {
    if (this.reader !== this.writer && this.reader.isInitialized) await this.reader.destroy();
    if (this.writer.isInitialized) await this.writer.destroy();
  }
}
