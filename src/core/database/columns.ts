import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn, type ColumnOptions } from "typeorm";
import { usesPostgres } from "../config";

/**
 * Column types that differ between SQLite and PostgreSQL. Resolved when entities are
 * loaded, from DATABASE_URL, which is also what the migration CLI reads.
 */
const timestampType = () => (usesPostgres() ? "timestamptz" : "datetime");

export const TimestampColumn = (options: ColumnOptions = {}) => Column({ type: timestampType(), ...options });
export const CreatedAtColumn = () => CreateDateColumn({ type: timestampType() });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: timestampType() });
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
