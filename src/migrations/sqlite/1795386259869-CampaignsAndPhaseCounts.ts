import { MigrationInterface, QueryRunner } from "typeorm";

export class CampaignsAndPhaseCounts1795386259869 implements MigrationInterface {
    name = 'CampaignsAndPhaseCounts1795386259869'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "agency_id" integer NOT NULL,
                "name" varchar(200) NOT NULL,
                "kind" varchar(20) NOT NULL,
                "expected_rate_year1" double precision NOT NULL,
                "expected_rate_year2" double precision NOT NULL,
                "expected_rate_year3" double precision NOT NULL,
                "expected_rate_year4" double precision NOT NULL,
                "expected_rate_year5" double precision NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_398ad06bbf6398171c71b136ff" ON "campaign" ("agency_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_48c7c74830cc86607b7dc79c29"
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
                "officer_id" integer,
                "organisation_can_edit" boolean NOT NULL DEFAULT (0),
                "campaign_id" integer,
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION,
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
                    "version",
                    "officer_id",
                    "organisation_can_edit"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version",
                "officer_id",
                "organisation_can_edit"
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
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
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
                "initialisation_count" integer NOT NULL DEFAULT (0),
                "planning_count" integer NOT NULL DEFAULT (0),
                "execution_count" integer NOT NULL DEFAULT (0),
                "monitoring_count" integer NOT NULL DEFAULT (0),
                "closure_count" integer NOT NULL DEFAULT (0),
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id"),
                CONSTRAINT "FK_44b155d36497c9d90236b2b4ffd" FOREIGN KEY ("module_type_id") REFERENCES "module_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_a201ffa78ba6ecc6574ac5d92e4" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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
            CREATE INDEX "IDX_fc8557d4f872db945170cf17df" ON "contract" ("campaign_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_398ad06bbf6398171c71b136ff"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_campaign" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "agency_id" integer NOT NULL,
                "name" varchar(200) NOT NULL,
                "kind" varchar(20) NOT NULL,
                "expected_rate_year1" double precision NOT NULL,
                "expected_rate_year2" double precision NOT NULL,
                "expected_rate_year3" double precision NOT NULL,
                "expected_rate_year4" double precision NOT NULL,
                "expected_rate_year5" double precision NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_398ad06bbf6398171c71b136ff1" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_campaign"(
                    "id",
                    "agency_id",
                    "name",
                    "kind",
                    "expected_rate_year1",
                    "expected_rate_year2",
                    "expected_rate_year3",
                    "expected_rate_year4",
                    "expected_rate_year5",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "agency_id",
                "name",
                "kind",
                "expected_rate_year1",
                "expected_rate_year2",
                "expected_rate_year3",
                "expected_rate_year4",
                "expected_rate_year5",
                "created_at",
                "updated_at",
                "version"
            FROM "campaign"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_campaign"
                RENAME TO "campaign"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_398ad06bbf6398171c71b136ff" ON "campaign" ("agency_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_48c7c74830cc86607b7dc79c29"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_fc8557d4f872db945170cf17df"
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
                "officer_id" integer,
                "organisation_can_edit" boolean NOT NULL DEFAULT (0),
                "campaign_id" integer,
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION,
                    CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                    CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                    CONSTRAINT "FK_fc8557d4f872db945170cf17df4" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
                    "version",
                    "officer_id",
                    "organisation_can_edit",
                    "campaign_id"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version",
                "officer_id",
                "organisation_can_edit",
                "campaign_id"
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
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc8557d4f872db945170cf17df" ON "contract" ("campaign_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "IDX_fc8557d4f872db945170cf17df"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_48c7c74830cc86607b7dc79c29"
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
                "version" integer NOT NULL DEFAULT (1),
                "officer_id" integer,
                "organisation_can_edit" boolean NOT NULL DEFAULT (0),
                "campaign_id" integer,
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION,
                    CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                    CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
                    "version",
                    "officer_id",
                    "organisation_can_edit",
                    "campaign_id"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version",
                "officer_id",
                "organisation_can_edit",
                "campaign_id"
            FROM "temporary_contract"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc8557d4f872db945170cf17df" ON "contract" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_398ad06bbf6398171c71b136ff"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
                RENAME TO "temporary_campaign"
        `);
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "agency_id" integer NOT NULL,
                "name" varchar(200) NOT NULL,
                "kind" varchar(20) NOT NULL,
                "expected_rate_year1" double precision NOT NULL,
                "expected_rate_year2" double precision NOT NULL,
                "expected_rate_year3" double precision NOT NULL,
                "expected_rate_year4" double precision NOT NULL,
                "expected_rate_year5" double precision NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "campaign"(
                    "id",
                    "agency_id",
                    "name",
                    "kind",
                    "expected_rate_year1",
                    "expected_rate_year2",
                    "expected_rate_year3",
                    "expected_rate_year4",
                    "expected_rate_year5",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "agency_id",
                "name",
                "kind",
                "expected_rate_year1",
                "expected_rate_year2",
                "expected_rate_year3",
                "expected_rate_year4",
                "expected_rate_year5",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_campaign"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_campaign"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_398ad06bbf6398171c71b136ff" ON "campaign" ("agency_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_fc8557d4f872db945170cf17df"
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
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id"),
                CONSTRAINT "FK_44b155d36497c9d90236b2b4ffd" FOREIGN KEY ("module_type_id") REFERENCES "module_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_a201ffa78ba6ecc6574ac5d92e4" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
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
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_48c7c74830cc86607b7dc79c29"
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
                "version" integer NOT NULL DEFAULT (1),
                "officer_id" integer,
                "organisation_can_edit" boolean NOT NULL DEFAULT (0),
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION,
                    CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                    CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
                    "version",
                    "officer_id",
                    "organisation_can_edit"
                )
            SELECT "id",
                "kind",
                "organisation_id",
                "agency_id",
                "start_date",
                "end_date",
                "created_at",
                "updated_at",
                "version",
                "officer_id",
                "organisation_can_edit"
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
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_398ad06bbf6398171c71b136ff"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
    }

}
