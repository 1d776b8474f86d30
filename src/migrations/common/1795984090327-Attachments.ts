import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { inOwnTransaction, nowDefault, timestampType } from "../table-changes";

/**
 * Documents attached to a contract or one of its parts (issue 12): the file's safe name, the
 * type its content shows, its size and SHA-256, where the storage keeps it, who uploaded it,
 * and, once the agency deletes it, when, by whom and why (the row stays, for the record).
 */
export class Attachments1795984090327 implements MigrationInterface {
  name = "Attachments1795984090327";
  /** Its own transaction, SQLite's foreign keys off while its tables are copied (see table-changes.ts). */
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(queryRunner);
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.createTable(
        new Table({
          name: "attachment",
          columns: [
            { name: "created_at", type: timestamp, default: nowDefault(queryRunner) },
            { name: "updated_at", type: timestamp, default: nowDefault(queryRunner) },
            { name: "version", type: "integer", default: 1 },
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "contract_id", type: "integer" },
            { name: "target_type", type: "varchar", length: "20" },
            { name: "target_id", type: "integer" },
            { name: "description", type: "varchar", length: "500" },
            { name: "file_name", type: "varchar", length: "200" },
            { name: "media_type", type: "varchar", length: "100" },
            { name: "size", type: "integer" },
            { name: "sha256", type: "varchar", length: "64" },
            { name: "storage_key", type: "varchar", length: "200" },
            { name: "uploaded_by_id", type: "integer", isNullable: true },
            { name: "uploaded_by", type: "varchar", length: "200" },
            { name: "uploaded_at", type: timestamp },
            { name: "deleted_at", type: timestamp, isNullable: true },
            { name: "deleted_by", type: "varchar", length: "200", isNullable: true },
            { name: "deletion_reason", type: "text", isNullable: true },
          ],
          // The names TypeORM gives the entity's constraints, so that the schema compares equal on both drivers.
          indices: [new TableIndex({ name: "IDX_9d7c45814fbbbebf5d06d076bd", columnNames: ["contract_id", "target_type", "target_id"] })],
          foreignKeys: [new TableForeignKey({ name: "FK_59215e4f6ca2dab496ee66f7db0", columnNames: ["contract_id"], referencedTableName: "contract", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
        }),
      );
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.dropTable("attachment");
    });
  }
}
