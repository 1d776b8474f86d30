import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795383332763 implements MigrationInterface {
    name = 'Init1795383332763'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "region" (
                "code" varchar(3) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "department" (
                "code" varchar(3) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL,
                "region_code" varchar(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_789fd959c564b31187c2daa2b4" ON "department" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "agency" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fb51ffcb0a44225993fb61e4a" ON "agency" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "finess_juridique" varchar(9) NOT NULL,
                "legal_status" varchar(30) NOT NULL,
                "head_office_region_code" varchar(3) NOT NULL,
                "search_text" varchar(220) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e2a6ede4f5b1a3ac45881ba987" ON "organisation" ("finess_juridique")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f115e3ffe7a997305dc71d851e" ON "organisation" ("head_office_region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_396cbdd5468012d51ac89fbdee" ON "organisation" ("search_text")
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "organisation_id" integer NOT NULL,
                "finess_geographique" varchar(9) NOT NULL,
                "name" varchar(200) NOT NULL,
                "sector" varchar(20),
                "category" varchar(100) NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "commune" varchar(100) NOT NULL,
                "postal_code" varchar(5) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_00e6421d0c969123f66910a3db" ON "establishment" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c3caf4962a7af994f60b9de8f0" ON "establishment" ("finess_geographique")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ab8add0d444522705571358661" ON "establishment" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_type" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "code" varchar(40) NOT NULL,
                "number" integer NOT NULL,
                "title" varchar(200) NOT NULL,
                "mandatory" boolean NOT NULL,
                "summary" text NOT NULL,
                "expected_at_contracting" text NOT NULL,
                "expected_during" text NOT NULL,
                "follow_up_indicator" text NOT NULL,
                "expected_at_end" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_45eca86586dd79b54b47bbf4bb" ON "module_type" ("code")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c45869b34a1479d574d129ecb0" ON "module_type" ("number")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_selection_rule" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "kind" varchar(40) NOT NULL,
                "value" integer NOT NULL,
                "scope" varchar(20) NOT NULL,
                CONSTRAINT "UQ_1bcda759d4c5591bf613149c60e" UNIQUE ("module_type_id", "kind", "scope")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "theme" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "code" varchar(40) NOT NULL,
                "title" varchar(200) NOT NULL,
                "sectors" text NOT NULL,
                "definition" text NOT NULL,
                "questions" text NOT NULL,
                "key_points" text NOT NULL,
                "resources" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT (0),
                "agency_id" integer,
                "archived" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c053f0439f9e96f5341cd7a27d" ON "theme" ("module_type_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d39e888e20592fb5fb0ff9c2f0" ON "theme" ("code")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "kind" varchar(20) NOT NULL,
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_establishment" (
                "contract_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("contract_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ecea01efd61b3a6cc884876f" ON "contract_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_module" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "mandatory" boolean NOT NULL,
                "activated_on" date NOT NULL,
                "activation_reason" text,
                "activated_by" varchar(200),
                "progress_rate" double precision,
                "action_count" integer NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a201ffa78ba6ecc6574ac5d92e" ON "contract_module" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_theme" (
                "module_id" integer NOT NULL,
                "theme_id" integer NOT NULL,
                "selected_at" datetime NOT NULL,
                PRIMARY KEY ("module_id", "theme_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_443d067158a5517a6d2d536d09" ON "module_theme" ("theme_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_id" integer NOT NULL,
                "theme_id" integer,
                "title" varchar(300) NOT NULL,
                "description" text NOT NULL DEFAULT (''),
                "person_in_charge" varchar(200),
                "planned_start_date" date,
                "planned_end_date" date,
                "phase" varchar(20) NOT NULL,
                "completion" integer NOT NULL,
                "progress" double precision NOT NULL,
                "progress_updated_at" datetime NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9e659e3e37d44043a260380ffb" ON "action" ("module_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bc85bc3e3114e549d9c549c84c" ON "action" ("theme_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_establishment" (
                "action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_939a487d5bcb3d8057de9c6aaf" ON "action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_phase_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_id" integer NOT NULL,
                "from_phase" varchar(20) NOT NULL,
                "to_phase" varchar(20) NOT NULL,
                "from_completion" integer NOT NULL,
                "to_completion" integer NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e" ON "action_phase_change" ("action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "status" varchar(20) NOT NULL,
                "submitted_at" datetime,
                "submitted_by" varchar(200),
                "progress_rate" double precision
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation_progress" (
                "organisation_id" integer PRIMARY KEY NOT NULL,
                "progress_rate" double precision,
                "last_progress_at" datetime
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a0d2802d352a39374806ddb274" ON "organisation_progress" ("progress_rate")
        `);
        await queryRunner.query(`
            CREATE TABLE "progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "year" integer NOT NULL,
                "year_start_date" date NOT NULL,
                "year_end_date" date NOT NULL,
                "contract_rate" double precision,
                "organisation_rate" double precision,
                "closed_at" datetime NOT NULL,
                "closed_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_21fafdf2bcbe0086bb7ec886313" UNIQUE ("contract_id", "year")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_76488074920d4e625f949df0db" ON "progress_snapshot" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "snapshot_id" integer NOT NULL,
                "module_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "rate" double precision,
                "action_count" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fb2bc4141286850567c10a78d6" ON "module_progress_snapshot" ("snapshot_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_789fd959c564b31187c2daa2b4"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_department" (
                "code" varchar(3) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                CONSTRAINT "FK_789fd959c564b31187c2daa2b4b" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_department"("code", "name", "region_code")
            SELECT "code",
                "name",
                "region_code"
            FROM "department"
        `);
        await queryRunner.query(`
            DROP TABLE "department"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_department"
                RENAME TO "department"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_789fd959c564b31187c2daa2b4" ON "department" ("region_code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9fb51ffcb0a44225993fb61e4a"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_agency" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_9fb51ffcb0a44225993fb61e4a6" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_agency"(
                    "id",
                    "name",
                    "region_code",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "name",
                "region_code",
                "created_at",
                "updated_at",
                "version"
            FROM "agency"
        `);
        await queryRunner.query(`
            DROP TABLE "agency"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_agency"
                RENAME TO "agency"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fb51ffcb0a44225993fb61e4a" ON "agency" ("region_code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e2a6ede4f5b1a3ac45881ba987"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f115e3ffe7a997305dc71d851e"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_396cbdd5468012d51ac89fbdee"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_organisation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "finess_juridique" varchar(9) NOT NULL,
                "legal_status" varchar(30) NOT NULL,
                "head_office_region_code" varchar(3) NOT NULL,
                "search_text" varchar(220) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_f115e3ffe7a997305dc71d851eb" FOREIGN KEY ("head_office_region_code") REFERENCES "region" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_organisation"(
                    "id",
                    "name",
                    "finess_juridique",
                    "legal_status",
                    "head_office_region_code",
                    "search_text",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "name",
                "finess_juridique",
                "legal_status",
                "head_office_region_code",
                "search_text",
                "created_at",
                "updated_at",
                "version"
            FROM "organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_organisation"
                RENAME TO "organisation"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e2a6ede4f5b1a3ac45881ba987" ON "organisation" ("finess_juridique")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f115e3ffe7a997305dc71d851e" ON "organisation" ("head_office_region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_396cbdd5468012d51ac89fbdee" ON "organisation" ("search_text")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_00e6421d0c969123f66910a3db"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c3caf4962a7af994f60b9de8f0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_ab8add0d444522705571358661"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_establishment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "organisation_id" integer NOT NULL,
                "finess_geographique" varchar(9) NOT NULL,
                "name" varchar(200) NOT NULL,
                "sector" varchar(20),
                "category" varchar(100) NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "commune" varchar(100) NOT NULL,
                "postal_code" varchar(5) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_00e6421d0c969123f66910a3db0" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_635eb03e2deddef4a493504a247" FOREIGN KEY ("department_code") REFERENCES "department" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_establishment"(
                    "id",
                    "organisation_id",
                    "finess_geographique",
                    "name",
                    "sector",
                    "category",
                    "department_code",
                    "commune",
                    "postal_code",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "organisation_id",
                "finess_geographique",
                "name",
                "sector",
                "category",
                "department_code",
                "commune",
                "postal_code",
                "created_at",
                "updated_at",
                "version"
            FROM "establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_establishment"
                RENAME TO "establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_00e6421d0c969123f66910a3db" ON "establishment" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c3caf4962a7af994f60b9de8f0" ON "establishment" ("finess_geographique")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ab8add0d444522705571358661" ON "establishment" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_module_selection_rule" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "kind" varchar(40) NOT NULL,
                "value" integer NOT NULL,
                "scope" varchar(20) NOT NULL,
                CONSTRAINT "UQ_1bcda759d4c5591bf613149c60e" UNIQUE ("module_type_id", "kind", "scope"),
                CONSTRAINT "FK_91132120726cf9c247f30b3f5d3" FOREIGN KEY ("module_type_id") REFERENCES "module_type" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_module_selection_rule"("id", "module_type_id", "kind", "value", "scope")
            SELECT "id",
                "module_type_id",
                "kind",
                "value",
                "scope"
            FROM "module_selection_rule"
        `);
        await queryRunner.query(`
            DROP TABLE "module_selection_rule"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_module_selection_rule"
                RENAME TO "module_selection_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c053f0439f9e96f5341cd7a27d"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d39e888e20592fb5fb0ff9c2f0"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_theme" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "code" varchar(40) NOT NULL,
                "title" varchar(200) NOT NULL,
                "sectors" text NOT NULL,
                "definition" text NOT NULL,
                "questions" text NOT NULL,
                "key_points" text NOT NULL,
                "resources" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT (0),
                "agency_id" integer,
                "archived" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_c053f0439f9e96f5341cd7a27d1" FOREIGN KEY ("module_type_id") REFERENCES "module_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_cf6fafbdd40ebba102e96a9c1ac" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_theme"(
                    "id",
                    "module_type_id",
                    "code",
                    "title",
                    "sectors",
                    "definition",
                    "questions",
                    "key_points",
                    "resources",
                    "is_example_content",
                    "agency_id",
                    "archived",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "module_type_id",
                "code",
                "title",
                "sectors",
                "definition",
                "questions",
                "key_points",
                "resources",
                "is_example_content",
                "agency_id",
                "archived",
                "created_at",
                "updated_at",
                "version"
            FROM "theme"
        `);
        await queryRunner.query(`
            DROP TABLE "theme"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_theme"
                RENAME TO "theme"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c053f0439f9e96f5341cd7a27d" ON "theme" ("module_type_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d39e888e20592fb5fb0ff9c2f0" ON "theme" ("code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "kind" varchar(20) NOT NULL,
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract"(
                    "id",
                    "kind",
                    "organisation_id",
                    "agency_id",
                    "start_date",
                    "end_date",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version"
            FROM "contract"
        `);
        await queryRunner.query(`
            DROP TABLE "contract"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract"
                RENAME TO "contract"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e9ecea01efd61b3a6cc884876f"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_establishment" (
                "contract_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                CONSTRAINT "FK_74698f9bfc998923b7193f060cf" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_e9ecea01efd61b3a6cc884876f7" FOREIGN KEY ("establishment_id") REFERENCES "establishment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                PRIMARY KEY ("contract_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_establishment"("contract_id", "establishment_id")
            SELECT "contract_id",
                "establishment_id"
            FROM "contract_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_establishment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_establishment"
                RENAME TO "contract_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ecea01efd61b3a6cc884876f" ON "contract_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a201ffa78ba6ecc6574ac5d92e"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_module" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "mandatory" boolean NOT NULL,
                "activated_on" date NOT NULL,
                "activation_reason" text,
                "activated_by" varchar(200),
                "progress_rate" double precision,
                "action_count" integer NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id"),
                CONSTRAINT "FK_a201ffa78ba6ecc6574ac5d92e4" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_44b155d36497c9d90236b2b4ffd" FOREIGN KEY ("module_type_id") REFERENCES "module_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_module"(
                    "id",
                    "contract_id",
                    "module_type_id",
                    "mandatory",
                    "activated_on",
                    "activation_reason",
                    "activated_by",
                    "progress_rate",
                    "action_count",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "contract_id",
                "module_type_id",
                "mandatory",
                "activated_on",
                "activation_reason",
                "activated_by",
                "progress_rate",
                "action_count",
                "created_at",
                "updated_at",
                "version"
            FROM "contract_module"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_module"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_module"
                RENAME TO "contract_module"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a201ffa78ba6ecc6574ac5d92e" ON "contract_module" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_443d067158a5517a6d2d536d09"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_module_theme" (
                "module_id" integer NOT NULL,
                "theme_id" integer NOT NULL,
                "selected_at" datetime NOT NULL,
                CONSTRAINT "FK_92e809a51cbbe6be3416baef58d" FOREIGN KEY ("module_id") REFERENCES "contract_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_443d067158a5517a6d2d536d095" FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                PRIMARY KEY ("module_id", "theme_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_module_theme"("module_id", "theme_id", "selected_at")
            SELECT "module_id",
                "theme_id",
                "selected_at"
            FROM "module_theme"
        `);
        await queryRunner.query(`
            DROP TABLE "module_theme"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_module_theme"
                RENAME TO "module_theme"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_443d067158a5517a6d2d536d09" ON "module_theme" ("theme_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9e659e3e37d44043a260380ffb"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bc85bc3e3114e549d9c549c84c"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_action" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_id" integer NOT NULL,
                "theme_id" integer,
                "title" varchar(300) NOT NULL,
                "description" text NOT NULL DEFAULT (''),
                "person_in_charge" varchar(200),
                "planned_start_date" date,
                "planned_end_date" date,
                "phase" varchar(20) NOT NULL,
                "completion" integer NOT NULL,
                "progress" double precision NOT NULL,
                "progress_updated_at" datetime NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_9e659e3e37d44043a260380ffb0" FOREIGN KEY ("module_id") REFERENCES "contract_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_bc85bc3e3114e549d9c549c84c3" FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_action"(
                    "id",
                    "module_id",
                    "theme_id",
                    "title",
                    "description",
                    "person_in_charge",
                    "planned_start_date",
                    "planned_end_date",
                    "phase",
                    "completion",
                    "progress",
                    "progress_updated_at",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "module_id",
                "theme_id",
                "title",
                "description",
                "person_in_charge",
                "planned_start_date",
                "planned_end_date",
                "phase",
                "completion",
                "progress",
                "progress_updated_at",
                "created_at",
                "updated_at",
                "version"
            FROM "action"
        `);
        await queryRunner.query(`
            DROP TABLE "action"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_action"
                RENAME TO "action"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9e659e3e37d44043a260380ffb" ON "action" ("module_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bc85bc3e3114e549d9c549c84c" ON "action" ("theme_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_939a487d5bcb3d8057de9c6aaf"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_action_establishment" (
                "action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                CONSTRAINT "FK_88cf52c166d5a36b29378f1f8ce" FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_939a487d5bcb3d8057de9c6aafe" FOREIGN KEY ("establishment_id") REFERENCES "establishment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                PRIMARY KEY ("action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_action_establishment"("action_id", "establishment_id")
            SELECT "action_id",
                "establishment_id"
            FROM "action_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "action_establishment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_action_establishment"
                RENAME TO "action_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_939a487d5bcb3d8057de9c6aaf" ON "action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_action_phase_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_id" integer NOT NULL,
                "from_phase" varchar(20) NOT NULL,
                "to_phase" varchar(20) NOT NULL,
                "from_completion" integer NOT NULL,
                "to_completion" integer NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text,
                CONSTRAINT "FK_c4ef2f8eb60d3370b9d3d8316e4" FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_action_phase_change"(
                    "id",
                    "action_id",
                    "from_phase",
                    "to_phase",
                    "from_completion",
                    "to_completion",
                    "changed_at",
                    "changed_by",
                    "comment"
                )
            SELECT "id",
                "action_id",
                "from_phase",
                "to_phase",
                "from_completion",
                "to_completion",
                "changed_at",
                "changed_by",
                "comment"
            FROM "action_phase_change"
        `);
        await queryRunner.query(`
            DROP TABLE "action_phase_change"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_action_phase_change"
                RENAME TO "action_phase_change"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e" ON "action_phase_change" ("action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "status" varchar(20) NOT NULL,
                "submitted_at" datetime,
                "submitted_by" varchar(200),
                "progress_rate" double precision,
                CONSTRAINT "FK_f9a58249eac05646500e0597656" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_plan"(
                    "contract_id",
                    "status",
                    "submitted_at",
                    "submitted_by",
                    "progress_rate"
                )
            SELECT "contract_id",
                "status",
                "submitted_at",
                "submitted_by",
                "progress_rate"
            FROM "contract_plan"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_plan"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_plan"
                RENAME TO "contract_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a0d2802d352a39374806ddb274"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_organisation_progress" (
                "organisation_id" integer PRIMARY KEY NOT NULL,
                "progress_rate" double precision,
                "last_progress_at" datetime,
                CONSTRAINT "FK_76d10eeb0f0327935ffb85c8dea" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_organisation_progress"(
                    "organisation_id",
                    "progress_rate",
                    "last_progress_at"
                )
            SELECT "organisation_id",
                "progress_rate",
                "last_progress_at"
            FROM "organisation_progress"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_progress"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_organisation_progress"
                RENAME TO "organisation_progress"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a0d2802d352a39374806ddb274" ON "organisation_progress" ("progress_rate")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_76488074920d4e625f949df0db"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "year" integer NOT NULL,
                "year_start_date" date NOT NULL,
                "year_end_date" date NOT NULL,
                "contract_rate" double precision,
                "organisation_rate" double precision,
                "closed_at" datetime NOT NULL,
                "closed_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_21fafdf2bcbe0086bb7ec886313" UNIQUE ("contract_id", "year"),
                CONSTRAINT "FK_76488074920d4e625f949df0dbb" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_progress_snapshot"(
                    "id",
                    "contract_id",
                    "year",
                    "year_start_date",
                    "year_end_date",
                    "contract_rate",
                    "organisation_rate",
                    "closed_at",
                    "closed_by"
                )
            SELECT "id",
                "contract_id",
                "year",
                "year_start_date",
                "year_end_date",
                "contract_rate",
                "organisation_rate",
                "closed_at",
                "closed_by"
            FROM "progress_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "progress_snapshot"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_progress_snapshot"
                RENAME TO "progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_76488074920d4e625f949df0db" ON "progress_snapshot" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_fb2bc4141286850567c10a78d6"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_module_progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "snapshot_id" integer NOT NULL,
                "module_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "rate" double precision,
                "action_count" integer NOT NULL,
                CONSTRAINT "FK_fb2bc4141286850567c10a78d64" FOREIGN KEY ("snapshot_id") REFERENCES "progress_snapshot" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_fa401c5ca51abe7113109660b74" FOREIGN KEY ("module_id") REFERENCES "contract_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_module_progress_snapshot"(
                    "id",
                    "snapshot_id",
                    "module_id",
                    "module_type_id",
                    "rate",
                    "action_count"
                )
            SELECT "id",
                "snapshot_id",
                "module_id",
                "module_type_id",
                "rate",
                "action_count"
            FROM "module_progress_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "module_progress_snapshot"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_module_progress_snapshot"
                RENAME TO "module_progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fb2bc4141286850567c10a78d6" ON "module_progress_snapshot" ("snapshot_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "IDX_fb2bc4141286850567c10a78d6"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_progress_snapshot"
                RENAME TO "temporary_module_progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE TABLE "module_progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "snapshot_id" integer NOT NULL,
                "module_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "rate" double precision,
                "action_count" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "module_progress_snapshot"(
                    "id",
                    "snapshot_id",
                    "module_id",
                    "module_type_id",
                    "rate",
                    "action_count"
                )
            SELECT "id",
                "snapshot_id",
                "module_id",
                "module_type_id",
                "rate",
                "action_count"
            FROM "temporary_module_progress_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_module_progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fb2bc4141286850567c10a78d6" ON "module_progress_snapshot" ("snapshot_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_76488074920d4e625f949df0db"
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_snapshot"
                RENAME TO "temporary_progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE TABLE "progress_snapshot" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "year" integer NOT NULL,
                "year_start_date" date NOT NULL,
                "year_end_date" date NOT NULL,
                "contract_rate" double precision,
                "organisation_rate" double precision,
                "closed_at" datetime NOT NULL,
                "closed_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_21fafdf2bcbe0086bb7ec886313" UNIQUE ("contract_id", "year")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "progress_snapshot"(
                    "id",
                    "contract_id",
                    "year",
                    "year_start_date",
                    "year_end_date",
                    "contract_rate",
                    "organisation_rate",
                    "closed_at",
                    "closed_by"
                )
            SELECT "id",
                "contract_id",
                "year",
                "year_start_date",
                "year_end_date",
                "contract_rate",
                "organisation_rate",
                "closed_at",
                "closed_by"
            FROM "temporary_progress_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_progress_snapshot"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_76488074920d4e625f949df0db" ON "progress_snapshot" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a0d2802d352a39374806ddb274"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_progress"
                RENAME TO "temporary_organisation_progress"
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation_progress" (
                "organisation_id" integer PRIMARY KEY NOT NULL,
                "progress_rate" double precision,
                "last_progress_at" datetime
            )
        `);
        await queryRunner.query(`
            INSERT INTO "organisation_progress"(
                    "organisation_id",
                    "progress_rate",
                    "last_progress_at"
                )
            SELECT "organisation_id",
                "progress_rate",
                "last_progress_at"
            FROM "temporary_organisation_progress"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_organisation_progress"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a0d2802d352a39374806ddb274" ON "organisation_progress" ("progress_rate")
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_plan"
                RENAME TO "temporary_contract_plan"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "status" varchar(20) NOT NULL,
                "submitted_at" datetime,
                "submitted_by" varchar(200),
                "progress_rate" double precision
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_plan"(
                    "contract_id",
                    "status",
                    "submitted_at",
                    "submitted_by",
                    "progress_rate"
                )
            SELECT "contract_id",
                "status",
                "submitted_at",
                "submitted_by",
                "progress_rate"
            FROM "temporary_contract_plan"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_phase_change"
                RENAME TO "temporary_action_phase_change"
        `);
        await queryRunner.query(`
            CREATE TABLE "action_phase_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_id" integer NOT NULL,
                "from_phase" varchar(20) NOT NULL,
                "to_phase" varchar(20) NOT NULL,
                "from_completion" integer NOT NULL,
                "to_completion" integer NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text
            )
        `);
        await queryRunner.query(`
            INSERT INTO "action_phase_change"(
                    "id",
                    "action_id",
                    "from_phase",
                    "to_phase",
                    "from_completion",
                    "to_completion",
                    "changed_at",
                    "changed_by",
                    "comment"
                )
            SELECT "id",
                "action_id",
                "from_phase",
                "to_phase",
                "from_completion",
                "to_completion",
                "changed_at",
                "changed_by",
                "comment"
            FROM "temporary_action_phase_change"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_action_phase_change"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e" ON "action_phase_change" ("action_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_939a487d5bcb3d8057de9c6aaf"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_establishment"
                RENAME TO "temporary_action_establishment"
        `);
        await queryRunner.query(`
            CREATE TABLE "action_establishment" (
                "action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "action_establishment"("action_id", "establishment_id")
            SELECT "action_id",
                "establishment_id"
            FROM "temporary_action_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_action_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_939a487d5bcb3d8057de9c6aaf" ON "action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bc85bc3e3114e549d9c549c84c"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9e659e3e37d44043a260380ffb"
        `);
        await queryRunner.query(`
            ALTER TABLE "action"
                RENAME TO "temporary_action"
        `);
        await queryRunner.query(`
            CREATE TABLE "action" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_id" integer NOT NULL,
                "theme_id" integer,
                "title" varchar(300) NOT NULL,
                "description" text NOT NULL DEFAULT (''),
                "person_in_charge" varchar(200),
                "planned_start_date" date,
                "planned_end_date" date,
                "phase" varchar(20) NOT NULL,
                "completion" integer NOT NULL,
                "progress" double precision NOT NULL,
                "progress_updated_at" datetime NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "action"(
                    "id",
                    "module_id",
                    "theme_id",
                    "title",
                    "description",
                    "person_in_charge",
                    "planned_start_date",
                    "planned_end_date",
                    "phase",
                    "completion",
                    "progress",
                    "progress_updated_at",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "module_id",
                "theme_id",
                "title",
                "description",
                "person_in_charge",
                "planned_start_date",
                "planned_end_date",
                "phase",
                "completion",
                "progress",
                "progress_updated_at",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_action"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_action"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bc85bc3e3114e549d9c549c84c" ON "action" ("theme_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9e659e3e37d44043a260380ffb" ON "action" ("module_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_443d067158a5517a6d2d536d09"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_theme"
                RENAME TO "temporary_module_theme"
        `);
        await queryRunner.query(`
            CREATE TABLE "module_theme" (
                "module_id" integer NOT NULL,
                "theme_id" integer NOT NULL,
                "selected_at" datetime NOT NULL,
                PRIMARY KEY ("module_id", "theme_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "module_theme"("module_id", "theme_id", "selected_at")
            SELECT "module_id",
                "theme_id",
                "selected_at"
            FROM "temporary_module_theme"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_module_theme"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_443d067158a5517a6d2d536d09" ON "module_theme" ("theme_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a201ffa78ba6ecc6574ac5d92e"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
                RENAME TO "temporary_contract_module"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_module" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "mandatory" boolean NOT NULL,
                "activated_on" date NOT NULL,
                "activation_reason" text,
                "activated_by" varchar(200),
                "progress_rate" double precision,
                "action_count" integer NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_module"(
                    "id",
                    "contract_id",
                    "module_type_id",
                    "mandatory",
                    "activated_on",
                    "activation_reason",
                    "activated_by",
                    "progress_rate",
                    "action_count",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "contract_id",
                "module_type_id",
                "mandatory",
                "activated_on",
                "activation_reason",
                "activated_by",
                "progress_rate",
                "action_count",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_contract_module"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_module"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a201ffa78ba6ecc6574ac5d92e" ON "contract_module" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e9ecea01efd61b3a6cc884876f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_establishment"
                RENAME TO "temporary_contract_establishment"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_establishment" (
                "contract_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("contract_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_establishment"("contract_id", "establishment_id")
            SELECT "contract_id",
                "establishment_id"
            FROM "temporary_contract_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ecea01efd61b3a6cc884876f" ON "contract_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
                RENAME TO "temporary_contract"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "kind" varchar(20) NOT NULL,
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract"(
                    "id",
                    "kind",
                    "organisation_id",
                    "agency_id",
                    "start_date",
                    "end_date",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_contract"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d39e888e20592fb5fb0ff9c2f0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c053f0439f9e96f5341cd7a27d"
        `);
        await queryRunner.query(`
            ALTER TABLE "theme"
                RENAME TO "temporary_theme"
        `);
        await queryRunner.query(`
            CREATE TABLE "theme" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "code" varchar(40) NOT NULL,
                "title" varchar(200) NOT NULL,
                "sectors" text NOT NULL,
                "definition" text NOT NULL,
                "questions" text NOT NULL,
                "key_points" text NOT NULL,
                "resources" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT (0),
                "agency_id" integer,
                "archived" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "theme"(
                    "id",
                    "module_type_id",
                    "code",
                    "title",
                    "sectors",
                    "definition",
                    "questions",
                    "key_points",
                    "resources",
                    "is_example_content",
                    "agency_id",
                    "archived",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "module_type_id",
                "code",
                "title",
                "sectors",
                "definition",
                "questions",
                "key_points",
                "resources",
                "is_example_content",
                "agency_id",
                "archived",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_theme"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_theme"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d39e888e20592fb5fb0ff9c2f0" ON "theme" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c053f0439f9e96f5341cd7a27d" ON "theme" ("module_type_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "module_selection_rule"
                RENAME TO "temporary_module_selection_rule"
        `);
        await queryRunner.query(`
            CREATE TABLE "module_selection_rule" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "module_type_id" integer NOT NULL,
                "kind" varchar(40) NOT NULL,
                "value" integer NOT NULL,
                "scope" varchar(20) NOT NULL,
                CONSTRAINT "UQ_1bcda759d4c5591bf613149c60e" UNIQUE ("module_type_id", "kind", "scope")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "module_selection_rule"("id", "module_type_id", "kind", "value", "scope")
            SELECT "id",
                "module_type_id",
                "kind",
                "value",
                "scope"
            FROM "temporary_module_selection_rule"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_module_selection_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_ab8add0d444522705571358661"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c3caf4962a7af994f60b9de8f0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_00e6421d0c969123f66910a3db"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment"
                RENAME TO "temporary_establishment"
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "organisation_id" integer NOT NULL,
                "finess_geographique" varchar(9) NOT NULL,
                "name" varchar(200) NOT NULL,
                "sector" varchar(20),
                "category" varchar(100) NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "commune" varchar(100) NOT NULL,
                "postal_code" varchar(5) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "establishment"(
                    "id",
                    "organisation_id",
                    "finess_geographique",
                    "name",
                    "sector",
                    "category",
                    "department_code",
                    "commune",
                    "postal_code",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "organisation_id",
                "finess_geographique",
                "name",
                "sector",
                "category",
                "department_code",
                "commune",
                "postal_code",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ab8add0d444522705571358661" ON "establishment" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c3caf4962a7af994f60b9de8f0" ON "establishment" ("finess_geographique")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_00e6421d0c969123f66910a3db" ON "establishment" ("organisation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_396cbdd5468012d51ac89fbdee"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f115e3ffe7a997305dc71d851e"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e2a6ede4f5b1a3ac45881ba987"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
                RENAME TO "temporary_organisation"
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "finess_juridique" varchar(9) NOT NULL,
                "legal_status" varchar(30) NOT NULL,
                "head_office_region_code" varchar(3) NOT NULL,
                "search_text" varchar(220) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "organisation"(
                    "id",
                    "name",
                    "finess_juridique",
                    "legal_status",
                    "head_office_region_code",
                    "search_text",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "name",
                "finess_juridique",
                "legal_status",
                "head_office_region_code",
                "search_text",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_organisation"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_396cbdd5468012d51ac89fbdee" ON "organisation" ("search_text")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f115e3ffe7a997305dc71d851e" ON "organisation" ("head_office_region_code")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e2a6ede4f5b1a3ac45881ba987" ON "organisation" ("finess_juridique")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9fb51ffcb0a44225993fb61e4a"
        `);
        await queryRunner.query(`
            ALTER TABLE "agency"
                RENAME TO "temporary_agency"
        `);
        await queryRunner.query(`
            CREATE TABLE "agency" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" varchar(200) NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "agency"(
                    "id",
                    "name",
                    "region_code",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "name",
                "region_code",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_agency"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_agency"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fb51ffcb0a44225993fb61e4a" ON "agency" ("region_code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_789fd959c564b31187c2daa2b4"
        `);
        await queryRunner.query(`
            ALTER TABLE "department"
                RENAME TO "temporary_department"
        `);
        await queryRunner.query(`
            CREATE TABLE "department" (
                "code" varchar(3) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL,
                "region_code" varchar(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "department"("code", "name", "region_code")
            SELECT "code",
                "name",
                "region_code"
            FROM "temporary_department"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_department"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_789fd959c564b31187c2daa2b4" ON "department" ("region_code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_fb2bc4141286850567c10a78d6"
        `);
        await queryRunner.query(`
            DROP TABLE "module_progress_snapshot"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_76488074920d4e625f949df0db"
        `);
        await queryRunner.query(`
            DROP TABLE "progress_snapshot"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a0d2802d352a39374806ddb274"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_progress"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e"
        `);
        await queryRunner.query(`
            DROP TABLE "action_phase_change"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_939a487d5bcb3d8057de9c6aaf"
        `);
        await queryRunner.query(`
            DROP TABLE "action_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bc85bc3e3114e549d9c549c84c"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9e659e3e37d44043a260380ffb"
        `);
        await queryRunner.query(`
            DROP TABLE "action"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_443d067158a5517a6d2d536d09"
        `);
        await queryRunner.query(`
            DROP TABLE "module_theme"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a201ffa78ba6ecc6574ac5d92e"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_module"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e9ecea01efd61b3a6cc884876f"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP TABLE "contract"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d39e888e20592fb5fb0ff9c2f0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c053f0439f9e96f5341cd7a27d"
        `);
        await queryRunner.query(`
            DROP TABLE "theme"
        `);
        await queryRunner.query(`
            DROP TABLE "module_selection_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c45869b34a1479d574d129ecb0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_45eca86586dd79b54b47bbf4bb"
        `);
        await queryRunner.query(`
            DROP TABLE "module_type"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_ab8add0d444522705571358661"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_c3caf4962a7af994f60b9de8f0"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_00e6421d0c969123f66910a3db"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_396cbdd5468012d51ac89fbdee"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f115e3ffe7a997305dc71d851e"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e2a6ede4f5b1a3ac45881ba987"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_9fb51ffcb0a44225993fb61e4a"
        `);
        await queryRunner.query(`
            DROP TABLE "agency"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_789fd959c564b31187c2daa2b4"
        `);
        await queryRunner.query(`
            DROP TABLE "department"
        `);
        await queryRunner.query(`
            DROP TABLE "region"
        `);
    }

}
