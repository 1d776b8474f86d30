import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "typeorm";
import { logger } from "../logging";

/** Per-request SQL statement counter, carried by AsyncLocalStorage through every await. */
export interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `work` with a fresh statement counter; every SQL statement issued inside counts. */
export function withQueryStats<T>(stats: QueryStats, work: () => T): T {
  return storage.run(stats, work);
}

export function currentQueryStats(): QueryStats | undefined {
  return storage.getStore();
}

/** TypeORM logger that counts statements and, optionally, prints them. */
export class CountingLogger implements Logger {
  constructor(private readonly printSql = false) {}

  logQuery(query: string, parameters?: unknown[]): void {
    const stats = storage.getStore();
    if (stats) stats.statements += 1;
    if (this.printSql) logger().info({ sql: query, parameters: parameters?.length ? parameters : undefined }, "sql");
  }

  logQueryError(error: string | Error, query: string): void {
    // Expected failures (constraint violations) are turned into GraphQL errors upstream;
    // only print them when SQL logging is on.
    if (this.printSql) logger().warn({ sql: query, error: String(error) }, "sql error");
  }

  logQuerySlow(time: number, query: string): void {
    logger().warn({ sql: query, durationMs: time }, "slow sql");
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    logger().info({ migration: message }, "migration");
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") logger().warn({ typeorm: String(message) }, "typeorm");
  }
}
