import { Table, TableColumn, TableForeignKey, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from "typeorm";
import { inOwnTransaction, nowDefault as NOW, timestampType as TIMESTAMP } from "../table-changes";

/**
 * The contract as the reference documents say (issue 11): who may activate each optional
 * module is catalogue data (modules 6 and 7 the organisation's, module 8 the agency's);
 * module 1 asks for one brique in all, not one per sector, as shipped (a rule an agency
 * changed is left alone); a sanitary contract's base and annexes are signed separately, each
 * in force from its own date (signature.part; the contracts signed so far had all their parts
 * signed at once, so their base signatures are copied to each annex), an amendment may revise
 * one part only, a version may be an annex coming into force, and a base may be imposed by
 * the agency's decision; departments' expectations are met by explicit links between an
 * action and an expectation, which the department confirms or contests.
 */

export class ContractFidelity1795979333035 implements MigrationInterface {
  name = "ContractFidelity1795979333035";
  /** Its own transaction, SQLite's foreign keys off while its tables are copied (see table-changes.ts). */
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.addColumn("contract", new TableColumn({ name: "base_decision_on", type: "date", isNullable: true }));
      await queryRunner.addColumn("contract", new TableColumn({ name: "base_decision_reference", type: "varchar", length: "200", isNullable: true }));
      await queryRunner.addColumn("amendment", new TableColumn({ name: "part", type: "varchar", length: "20", isNullable: true }));
      await queryRunner.addColumn("contract_version", new TableColumn({ name: "part", type: "varchar", length: "20", isNullable: true }));
      await queryRunner.addColumn("signature", new TableColumn({ name: "part", type: "varchar", length: "20", default: "'BASE'" }));
      for (const annex of ["ENGAGEMENTS", "CARE_ACTIVITIES", "FINANCING"]) {
        await queryRunner.query(
          `INSERT INTO signature (contract_id, amendment_id, part, party, department_code, status, signed_on, signed_by, reason, created_at, updated_at, version)
           SELECT s.contract_id, NULL, '${annex}', s.party, NULL, s.status, s.signed_on, s.signed_by, NULL, s.created_at, s.updated_at, 1
             FROM signature s JOIN contract c ON c.id = s.contract_id
            WHERE c.kind = 'SANITARY' AND c.status IN ('SIGNED', 'CLOSED') AND s.amendment_id IS NULL AND s.part = 'BASE' AND s.party IN ('AGENCY', 'ORGANISATION') AND s.status = 'SIGNED'`,
        );
      }
      await queryRunner.createTable(
        new Table({
          name: "expectation_link",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "created_at", type: TIMESTAMP(queryRunner), default: NOW(queryRunner) },
            { name: "updated_at", type: TIMESTAMP(queryRunner), default: NOW(queryRunner) },
            { name: "version", type: "integer", default: 1 },
            { name: "contract_id", type: "integer" },
            { name: "action_id", type: "integer" },
            { name: "expectation_id", type: "integer" },
            { name: "status", type: "varchar", length: "20" },
            { name: "proposed_by", type: "varchar", length: "200" },
            { name: "decided_by", type: "varchar", length: "200", isNullable: true },
            { name: "decided_at", type: TIMESTAMP(queryRunner), isNullable: true },
            { name: "reason", type: "text", isNullable: true },
          ],
          // The names TypeORM gives the entity's constraints, so that the schema compares equal on both drivers.
          uniques: [new TableUnique({ name: "UQ_10e8c8a8b8d557da94b52939e1b", columnNames: ["action_id", "expectation_id"] })],
          indices: [new TableIndex({ name: "IDX_7e01d03ccbd8eb841d5e39900c", columnNames: ["contract_id"] }), new TableIndex({ name: "IDX_3a8c175c8cd2cd1681ede201cf", columnNames: ["expectation_id"] })],
          foreignKeys: [
            new TableForeignKey({ name: "FK_7e01d03ccbd8eb841d5e39900c4", columnNames: ["contract_id"], referencedTableName: "contract", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
            new TableForeignKey({ name: "FK_56721b795906af95dac520d96f8", columnNames: ["action_id"], referencedTableName: "action", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
            new TableForeignKey({ name: "FK_3a8c175c8cd2cd1681ede201cfa", columnNames: ["expectation_id"], referencedTableName: "department_expectation", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
          ],
        }),
      );
      await queryRunner.addColumn("module_type", new TableColumn({ name: "activation_parties", type: "text", default: "'AGENCY'" }));
      await queryRunner.query(`UPDATE module_type SET activation_parties = 'ORGANISATION' WHERE code IN ('EVALUATION_HAS', 'INSPECTION_CONTROLE')`);
      await queryRunner.query(
        `UPDATE module_selection_rule SET scope = 'MODULE'
          WHERE kind = 'MIN_THEMES' AND scope = 'SECTOR' AND value = 1
            AND module_type_id IN (SELECT id FROM module_type WHERE code = 'TRANSFORMATION_OFFRE')
            AND NOT EXISTS (SELECT 1 FROM module_selection_rule r WHERE r.module_type_id = module_selection_rule.module_type_id AND r.kind = 'MIN_THEMES' AND r.scope = 'MODULE')`,
      );
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await inOwnTransaction(queryRunner, async () => {
      await queryRunner.dropTable("expectation_link");
      await queryRunner.query(
        `UPDATE module_selection_rule SET scope = 'SECTOR'
          WHERE kind = 'MIN_THEMES' AND scope = 'MODULE' AND value = 1
            AND module_type_id IN (SELECT id FROM module_type WHERE code = 'TRANSFORMATION_OFFRE')
            AND NOT EXISTS (SELECT 1 FROM module_selection_rule r WHERE r.module_type_id = module_selection_rule.module_type_id AND r.kind = 'MIN_THEMES' AND r.scope = 'SECTOR')`,
      );
      await queryRunner.dropColumn("module_type", "activation_parties");
      await queryRunner.query(`DELETE FROM signature WHERE part <> 'BASE'`);
      await queryRunner.dropColumn("signature", "part");
      await queryRunner.dropColumn("contract_version", "part");
      await queryRunner.dropColumn("amendment", "part");
      await queryRunner.dropColumn("contract", "base_decision_reference");
      await queryRunner.dropColumn("contract", "base_decision_on");
    });
  }
}
