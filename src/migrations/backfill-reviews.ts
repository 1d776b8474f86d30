import type { QueryRunner } from "typeorm";
import { defaultReviews } from "../contracts/review.entities";

/** Schedules the default revisions and mid-term evaluation of the contracts that existed before reviews did. */
export async function backfillReviews(queryRunner: QueryRunner, placeholder: (index: number) => string): Promise<void> {
  const contracts: { id: number; start_date: string }[] = await queryRunner.query(`SELECT "id", CAST("start_date" AS TEXT) AS "start_date" FROM "contract" ORDER BY "id"`);
  for (let i = 0; i < contracts.length; i += 200) {
    const rows = contracts.slice(i, i + 200).flatMap((c) => defaultReviews(String(c.start_date).slice(0, 10)).map((r) => [c.id, r.kind, r.number, r.scheduledOn]));
    const values = rows.map((_, r) => `(${[0, 1, 2, 3].map((k) => placeholder(r * 4 + k + 1)).join(", ")})`).join(", ");
    await queryRunner.query(`INSERT INTO "contract_review" ("contract_id", "kind", "number", "scheduled_on") VALUES ${values}`, rows.flat());
  }
}
