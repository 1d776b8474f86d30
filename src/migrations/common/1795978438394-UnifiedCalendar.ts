import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { inOwnTransaction } from "../table-changes";

/** Adds months to a 'YYYY-MM-DD' date, keeping the day or the month's last day (this migration's own copy). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * One calendar per contract, and extensions: the sanitary revisions (contract_revision) become the held
 * REVISION entries of contract_review, which also gets the final review of year 5 and the
 * renewal (or extension) deadline; medico-social contracts lose the revisions they never
 * had (they are amended at any time) when not held; an amendment may carry a new end date.
 */
export class UnifiedCalendar1795978438394 implements MigrationInterface {
  name = "UnifiedCalendar1795978438394";
  /** Its own transaction, SQLite's foreign keys off while its tables are copied (see table-changes.ts). */
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.addColumn("amendment", new TableColumn({ name: "new_end_date", type: "date", isNullable: true }));
      await queryRunner.addColumn("contract_review", new TableColumn({ name: "description", type: "text", isNullable: true }));
      await queryRunner.addColumn("contract_review", new TableColumn({ name: "recorded_by", type: "varchar", length: "200", isNullable: true }));
      const revisions: { contract_id: number; number: number; date: string; description: string; recorded_by: string }[] = await queryRunner.query(
        `SELECT contract_id, number, date, description, recorded_by FROM contract_revision`,
      );
      const p = (i: number) => (queryRunner.connection.driver.options.type === "postgres" ? `$${i}` : "?");
      for (const r of revisions) {
        await queryRunner.query(`UPDATE contract_review SET held_on = ${p(1)}, description = ${p(2)}, recorded_by = ${p(3)} WHERE contract_id = ${p(4)} AND kind = 'REVISION' AND number = ${p(5)}`, [
          String(r.date).slice(0, 10),
          r.description,
          r.recorded_by,
          r.contract_id,
          r.number,
        ]);
      }
      await queryRunner.dropTable("contract_revision");
      await queryRunner.query(`DELETE FROM contract_review WHERE kind = 'REVISION' AND held_on IS NULL AND contract_id IN (SELECT id FROM contract WHERE kind = 'MEDICO_SOCIAL')`);
      const contracts: { id: number; kind: string; start_date: string; end_date: string }[] = await queryRunner.query(`SELECT id, kind, start_date, end_date FROM contract`);
      for (const c of contracts) {
        const notice = c.kind === "SANITARY" ? 12 : 6;
        for (const [kind, on] of [
          ["FINAL", addMonths(String(c.start_date), 54)],
          ["RENEWAL", addMonths(String(c.end_date), -notice)],
        ]) {
          await queryRunner.query(`INSERT INTO contract_review (contract_id, kind, number, scheduled_on) VALUES (${p(1)}, ${p(2)}, 1, ${p(3)})`, [c.id, kind, on]);
        }
      }
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.query(`DELETE FROM contract_review WHERE kind IN ('FINAL', 'RENEWAL')`);
      // The table as the baseline made it (its constraint names included, which the baseline's down drops).
      if (queryRunner.connection.driver.options.type === "postgres") {
        await queryRunner.query(
          `CREATE TABLE "contract_revision" ("id" SERIAL NOT NULL, "contract_id" integer NOT NULL, "number" integer NOT NULL, "date" date NOT NULL, "description" text NOT NULL, "recorded_by" character varying(200) NOT NULL, CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number"), CONSTRAINT "PK_74c3728adb483c177f85921bf6e" PRIMARY KEY ("id"))`,
        );
        await queryRunner.query(`ALTER TABLE "contract_revision" ADD CONSTRAINT "FK_e6630dbc3cc93ed1d07f9332ece" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
      } else {
        await queryRunner.query(
          `CREATE TABLE "contract_revision" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contract_id" integer NOT NULL, "number" integer NOT NULL, "date" date NOT NULL, "description" text NOT NULL, "recorded_by" varchar(200) NOT NULL, CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number"), CONSTRAINT "FK_e6630dbc3cc93ed1d07f9332ece" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
        );
      }
      await queryRunner.query(`CREATE INDEX "IDX_e6630dbc3cc93ed1d07f9332ec" ON "contract_revision" ("contract_id")`);
      await queryRunner.query(
        `INSERT INTO contract_revision (contract_id, number, date, description, recorded_by) SELECT contract_id, number, held_on, COALESCE(description, ''), COALESCE(recorded_by, '') FROM contract_review WHERE kind = 'REVISION' AND held_on IS NOT NULL`,
      );
      await queryRunner.dropColumn("contract_review", "recorded_by");
      await queryRunner.dropColumn("contract_review", "description");
      await queryRunner.dropColumn("amendment", "new_end_date");
    });
  }
}
