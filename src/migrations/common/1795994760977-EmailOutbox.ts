import { Table, TableForeignKey, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from "typeorm";
import { inOwnTransaction, timestampType } from "../table-changes";

/**
 * Email (issue 15): the transactional outbox, written with the change that causes an email and
 * emptied by the workers (status, attempts, when to try again, the lease of the worker that
 * took it, what the SMTP server answered), and each user's choice of how notifications reach
 * them by email.
 */
export class EmailOutbox1795994760977 implements MigrationInterface {
  name = "EmailOutbox1795994760977";
  /** Its own transaction, SQLite's foreign keys off while its tables are copied (see table-changes.ts). */
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(queryRunner);
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.createTable(
        new Table({
          name: "outbox_email",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "kind", type: "varchar", length: "20" },
            { name: "recipient_id", type: "integer" },
            { name: "agency_id", type: "integer" },
            { name: "to_address", type: "varchar", length: "254" },
            { name: "subject", type: "varchar", length: "300" },
            { name: "body", type: "text" },
            { name: "dedupe_key", type: "varchar", length: "200", isNullable: true },
            { name: "contract_id", type: "integer", isNullable: true },
            { name: "status", type: "varchar", length: "20" },
            { name: "attempts", type: "integer", default: 0 },
            { name: "created_at", type: timestamp },
            { name: "next_attempt_at", type: timestamp },
            { name: "lease_until", type: timestamp, isNullable: true },
            { name: "leased_by", type: "varchar", length: "100", isNullable: true },
            { name: "sent_at", type: timestamp, isNullable: true },
            { name: "message_id", type: "varchar", length: "300", isNullable: true },
            { name: "last_error", type: "text", isNullable: true },
          ],
          // The names TypeORM gives the entity's constraints, so that the schema compares equal on both drivers.
          indices: [
            new TableIndex({ name: "IDX_24bf887049103bc6867088956f", columnNames: ["recipient_id"] }),
            new TableIndex({ name: "IDX_0166c707463a0cdc25e9f8f378", columnNames: ["agency_id"] }),
            new TableIndex({ name: "IDX_188a7fd9c43251484deb674595", columnNames: ["status", "next_attempt_at"] }),
          ],
          uniques: [new TableUnique({ name: "UQ_c497cf2985f02a2e5989a4a096e", columnNames: ["dedupe_key"] })],
          foreignKeys: [new TableForeignKey({ name: "FK_24bf887049103bc6867088956f0", columnNames: ["recipient_id"], referencedTableName: "app_user", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
        }),
      );
      await queryRunner.createTable(
        new Table({
          name: "email_preference",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "user_id", type: "integer" },
            { name: "kind", type: "varchar", length: "20" },
            { name: "mode", type: "varchar", length: "20" },
          ],
          uniques: [new TableUnique({ name: "UQ_c17177f08748983678c29c2d0f9", columnNames: ["user_id", "kind"] })],
          foreignKeys: [new TableForeignKey({ name: "FK_7ab42d71c0a71234f0fa0aadf65", columnNames: ["user_id"], referencedTableName: "app_user", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
        }),
      );
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.dropTable("email_preference");
      await queryRunner.dropTable("outbox_email");
    });
  }
}
