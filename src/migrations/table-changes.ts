import type { QueryRunner } from "typeorm";

/**
 * Runs a migration's changes in one transaction of its own, with SQLite's foreign keys off
 * while it runs. SQLite changes a column by copying its table, dropping it and renaming the
 * copy: with rows pointing at the table, the drop breaks their foreign keys, and SQLite only
 * lets them be switched off outside a transaction. The keys are checked before the commit,
 * so a migration cannot leave a broken reference. A migration that uses it says
 * `transaction = false`: TypeORM then opens no transaction around its up(); a revert must be
 * run with `transaction: "none"` (TypeORM's revert ignores the migration's own setting); run
 * inside someone else's transaction, it can only do its work there.
 */
export async function inOwnTransaction(queryRunner: QueryRunner, work: () => Promise<void>): Promise<void> {
  if (queryRunner.isTransactionActive) return work();
  const sqlite = queryRunner.connection.driver.options.type !== "postgres";
  if (sqlite) await queryRunner.query("PRAGMA foreign_keys = OFF");
  await queryRunner.startTransaction();
  try {
    await work();
    if (sqlite) {
      const broken: { table: string; parent: string }[] = await queryRunner.query("PRAGMA foreign_key_check");
      if (broken.length) throw new Error(`The migration would break ${broken.length} foreign keys (${broken[0].table} → ${broken[0].parent})`);
    }
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    if (sqlite) await queryRunner.query("PRAGMA foreign_keys = ON");
  }
}

/** The timestamp type of each driver, as the entities' timestamp columns give it. */
export const timestampType = (queryRunner: QueryRunner) => (queryRunner.connection.driver.options.type === "postgres" ? "timestamp with time zone" : "datetime");
/** The default of created_at and updated_at on each driver. */
export const nowDefault = (queryRunner: QueryRunner) => (queryRunner.connection.driver.options.type === "postgres" ? "now()" : "datetime('now')");
