import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The contract as the reference documents say (issue 11): who may activate each optional
 * module is catalogue data (modules 6 and 7 the organisation's, module 8 the agency's);
 * module 1 asks for one brique in all, not one per sector, as shipped (a rule an agency
 * changed is left alone).
 */
export class ContractFidelity1795979333035 implements MigrationInterface {
  name = "ContractFidelity1795979333035";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("module_type", new TableColumn({ name: "activation_parties", type: "text", default: "'AGENCY'" }));
    await queryRunner.query(`UPDATE module_type SET activation_parties = 'ORGANISATION' WHERE code IN ('EVALUATION_HAS', 'INSPECTION_CONTROLE')`);
    await queryRunner.query(
      `UPDATE module_selection_rule SET scope = 'MODULE'
        WHERE kind = 'MIN_THEMES' AND scope = 'SECTOR' AND value = 1
          AND module_type_id IN (SELECT id FROM module_type WHERE code = 'TRANSFORMATION_OFFRE')
          AND NOT EXISTS (SELECT 1 FROM module_selection_rule r WHERE r.module_type_id = module_selection_rule.module_type_id AND r.kind = 'MIN_THEMES' AND r.scope = 'MODULE')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE module_selection_rule SET scope = 'SECTOR'
        WHERE kind = 'MIN_THEMES' AND scope = 'MODULE' AND value = 1
          AND module_type_id IN (SELECT id FROM module_type WHERE code = 'TRANSFORMATION_OFFRE')
          AND NOT EXISTS (SELECT 1 FROM module_selection_rule r WHERE r.module_type_id = module_selection_rule.module_type_id AND r.kind = 'MIN_THEMES' AND r.scope = 'SECTOR')`,
    );
    await queryRunner.dropColumn("module_type", "activation_parties");
  }
}
