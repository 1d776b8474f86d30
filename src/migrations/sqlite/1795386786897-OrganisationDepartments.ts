import { MigrationInterface, QueryRunner } from "typeorm";

export class OrganisationDepartments1795386786897 implements MigrationInterface {
    name = 'OrganisationDepartments1795386786897'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "organisation_department" (
                "organisation_id" integer NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                PRIMARY KEY ("organisation_id", "department_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_680b86f170eb595eef127a9dfb" ON "organisation_department" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96d865b763f3b49d6bc2f08b1b" ON "organisation_department" ("region_code", "organisation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_680b86f170eb595eef127a9dfb"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_96d865b763f3b49d6bc2f08b1b"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_organisation_department" (
                "organisation_id" integer NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                CONSTRAINT "FK_d3623769d294bff30cad2f5cfa0" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_9589c83cac572e055ec431a14ed" FOREIGN KEY ("department_code") REFERENCES "department" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
                PRIMARY KEY ("organisation_id", "department_code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_organisation_department"(
                    "organisation_id",
                    "department_code",
                    "region_code"
                )
            SELECT "organisation_id",
                "department_code",
                "region_code"
            FROM "organisation_department"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_department"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_organisation_department"
                RENAME TO "organisation_department"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_680b86f170eb595eef127a9dfb" ON "organisation_department" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96d865b763f3b49d6bc2f08b1b" ON "organisation_department" ("region_code", "organisation_id")
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
            DROP INDEX "IDX_96d865b763f3b49d6bc2f08b1b"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_680b86f170eb595eef127a9dfb"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department"
                RENAME TO "temporary_organisation_department"
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation_department" (
                "organisation_id" integer NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                PRIMARY KEY ("organisation_id", "department_code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "organisation_department"(
                    "organisation_id",
                    "department_code",
                    "region_code"
                )
            SELECT "organisation_id",
                "department_code",
                "region_code"
            FROM "temporary_organisation_department"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_organisation_department"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96d865b763f3b49d6bc2f08b1b" ON "organisation_department" ("region_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_680b86f170eb595eef127a9dfb" ON "organisation_department" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_96d865b763f3b49d6bc2f08b1b"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_680b86f170eb595eef127a9dfb"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_department"
        `);
    }

}
