import { MigrationInterface, QueryRunner } from "typeorm";

export class OrganisationDepartments1795386789023 implements MigrationInterface {
    name = 'OrganisationDepartments1795386789023'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "organisation_department" (
                "organisation_id" integer NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "region_code" character varying(3) NOT NULL,
                CONSTRAINT "PK_680b86f170eb595eef127a9dfb2" PRIMARY KEY ("organisation_id", "department_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_680b86f170eb595eef127a9dfb" ON "organisation_department" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96d865b763f3b49d6bc2f08b1b" ON "organisation_department" ("region_code", "organisation_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department"
            ADD CONSTRAINT "FK_d3623769d294bff30cad2f5cfa0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department"
            ADD CONSTRAINT "FK_9589c83cac572e055ec431a14ed" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Data: the departments where each organisation already has establishments.
        await queryRunner.query(`
            INSERT INTO "organisation_department" ("organisation_id", "department_code", "region_code")
            SELECT DISTINCT e."organisation_id", e."department_code", d."region_code"
            FROM "establishment" e JOIN "department" d ON d."code" = e."department_code"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "organisation_department" DROP CONSTRAINT "FK_9589c83cac572e055ec431a14ed"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department" DROP CONSTRAINT "FK_d3623769d294bff30cad2f5cfa0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_96d865b763f3b49d6bc2f08b1b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_680b86f170eb595eef127a9dfb"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_department"
        `);
    }

}
