import { Column, CreateDateColumn, getMetadataArgsStorage, UpdateDateColumn, VersionColumn, type ColumnOptions } from "typeorm";

/**
 * Timestamps are "datetime" on SQLite and "timestamptz" on PostgreSQL. Entities are
 * declared with the SQLite type; useTimestampTypeOf() switches every timestamp column to
 * the driver's type just before a DataSource builds its metadata, so one process can open
 * either driver (the benchmark opens both).
 */
const TIMESTAMP_TYPES = new Set(["datetime", "timestamptz"]);

export function useTimestampTypeOf(driver: "sqlite" | "postgres"): void {
  for (const column of getMetadataArgsStorage().columns) {
    if (TIMESTAMP_TYPES.has(String(column.options.type))) column.options.type = driver === "postgres" ? "timestamptz" : "datetime";
  }
}

export const TimestampColumn = (options: ColumnOptions = {}) => Column({ type: "datetime", ...options });
export const CreatedAtColumn = () => CreateDateColumn({ type: "datetime" });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: "datetime" });
/** Optimistic-lock version; services compare it themselves (TypeORM's update() does not). */
export const Version = () => VersionColumn({ default: 1 });
/** A calendar date stored as 'YYYY-MM-DD' (a string on both drivers). */
export const DateColumn = (options: ColumnOptions = {}) => Column({ type: "date", ...options });
/** A rate in percent (0–100), null when there is nothing to measure yet. */
export const RateColumn = (options: ColumnOptions = {}) => Column({ type: "double precision", nullable: true, ...options });

/**
 * Values for an UPDATE of derived data (stored rates, counts): keeps the row's version, so
 * recomputing an aggregate never makes a person's pending edit look stale.
 */
export function derived<T extends object>(values: T): T & { version: () => string } {
  return { ...values, version: () => "version" };
}
