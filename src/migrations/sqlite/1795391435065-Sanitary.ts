import { MigrationInterface, QueryRunner } from "typeorm";

export class Sanitary1795391435065 implements MigrationInterface {
    name = 'Sanitary1795391435065'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "activity" (
                "code" varchar(40) PRIMARY KEY NOT NULL,
                "kind" varchar(20) NOT NULL,
                "label" varchar(200) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment_activity" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "establishment_id" integer NOT NULL,
                "activity_code" varchar(40) NOT NULL,
                "capacity" integer,
                "capacity_unit" varchar(40),
                "since" date,
                CONSTRAINT "UQ_b13c1151fe56edef7f70090780c" UNIQUE ("establishment_id", "activity_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6996172afe0f8dda131586d321" ON "establishment_activity" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_catalogue" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "name" varchar(200) NOT NULL,
                "source" text,
                "active" boolean NOT NULL,
                "default_max_objectives" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_27e7bf7618bcf46d16e29c286e" ON "sanitary_catalogue" ("region_code")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_81623237fb313215484b6b0f5a" ON "sanitary_catalogue" ("name")
        `);
        await queryRunner.query(`
            CREATE TABLE "catalogue_objective_limit" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100) NOT NULL,
                "max_objectives" integer NOT NULL,
                CONSTRAINT "UQ_d51624e0b06fe2ec7e8b25d8ede" UNIQUE ("catalogue_id", "category")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_orientation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(300) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_64377446aad633ec4beac6ec7a2" UNIQUE ("catalogue_id", "code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e5f2ea30e3a08047c36500b2c8" ON "strategic_orientation" ("catalogue_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_objective" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "orientation_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(400) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_9444cbc77a3345ad768533b0288" UNIQUE ("orientation_id", "code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5" ON "strategic_objective" ("orientation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_type" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "objective_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "concerned" text NOT NULL,
                "note" text,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_4520b67c5b33895f277fb93539b" UNIQUE ("objective_id", "code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5" ON "action_type" ("objective_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_template" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_type_id" integer NOT NULL,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "position" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3119e9412ac24b57de8e153bf9" ON "indicator_template" ("action_type_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100),
                "max_objectives" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_objective" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "objective_id" integer NOT NULL,
                "retained" boolean,
                "stakes" text,
                CONSTRAINT "UQ_571b1e65f965e8c74952ae36fdb" UNIQUE ("contract_id", "objective_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_859ab6eab775dd1431338af7bc" ON "contract_objective" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_objective_id" integer NOT NULL,
                "action_type_id" integer NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "included" boolean NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23294f2558ede8f37872b25976" ON "contract_action" ("contract_objective_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action_establishment" (
                "contract_action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("contract_action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d51bd16ec5539290bc50c0aee0" ON "contract_action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_indicator" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_action_id" integer NOT NULL,
                "template_id" integer,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "baseline_number" double precision,
                "baseline_text" text,
                "baseline_year" integer,
                "not_measurable" boolean NOT NULL DEFAULT (0),
                "not_measurable_justification" text,
                "measurability_decision" varchar(20),
                "measurability_decision_reason" text
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6dcd0c6fd37b52328495aa7a1b" ON "contract_indicator" ("contract_action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_year" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "indicator_id" integer NOT NULL,
                "year" integer NOT NULL,
                "target_number" double precision,
                "target_text" text,
                "actual_number" double precision,
                "actual_text" text,
                "actual_recorded_at" datetime,
                "actual_recorded_by" varchar(200),
                "computed_verdict" varchar(30),
                "override_verdict" varchar(30),
                "override_reason" text,
                "overridden_by" varchar(200),
                "overridden_at" datetime,
                CONSTRAINT "UQ_7740608c443bd19053b29bfc25c" UNIQUE ("indicator_id", "year")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "financing_line" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "label" varchar(300) NOT NULL,
                "amounts" text NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f6a8ed73d1afba37e1e575bd94" ON "financing_line" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_evaluation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "structure_diagnostic" text,
                "structure_diagnostic_date" date,
                "agency_diagnostic" text,
                "agency_diagnostic_date" date,
                "shared_diagnostic" text,
                "shared_diagnostic_date" date,
                "strengths" text,
                "weaknesses" text,
                "opportunities" text,
                "threats" text,
                CONSTRAINT "UQ_175436e2a36653dfdb69fd1cf40" UNIQUE ("contract_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63c10a1f28616ceb3c8115622f" ON "contract_evaluation" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "engagement_proposal" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "evaluation_id" integer NOT NULL,
                "contract_action_id" integer,
                "proposal" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "proposed_at" datetime NOT NULL,
                "proposed_by" varchar(200) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bdf2a9fc67255f30cadc9da6e8" ON "engagement_proposal" ("evaluation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_revision" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "date" date NOT NULL,
                "description" text NOT NULL,
                "recorded_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e6630dbc3cc93ed1d07f9332ec" ON "contract_revision" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_comment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "target_type" varchar(20) NOT NULL,
                "target_id" integer NOT NULL,
                "text" text NOT NULL,
                "author_id" integer,
                "author_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_befc6c4e0d3745f2abd7d511e6" ON "contract_comment" ("contract_id", "target_type", "target_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6996172afe0f8dda131586d321"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_establishment_activity" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "establishment_id" integer NOT NULL,
                "activity_code" varchar(40) NOT NULL,
                "capacity" integer,
                "capacity_unit" varchar(40),
                "since" date,
                CONSTRAINT "UQ_b13c1151fe56edef7f70090780c" UNIQUE ("establishment_id", "activity_code"),
                CONSTRAINT "FK_6996172afe0f8dda131586d3215" FOREIGN KEY ("establishment_id") REFERENCES "establishment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_da9f89167779a5774d9e23449c0" FOREIGN KEY ("activity_code") REFERENCES "activity" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_establishment_activity"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "establishment_id",
                    "activity_code",
                    "capacity",
                    "capacity_unit",
                    "since"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "establishment_id",
                "activity_code",
                "capacity",
                "capacity_unit",
                "since"
            FROM "establishment_activity"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment_activity"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_establishment_activity"
                RENAME TO "establishment_activity"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6996172afe0f8dda131586d321" ON "establishment_activity" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_27e7bf7618bcf46d16e29c286e"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_81623237fb313215484b6b0f5a"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_sanitary_catalogue" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "name" varchar(200) NOT NULL,
                "source" text,
                "active" boolean NOT NULL,
                "default_max_objectives" integer NOT NULL,
                CONSTRAINT "FK_27e7bf7618bcf46d16e29c286ef" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_sanitary_catalogue"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "region_code",
                    "name",
                    "source",
                    "active",
                    "default_max_objectives"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "region_code",
                "name",
                "source",
                "active",
                "default_max_objectives"
            FROM "sanitary_catalogue"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_catalogue"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_sanitary_catalogue"
                RENAME TO "sanitary_catalogue"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_27e7bf7618bcf46d16e29c286e" ON "sanitary_catalogue" ("region_code")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_81623237fb313215484b6b0f5a" ON "sanitary_catalogue" ("name")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_catalogue_objective_limit" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100) NOT NULL,
                "max_objectives" integer NOT NULL,
                CONSTRAINT "UQ_d51624e0b06fe2ec7e8b25d8ede" UNIQUE ("catalogue_id", "category"),
                CONSTRAINT "FK_f4c409316295184517f25f70a04" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_catalogue_objective_limit"(
                    "id",
                    "catalogue_id",
                    "category",
                    "max_objectives"
                )
            SELECT "id",
                "catalogue_id",
                "category",
                "max_objectives"
            FROM "catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP TABLE "catalogue_objective_limit"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_catalogue_objective_limit"
                RENAME TO "catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e5f2ea30e3a08047c36500b2c8"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_strategic_orientation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(300) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_64377446aad633ec4beac6ec7a2" UNIQUE ("catalogue_id", "code"),
                CONSTRAINT "FK_e5f2ea30e3a08047c36500b2c86" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_strategic_orientation"(
                    "id",
                    "catalogue_id",
                    "code",
                    "title",
                    "position"
                )
            SELECT "id",
                "catalogue_id",
                "code",
                "title",
                "position"
            FROM "strategic_orientation"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_orientation"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_strategic_orientation"
                RENAME TO "strategic_orientation"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e5f2ea30e3a08047c36500b2c8" ON "strategic_orientation" ("catalogue_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_strategic_objective" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "orientation_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(400) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_9444cbc77a3345ad768533b0288" UNIQUE ("orientation_id", "code"),
                CONSTRAINT "FK_2e4e01f8dcbb160e3f2c44d4b5d" FOREIGN KEY ("orientation_id") REFERENCES "strategic_orientation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_strategic_objective"(
                    "id",
                    "orientation_id",
                    "code",
                    "title",
                    "position"
                )
            SELECT "id",
                "orientation_id",
                "code",
                "title",
                "position"
            FROM "strategic_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_objective"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_strategic_objective"
                RENAME TO "strategic_objective"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5" ON "strategic_objective" ("orientation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_action_type" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "objective_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "concerned" text NOT NULL,
                "note" text,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_4520b67c5b33895f277fb93539b" UNIQUE ("objective_id", "code"),
                CONSTRAINT "FK_a4d6c8a947f2bd97fa0cbaaaf59" FOREIGN KEY ("objective_id") REFERENCES "strategic_objective" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_action_type"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "objective_id",
                    "code",
                    "title",
                    "mandatory",
                    "concerned",
                    "note",
                    "position"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "objective_id",
                "code",
                "title",
                "mandatory",
                "concerned",
                "note",
                "position"
            FROM "action_type"
        `);
        await queryRunner.query(`
            DROP TABLE "action_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_action_type"
                RENAME TO "action_type"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5" ON "action_type" ("objective_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3119e9412ac24b57de8e153bf9"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_indicator_template" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_type_id" integer NOT NULL,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "FK_3119e9412ac24b57de8e153bf9c" FOREIGN KEY ("action_type_id") REFERENCES "action_type" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_indicator_template"(
                    "id",
                    "action_type_id",
                    "label",
                    "type",
                    "unit",
                    "calculation_method",
                    "data_source",
                    "collection_period",
                    "direction",
                    "position"
                )
            SELECT "id",
                "action_type_id",
                "label",
                "type",
                "unit",
                "calculation_method",
                "data_source",
                "collection_period",
                "direction",
                "position"
            FROM "indicator_template"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_template"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_indicator_template"
                RENAME TO "indicator_template"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3119e9412ac24b57de8e153bf9" ON "indicator_template" ("action_type_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_sanitary_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100),
                "max_objectives" integer NOT NULL,
                CONSTRAINT "FK_8c1b866b0ac0a2d80e5177ee5d4" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_3e6472f8b3c853ec8fcc0c5fbd3" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_sanitary_plan"(
                    "contract_id",
                    "catalogue_id",
                    "category",
                    "max_objectives"
                )
            SELECT "contract_id",
                "catalogue_id",
                "category",
                "max_objectives"
            FROM "sanitary_plan"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_plan"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_sanitary_plan"
                RENAME TO "sanitary_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_859ab6eab775dd1431338af7bc"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_objective" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "objective_id" integer NOT NULL,
                "retained" boolean,
                "stakes" text,
                CONSTRAINT "UQ_571b1e65f965e8c74952ae36fdb" UNIQUE ("contract_id", "objective_id"),
                CONSTRAINT "FK_859ab6eab775dd1431338af7bc5" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_8b3fb07ab81875e4ae1f9a2478c" FOREIGN KEY ("objective_id") REFERENCES "strategic_objective" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_objective"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "objective_id",
                    "retained",
                    "stakes"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "objective_id",
                "retained",
                "stakes"
            FROM "contract_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_objective"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_objective"
                RENAME TO "contract_objective"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_859ab6eab775dd1431338af7bc" ON "contract_objective" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_23294f2558ede8f37872b25976"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_action" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_objective_id" integer NOT NULL,
                "action_type_id" integer NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "included" boolean NOT NULL,
                CONSTRAINT "FK_23294f2558ede8f37872b25976e" FOREIGN KEY ("contract_objective_id") REFERENCES "contract_objective" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_9fa4b1476fe2388a0166ea8c336" FOREIGN KEY ("action_type_id") REFERENCES "action_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_action"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_objective_id",
                    "action_type_id",
                    "title",
                    "mandatory",
                    "included"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_objective_id",
                "action_type_id",
                "title",
                "mandatory",
                "included"
            FROM "contract_action"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_action"
                RENAME TO "contract_action"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23294f2558ede8f37872b25976" ON "contract_action" ("contract_objective_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d51bd16ec5539290bc50c0aee0"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_action_establishment" (
                "contract_action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                CONSTRAINT "FK_feb8d33eb720743cfd4ae707709" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_d51bd16ec5539290bc50c0aee00" FOREIGN KEY ("establishment_id") REFERENCES "establishment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                PRIMARY KEY ("contract_action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_action_establishment"("contract_action_id", "establishment_id")
            SELECT "contract_action_id",
                "establishment_id"
            FROM "contract_action_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action_establishment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_action_establishment"
                RENAME TO "contract_action_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d51bd16ec5539290bc50c0aee0" ON "contract_action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6dcd0c6fd37b52328495aa7a1b"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_indicator" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_action_id" integer NOT NULL,
                "template_id" integer,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "baseline_number" double precision,
                "baseline_text" text,
                "baseline_year" integer,
                "not_measurable" boolean NOT NULL DEFAULT (0),
                "not_measurable_justification" text,
                "measurability_decision" varchar(20),
                "measurability_decision_reason" text,
                CONSTRAINT "FK_6dcd0c6fd37b52328495aa7a1b2" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_608189f33bd69e51976519ccb3d" FOREIGN KEY ("template_id") REFERENCES "indicator_template" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_indicator"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_action_id",
                    "template_id",
                    "label",
                    "type",
                    "unit",
                    "calculation_method",
                    "data_source",
                    "collection_period",
                    "direction",
                    "baseline_number",
                    "baseline_text",
                    "baseline_year",
                    "not_measurable",
                    "not_measurable_justification",
                    "measurability_decision",
                    "measurability_decision_reason"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_action_id",
                "template_id",
                "label",
                "type",
                "unit",
                "calculation_method",
                "data_source",
                "collection_period",
                "direction",
                "baseline_number",
                "baseline_text",
                "baseline_year",
                "not_measurable",
                "not_measurable_justification",
                "measurability_decision",
                "measurability_decision_reason"
            FROM "contract_indicator"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_indicator"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_indicator"
                RENAME TO "contract_indicator"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6dcd0c6fd37b52328495aa7a1b" ON "contract_indicator" ("contract_action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_indicator_year" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "indicator_id" integer NOT NULL,
                "year" integer NOT NULL,
                "target_number" double precision,
                "target_text" text,
                "actual_number" double precision,
                "actual_text" text,
                "actual_recorded_at" datetime,
                "actual_recorded_by" varchar(200),
                "computed_verdict" varchar(30),
                "override_verdict" varchar(30),
                "override_reason" text,
                "overridden_by" varchar(200),
                "overridden_at" datetime,
                CONSTRAINT "UQ_7740608c443bd19053b29bfc25c" UNIQUE ("indicator_id", "year"),
                CONSTRAINT "FK_56a103c1df229adb0e27e700fe9" FOREIGN KEY ("indicator_id") REFERENCES "contract_indicator" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_indicator_year"(
                    "id",
                    "indicator_id",
                    "year",
                    "target_number",
                    "target_text",
                    "actual_number",
                    "actual_text",
                    "actual_recorded_at",
                    "actual_recorded_by",
                    "computed_verdict",
                    "override_verdict",
                    "override_reason",
                    "overridden_by",
                    "overridden_at"
                )
            SELECT "id",
                "indicator_id",
                "year",
                "target_number",
                "target_text",
                "actual_number",
                "actual_text",
                "actual_recorded_at",
                "actual_recorded_by",
                "computed_verdict",
                "override_verdict",
                "override_reason",
                "overridden_by",
                "overridden_at"
            FROM "indicator_year"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_year"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_indicator_year"
                RENAME TO "indicator_year"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f6a8ed73d1afba37e1e575bd94"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_financing_line" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "label" varchar(300) NOT NULL,
                "amounts" text NOT NULL,
                CONSTRAINT "FK_f6a8ed73d1afba37e1e575bd942" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_financing_line"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "label",
                    "amounts"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "label",
                "amounts"
            FROM "financing_line"
        `);
        await queryRunner.query(`
            DROP TABLE "financing_line"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_financing_line"
                RENAME TO "financing_line"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f6a8ed73d1afba37e1e575bd94" ON "financing_line" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_63c10a1f28616ceb3c8115622f"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_evaluation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "structure_diagnostic" text,
                "structure_diagnostic_date" date,
                "agency_diagnostic" text,
                "agency_diagnostic_date" date,
                "shared_diagnostic" text,
                "shared_diagnostic_date" date,
                "strengths" text,
                "weaknesses" text,
                "opportunities" text,
                "threats" text,
                CONSTRAINT "UQ_175436e2a36653dfdb69fd1cf40" UNIQUE ("contract_id", "kind"),
                CONSTRAINT "FK_63c10a1f28616ceb3c8115622f9" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_evaluation"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "kind",
                    "structure_diagnostic",
                    "structure_diagnostic_date",
                    "agency_diagnostic",
                    "agency_diagnostic_date",
                    "shared_diagnostic",
                    "shared_diagnostic_date",
                    "strengths",
                    "weaknesses",
                    "opportunities",
                    "threats"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "kind",
                "structure_diagnostic",
                "structure_diagnostic_date",
                "agency_diagnostic",
                "agency_diagnostic_date",
                "shared_diagnostic",
                "shared_diagnostic_date",
                "strengths",
                "weaknesses",
                "opportunities",
                "threats"
            FROM "contract_evaluation"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_evaluation"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_evaluation"
                RENAME TO "contract_evaluation"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63c10a1f28616ceb3c8115622f" ON "contract_evaluation" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bdf2a9fc67255f30cadc9da6e8"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_engagement_proposal" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "evaluation_id" integer NOT NULL,
                "contract_action_id" integer,
                "proposal" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "proposed_at" datetime NOT NULL,
                "proposed_by" varchar(200) NOT NULL,
                CONSTRAINT "FK_bdf2a9fc67255f30cadc9da6e8b" FOREIGN KEY ("evaluation_id") REFERENCES "contract_evaluation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_acb9bf9d49bf61a4983bbdc2411" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_engagement_proposal"(
                    "id",
                    "evaluation_id",
                    "contract_action_id",
                    "proposal",
                    "description",
                    "proposed_at",
                    "proposed_by"
                )
            SELECT "id",
                "evaluation_id",
                "contract_action_id",
                "proposal",
                "description",
                "proposed_at",
                "proposed_by"
            FROM "engagement_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_engagement_proposal"
                RENAME TO "engagement_proposal"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bdf2a9fc67255f30cadc9da6e8" ON "engagement_proposal" ("evaluation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e6630dbc3cc93ed1d07f9332ec"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_revision" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "date" date NOT NULL,
                "description" text NOT NULL,
                "recorded_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number"),
                CONSTRAINT "FK_e6630dbc3cc93ed1d07f9332ece" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_revision"(
                    "id",
                    "contract_id",
                    "number",
                    "date",
                    "description",
                    "recorded_by"
                )
            SELECT "id",
                "contract_id",
                "number",
                "date",
                "description",
                "recorded_by"
            FROM "contract_revision"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_revision"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_revision"
                RENAME TO "contract_revision"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e6630dbc3cc93ed1d07f9332ec" ON "contract_revision" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_befc6c4e0d3745f2abd7d511e6"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_comment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "target_type" varchar(20) NOT NULL,
                "target_id" integer NOT NULL,
                "text" text NOT NULL,
                "author_id" integer,
                "author_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL,
                CONSTRAINT "FK_1a482b9db37e137b73d0a97e761" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_comment"(
                    "id",
                    "contract_id",
                    "target_type",
                    "target_id",
                    "text",
                    "author_id",
                    "author_name",
                    "created_at"
                )
            SELECT "id",
                "contract_id",
                "target_type",
                "target_id",
                "text",
                "author_id",
                "author_name",
                "created_at"
            FROM "contract_comment"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_comment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_comment"
                RENAME TO "contract_comment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_befc6c4e0d3745f2abd7d511e6" ON "contract_comment" ("contract_id", "target_type", "target_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "IDX_befc6c4e0d3745f2abd7d511e6"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_comment"
                RENAME TO "temporary_contract_comment"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_comment" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "target_type" varchar(20) NOT NULL,
                "target_id" integer NOT NULL,
                "text" text NOT NULL,
                "author_id" integer,
                "author_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_comment"(
                    "id",
                    "contract_id",
                    "target_type",
                    "target_id",
                    "text",
                    "author_id",
                    "author_name",
                    "created_at"
                )
            SELECT "id",
                "contract_id",
                "target_type",
                "target_id",
                "text",
                "author_id",
                "author_name",
                "created_at"
            FROM "temporary_contract_comment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_comment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_befc6c4e0d3745f2abd7d511e6" ON "contract_comment" ("contract_id", "target_type", "target_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e6630dbc3cc93ed1d07f9332ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_revision"
                RENAME TO "temporary_contract_revision"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_revision" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "date" date NOT NULL,
                "description" text NOT NULL,
                "recorded_by" varchar(200) NOT NULL,
                CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_revision"(
                    "id",
                    "contract_id",
                    "number",
                    "date",
                    "description",
                    "recorded_by"
                )
            SELECT "id",
                "contract_id",
                "number",
                "date",
                "description",
                "recorded_by"
            FROM "temporary_contract_revision"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_revision"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e6630dbc3cc93ed1d07f9332ec" ON "contract_revision" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bdf2a9fc67255f30cadc9da6e8"
        `);
        await queryRunner.query(`
            ALTER TABLE "engagement_proposal"
                RENAME TO "temporary_engagement_proposal"
        `);
        await queryRunner.query(`
            CREATE TABLE "engagement_proposal" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "evaluation_id" integer NOT NULL,
                "contract_action_id" integer,
                "proposal" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "proposed_at" datetime NOT NULL,
                "proposed_by" varchar(200) NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "engagement_proposal"(
                    "id",
                    "evaluation_id",
                    "contract_action_id",
                    "proposal",
                    "description",
                    "proposed_at",
                    "proposed_by"
                )
            SELECT "id",
                "evaluation_id",
                "contract_action_id",
                "proposal",
                "description",
                "proposed_at",
                "proposed_by"
            FROM "temporary_engagement_proposal"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_engagement_proposal"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bdf2a9fc67255f30cadc9da6e8" ON "engagement_proposal" ("evaluation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_63c10a1f28616ceb3c8115622f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_evaluation"
                RENAME TO "temporary_contract_evaluation"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_evaluation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "structure_diagnostic" text,
                "structure_diagnostic_date" date,
                "agency_diagnostic" text,
                "agency_diagnostic_date" date,
                "shared_diagnostic" text,
                "shared_diagnostic_date" date,
                "strengths" text,
                "weaknesses" text,
                "opportunities" text,
                "threats" text,
                CONSTRAINT "UQ_175436e2a36653dfdb69fd1cf40" UNIQUE ("contract_id", "kind")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_evaluation"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "kind",
                    "structure_diagnostic",
                    "structure_diagnostic_date",
                    "agency_diagnostic",
                    "agency_diagnostic_date",
                    "shared_diagnostic",
                    "shared_diagnostic_date",
                    "strengths",
                    "weaknesses",
                    "opportunities",
                    "threats"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "kind",
                "structure_diagnostic",
                "structure_diagnostic_date",
                "agency_diagnostic",
                "agency_diagnostic_date",
                "shared_diagnostic",
                "shared_diagnostic_date",
                "strengths",
                "weaknesses",
                "opportunities",
                "threats"
            FROM "temporary_contract_evaluation"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_evaluation"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63c10a1f28616ceb3c8115622f" ON "contract_evaluation" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f6a8ed73d1afba37e1e575bd94"
        `);
        await queryRunner.query(`
            ALTER TABLE "financing_line"
                RENAME TO "temporary_financing_line"
        `);
        await queryRunner.query(`
            CREATE TABLE "financing_line" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "label" varchar(300) NOT NULL,
                "amounts" text NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "financing_line"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "label",
                    "amounts"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "label",
                "amounts"
            FROM "temporary_financing_line"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_financing_line"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f6a8ed73d1afba37e1e575bd94" ON "financing_line" ("contract_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_year"
                RENAME TO "temporary_indicator_year"
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_year" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "indicator_id" integer NOT NULL,
                "year" integer NOT NULL,
                "target_number" double precision,
                "target_text" text,
                "actual_number" double precision,
                "actual_text" text,
                "actual_recorded_at" datetime,
                "actual_recorded_by" varchar(200),
                "computed_verdict" varchar(30),
                "override_verdict" varchar(30),
                "override_reason" text,
                "overridden_by" varchar(200),
                "overridden_at" datetime,
                CONSTRAINT "UQ_7740608c443bd19053b29bfc25c" UNIQUE ("indicator_id", "year")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "indicator_year"(
                    "id",
                    "indicator_id",
                    "year",
                    "target_number",
                    "target_text",
                    "actual_number",
                    "actual_text",
                    "actual_recorded_at",
                    "actual_recorded_by",
                    "computed_verdict",
                    "override_verdict",
                    "override_reason",
                    "overridden_by",
                    "overridden_at"
                )
            SELECT "id",
                "indicator_id",
                "year",
                "target_number",
                "target_text",
                "actual_number",
                "actual_text",
                "actual_recorded_at",
                "actual_recorded_by",
                "computed_verdict",
                "override_verdict",
                "override_reason",
                "overridden_by",
                "overridden_at"
            FROM "temporary_indicator_year"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_indicator_year"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6dcd0c6fd37b52328495aa7a1b"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_indicator"
                RENAME TO "temporary_contract_indicator"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_indicator" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_action_id" integer NOT NULL,
                "template_id" integer,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "baseline_number" double precision,
                "baseline_text" text,
                "baseline_year" integer,
                "not_measurable" boolean NOT NULL DEFAULT (0),
                "not_measurable_justification" text,
                "measurability_decision" varchar(20),
                "measurability_decision_reason" text
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_indicator"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_action_id",
                    "template_id",
                    "label",
                    "type",
                    "unit",
                    "calculation_method",
                    "data_source",
                    "collection_period",
                    "direction",
                    "baseline_number",
                    "baseline_text",
                    "baseline_year",
                    "not_measurable",
                    "not_measurable_justification",
                    "measurability_decision",
                    "measurability_decision_reason"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_action_id",
                "template_id",
                "label",
                "type",
                "unit",
                "calculation_method",
                "data_source",
                "collection_period",
                "direction",
                "baseline_number",
                "baseline_text",
                "baseline_year",
                "not_measurable",
                "not_measurable_justification",
                "measurability_decision",
                "measurability_decision_reason"
            FROM "temporary_contract_indicator"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_indicator"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6dcd0c6fd37b52328495aa7a1b" ON "contract_indicator" ("contract_action_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d51bd16ec5539290bc50c0aee0"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action_establishment"
                RENAME TO "temporary_contract_action_establishment"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action_establishment" (
                "contract_action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                PRIMARY KEY ("contract_action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_action_establishment"("contract_action_id", "establishment_id")
            SELECT "contract_action_id",
                "establishment_id"
            FROM "temporary_contract_action_establishment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_action_establishment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d51bd16ec5539290bc50c0aee0" ON "contract_action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_23294f2558ede8f37872b25976"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action"
                RENAME TO "temporary_contract_action"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_objective_id" integer NOT NULL,
                "action_type_id" integer NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "included" boolean NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_action"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_objective_id",
                    "action_type_id",
                    "title",
                    "mandatory",
                    "included"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_objective_id",
                "action_type_id",
                "title",
                "mandatory",
                "included"
            FROM "temporary_contract_action"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_action"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23294f2558ede8f37872b25976" ON "contract_action" ("contract_objective_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_859ab6eab775dd1431338af7bc"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_objective"
                RENAME TO "temporary_contract_objective"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_objective" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "objective_id" integer NOT NULL,
                "retained" boolean,
                "stakes" text,
                CONSTRAINT "UQ_571b1e65f965e8c74952ae36fdb" UNIQUE ("contract_id", "objective_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_objective"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "objective_id",
                    "retained",
                    "stakes"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "objective_id",
                "retained",
                "stakes"
            FROM "temporary_contract_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_objective"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_859ab6eab775dd1431338af7bc" ON "contract_objective" ("contract_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_plan"
                RENAME TO "temporary_sanitary_plan"
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_plan" (
                "contract_id" integer PRIMARY KEY NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100),
                "max_objectives" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "sanitary_plan"(
                    "contract_id",
                    "catalogue_id",
                    "category",
                    "max_objectives"
                )
            SELECT "contract_id",
                "catalogue_id",
                "category",
                "max_objectives"
            FROM "temporary_sanitary_plan"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_sanitary_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3119e9412ac24b57de8e153bf9"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_template"
                RENAME TO "temporary_indicator_template"
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_template" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "action_type_id" integer NOT NULL,
                "label" text NOT NULL,
                "type" varchar(20) NOT NULL,
                "unit" varchar(60),
                "calculation_method" text,
                "data_source" varchar(30) NOT NULL,
                "collection_period" varchar(200),
                "direction" varchar(20) NOT NULL,
                "position" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "indicator_template"(
                    "id",
                    "action_type_id",
                    "label",
                    "type",
                    "unit",
                    "calculation_method",
                    "data_source",
                    "collection_period",
                    "direction",
                    "position"
                )
            SELECT "id",
                "action_type_id",
                "label",
                "type",
                "unit",
                "calculation_method",
                "data_source",
                "collection_period",
                "direction",
                "position"
            FROM "temporary_indicator_template"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_indicator_template"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3119e9412ac24b57de8e153bf9" ON "indicator_template" ("action_type_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_type"
                RENAME TO "temporary_action_type"
        `);
        await queryRunner.query(`
            CREATE TABLE "action_type" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "objective_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "concerned" text NOT NULL,
                "note" text,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_4520b67c5b33895f277fb93539b" UNIQUE ("objective_id", "code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "action_type"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "objective_id",
                    "code",
                    "title",
                    "mandatory",
                    "concerned",
                    "note",
                    "position"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "objective_id",
                "code",
                "title",
                "mandatory",
                "concerned",
                "note",
                "position"
            FROM "temporary_action_type"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_action_type"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5" ON "action_type" ("objective_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5"
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_objective"
                RENAME TO "temporary_strategic_objective"
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_objective" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "orientation_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(400) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_9444cbc77a3345ad768533b0288" UNIQUE ("orientation_id", "code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "strategic_objective"(
                    "id",
                    "orientation_id",
                    "code",
                    "title",
                    "position"
                )
            SELECT "id",
                "orientation_id",
                "code",
                "title",
                "position"
            FROM "temporary_strategic_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_strategic_objective"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5" ON "strategic_objective" ("orientation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e5f2ea30e3a08047c36500b2c8"
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_orientation"
                RENAME TO "temporary_strategic_orientation"
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_orientation" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "code" varchar(20) NOT NULL,
                "title" varchar(300) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_64377446aad633ec4beac6ec7a2" UNIQUE ("catalogue_id", "code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "strategic_orientation"(
                    "id",
                    "catalogue_id",
                    "code",
                    "title",
                    "position"
                )
            SELECT "id",
                "catalogue_id",
                "code",
                "title",
                "position"
            FROM "temporary_strategic_orientation"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_strategic_orientation"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e5f2ea30e3a08047c36500b2c8" ON "strategic_orientation" ("catalogue_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_objective_limit"
                RENAME TO "temporary_catalogue_objective_limit"
        `);
        await queryRunner.query(`
            CREATE TABLE "catalogue_objective_limit" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" varchar(100) NOT NULL,
                "max_objectives" integer NOT NULL,
                CONSTRAINT "UQ_d51624e0b06fe2ec7e8b25d8ede" UNIQUE ("catalogue_id", "category")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "catalogue_objective_limit"(
                    "id",
                    "catalogue_id",
                    "category",
                    "max_objectives"
                )
            SELECT "id",
                "catalogue_id",
                "category",
                "max_objectives"
            FROM "temporary_catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_81623237fb313215484b6b0f5a"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_27e7bf7618bcf46d16e29c286e"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_catalogue"
                RENAME TO "temporary_sanitary_catalogue"
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_catalogue" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "region_code" varchar(3) NOT NULL,
                "name" varchar(200) NOT NULL,
                "source" text,
                "active" boolean NOT NULL,
                "default_max_objectives" integer NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "sanitary_catalogue"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "region_code",
                    "name",
                    "source",
                    "active",
                    "default_max_objectives"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "region_code",
                "name",
                "source",
                "active",
                "default_max_objectives"
            FROM "temporary_sanitary_catalogue"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_sanitary_catalogue"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_81623237fb313215484b6b0f5a" ON "sanitary_catalogue" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_27e7bf7618bcf46d16e29c286e" ON "sanitary_catalogue" ("region_code")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6996172afe0f8dda131586d321"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment_activity"
                RENAME TO "temporary_establishment_activity"
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment_activity" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "establishment_id" integer NOT NULL,
                "activity_code" varchar(40) NOT NULL,
                "capacity" integer,
                "capacity_unit" varchar(40),
                "since" date,
                CONSTRAINT "UQ_b13c1151fe56edef7f70090780c" UNIQUE ("establishment_id", "activity_code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "establishment_activity"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "establishment_id",
                    "activity_code",
                    "capacity",
                    "capacity_unit",
                    "since"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "establishment_id",
                "activity_code",
                "capacity",
                "capacity_unit",
                "since"
            FROM "temporary_establishment_activity"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_establishment_activity"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6996172afe0f8dda131586d321" ON "establishment_activity" ("establishment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_befc6c4e0d3745f2abd7d511e6"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_comment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e6630dbc3cc93ed1d07f9332ec"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_bdf2a9fc67255f30cadc9da6e8"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_63c10a1f28616ceb3c8115622f"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_evaluation"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_f6a8ed73d1afba37e1e575bd94"
        `);
        await queryRunner.query(`
            DROP TABLE "financing_line"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_year"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6dcd0c6fd37b52328495aa7a1b"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_indicator"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d51bd16ec5539290bc50c0aee0"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_23294f2558ede8f37872b25976"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_859ab6eab775dd1431338af7bc"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3119e9412ac24b57de8e153bf9"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_template"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5"
        `);
        await queryRunner.query(`
            DROP TABLE "action_type"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_objective"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e5f2ea30e3a08047c36500b2c8"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_orientation"
        `);
        await queryRunner.query(`
            DROP TABLE "catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_81623237fb313215484b6b0f5a"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_27e7bf7618bcf46d16e29c286e"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_catalogue"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6996172afe0f8dda131586d321"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment_activity"
        `);
        await queryRunner.query(`
            DROP TABLE "activity"
        `);
    }

}
