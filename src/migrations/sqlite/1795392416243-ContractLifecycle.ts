import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillReviews } from "../backfill-reviews";

export class ContractLifecycle1795392416243 implements MigrationInterface {
    name = 'ContractLifecycle1795392416243'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "contract_review" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "number" integer NOT NULL,
                "scheduled_on" date NOT NULL,
                "held_on" date,
                CONSTRAINT "UQ_eb318dbe3f7cd458f94c147555d" UNIQUE ("contract_id", "kind", "number")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b" ON "contract_review" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5e156ddbbddcb6905f99640b2" ON "contract_review" ("held_on", "scheduled_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_status_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "from_status" varchar(20) NOT NULL,
                "to_status" varchar(20) NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_631f0c1e78a95d7a8d84c4f755" ON "contract_status_change" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "amendment" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "status" varchar(10) NOT NULL,
                "opened_on" date NOT NULL,
                "signed_on" date,
                "department_code" varchar(3),
                CONSTRAINT "UQ_65a3a8a39875e4379d18a749efc" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1ef6bd5df14b19d820f863191c" ON "amendment" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "signature" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "amendment_id" integer,
                "party" varchar(20) NOT NULL,
                "department_code" varchar(3),
                "status" varchar(20) NOT NULL,
                "signed_on" date,
                "signed_by" varchar(200),
                "reason" text
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d" ON "signature" ("contract_id", "amendment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_version" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "amendment_id" integer,
                "date" date NOT NULL,
                "content" text NOT NULL,
                CONSTRAINT "UQ_6cd9736fcaa062029a9c9779795" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "department_expectation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "code" varchar(60) NOT NULL,
                "description" text NOT NULL,
                "theme_codes" text NOT NULL,
                "keywords" text NOT NULL,
                CONSTRAINT "UQ_6fa1a52f71e46adfd14fe7915fa" UNIQUE ("department_code", "code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "operation" varchar(60) NOT NULL,
                "message" text NOT NULL,
                "actor_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL,
                "read_at" datetime
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_709570ea23197bf75890da5a6a" ON "notification" ("user_id", "read_at")
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
                "negotiation_opens_on" date,
                "negotiation_closes_on" date,
                "signature_deadline" date,
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
                "status" varchar(20) NOT NULL DEFAULT ('DRAFT'),
                "signed_on" date,
                CONSTRAINT "FK_fc8557d4f872db945170cf17df4" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION
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
            CREATE INDEX "IDX_e8433d17975fac12a7d46ddc6a" ON "contract" ("status")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_b5e156ddbbddcb6905f99640b2"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_review" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "number" integer NOT NULL,
                "scheduled_on" date NOT NULL,
                "held_on" date,
                CONSTRAINT "UQ_eb318dbe3f7cd458f94c147555d" UNIQUE ("contract_id", "kind", "number"),
                CONSTRAINT "FK_77bd0d5c8b3c3eb78e0fc80e0b1" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_review"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "kind",
                    "number",
                    "scheduled_on",
                    "held_on"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "kind",
                "number",
                "scheduled_on",
                "held_on"
            FROM "contract_review"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_review"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_review"
                RENAME TO "contract_review"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b" ON "contract_review" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5e156ddbbddcb6905f99640b2" ON "contract_review" ("held_on", "scheduled_on")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_631f0c1e78a95d7a8d84c4f755"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_status_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "from_status" varchar(20) NOT NULL,
                "to_status" varchar(20) NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text,
                CONSTRAINT "FK_631f0c1e78a95d7a8d84c4f7551" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_status_change"(
                    "id",
                    "contract_id",
                    "from_status",
                    "to_status",
                    "changed_at",
                    "changed_by",
                    "comment"
                )
            SELECT "id",
                "contract_id",
                "from_status",
                "to_status",
                "changed_at",
                "changed_by",
                "comment"
            FROM "contract_status_change"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_status_change"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_status_change"
                RENAME TO "contract_status_change"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_631f0c1e78a95d7a8d84c4f755" ON "contract_status_change" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_1ef6bd5df14b19d820f863191c"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_amendment" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "status" varchar(10) NOT NULL,
                "opened_on" date NOT NULL,
                "signed_on" date,
                "department_code" varchar(3),
                CONSTRAINT "UQ_65a3a8a39875e4379d18a749efc" UNIQUE ("contract_id", "number"),
                CONSTRAINT "FK_1ef6bd5df14b19d820f863191cf" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_30a84ac4afe956c9098febd04a1" FOREIGN KEY ("department_code") REFERENCES "department" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_amendment"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "number",
                    "kind",
                    "description",
                    "status",
                    "opened_on",
                    "signed_on",
                    "department_code"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "number",
                "kind",
                "description",
                "status",
                "opened_on",
                "signed_on",
                "department_code"
            FROM "amendment"
        `);
        await queryRunner.query(`
            DROP TABLE "amendment"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_amendment"
                RENAME TO "amendment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1ef6bd5df14b19d820f863191c" ON "amendment" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_signature" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "amendment_id" integer,
                "party" varchar(20) NOT NULL,
                "department_code" varchar(3),
                "status" varchar(20) NOT NULL,
                "signed_on" date,
                "signed_by" varchar(200),
                "reason" text,
                CONSTRAINT "FK_df65ef2eb8ffa22f044a76160b3" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_73897b1cde2a8f87878cc8ecc1a" FOREIGN KEY ("amendment_id") REFERENCES "amendment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_signature"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "amendment_id",
                    "party",
                    "department_code",
                    "status",
                    "signed_on",
                    "signed_by",
                    "reason"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "amendment_id",
                "party",
                "department_code",
                "status",
                "signed_on",
                "signed_by",
                "reason"
            FROM "signature"
        `);
        await queryRunner.query(`
            DROP TABLE "signature"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_signature"
                RENAME TO "signature"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d" ON "signature" ("contract_id", "amendment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_contract_version" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "amendment_id" integer,
                "date" date NOT NULL,
                "content" text NOT NULL,
                CONSTRAINT "UQ_6cd9736fcaa062029a9c9779795" UNIQUE ("contract_id", "number"),
                CONSTRAINT "FK_b712badeb65678a5177e37a67e0" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_contract_version"(
                    "id",
                    "contract_id",
                    "number",
                    "amendment_id",
                    "date",
                    "content"
                )
            SELECT "id",
                "contract_id",
                "number",
                "amendment_id",
                "date",
                "content"
            FROM "contract_version"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_version"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_contract_version"
                RENAME TO "contract_version"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_department_expectation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "code" varchar(60) NOT NULL,
                "description" text NOT NULL,
                "theme_codes" text NOT NULL,
                "keywords" text NOT NULL,
                CONSTRAINT "UQ_6fa1a52f71e46adfd14fe7915fa" UNIQUE ("department_code", "code"),
                CONSTRAINT "FK_acacae18c34193ccda202d5a598" FOREIGN KEY ("department_code") REFERENCES "department" ("code") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_department_expectation"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "department_code",
                    "code",
                    "description",
                    "theme_codes",
                    "keywords"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "department_code",
                "code",
                "description",
                "theme_codes",
                "keywords"
            FROM "department_expectation"
        `);
        await queryRunner.query(`
            DROP TABLE "department_expectation"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_department_expectation"
                RENAME TO "department_expectation"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_928b7aa1754e08e1ed7052cb9d"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_709570ea23197bf75890da5a6a"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_notification" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "operation" varchar(60) NOT NULL,
                "message" text NOT NULL,
                "actor_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL,
                "read_at" datetime,
                CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                CONSTRAINT "FK_f9cd0107e86bcd1d22a4ed7125b" FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_notification"(
                    "id",
                    "user_id",
                    "contract_id",
                    "kind",
                    "operation",
                    "message",
                    "actor_name",
                    "created_at",
                    "read_at"
                )
            SELECT "id",
                "user_id",
                "contract_id",
                "kind",
                "operation",
                "message",
                "actor_name",
                "created_at",
                "read_at"
            FROM "notification"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_notification"
                RENAME TO "notification"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_709570ea23197bf75890da5a6a" ON "notification" ("user_id", "read_at")
        `);
        await backfillReviews(queryRunner, () => "?");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "IDX_709570ea23197bf75890da5a6a"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_928b7aa1754e08e1ed7052cb9d"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
                RENAME TO "temporary_notification"
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "operation" varchar(60) NOT NULL,
                "message" text NOT NULL,
                "actor_name" varchar(200) NOT NULL,
                "created_at" datetime NOT NULL,
                "read_at" datetime
            )
        `);
        await queryRunner.query(`
            INSERT INTO "notification"(
                    "id",
                    "user_id",
                    "contract_id",
                    "kind",
                    "operation",
                    "message",
                    "actor_name",
                    "created_at",
                    "read_at"
                )
            SELECT "id",
                "user_id",
                "contract_id",
                "kind",
                "operation",
                "message",
                "actor_name",
                "created_at",
                "read_at"
            FROM "temporary_notification"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_notification"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_709570ea23197bf75890da5a6a" ON "notification" ("user_id", "read_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "department_expectation"
                RENAME TO "temporary_department_expectation"
        `);
        await queryRunner.query(`
            CREATE TABLE "department_expectation" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "department_code" varchar(3) NOT NULL,
                "code" varchar(60) NOT NULL,
                "description" text NOT NULL,
                "theme_codes" text NOT NULL,
                "keywords" text NOT NULL,
                CONSTRAINT "UQ_6fa1a52f71e46adfd14fe7915fa" UNIQUE ("department_code", "code")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "department_expectation"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "department_code",
                    "code",
                    "description",
                    "theme_codes",
                    "keywords"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "department_code",
                "code",
                "description",
                "theme_codes",
                "keywords"
            FROM "temporary_department_expectation"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_department_expectation"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_version"
                RENAME TO "temporary_contract_version"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_version" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "amendment_id" integer,
                "date" date NOT NULL,
                "content" text NOT NULL,
                CONSTRAINT "UQ_6cd9736fcaa062029a9c9779795" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_version"(
                    "id",
                    "contract_id",
                    "number",
                    "amendment_id",
                    "date",
                    "content"
                )
            SELECT "id",
                "contract_id",
                "number",
                "amendment_id",
                "date",
                "content"
            FROM "temporary_contract_version"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_version"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d"
        `);
        await queryRunner.query(`
            ALTER TABLE "signature"
                RENAME TO "temporary_signature"
        `);
        await queryRunner.query(`
            CREATE TABLE "signature" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "amendment_id" integer,
                "party" varchar(20) NOT NULL,
                "department_code" varchar(3),
                "status" varchar(20) NOT NULL,
                "signed_on" date,
                "signed_by" varchar(200),
                "reason" text
            )
        `);
        await queryRunner.query(`
            INSERT INTO "signature"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "amendment_id",
                    "party",
                    "department_code",
                    "status",
                    "signed_on",
                    "signed_by",
                    "reason"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "amendment_id",
                "party",
                "department_code",
                "status",
                "signed_on",
                "signed_by",
                "reason"
            FROM "temporary_signature"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_signature"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d" ON "signature" ("contract_id", "amendment_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_1ef6bd5df14b19d820f863191c"
        `);
        await queryRunner.query(`
            ALTER TABLE "amendment"
                RENAME TO "temporary_amendment"
        `);
        await queryRunner.query(`
            CREATE TABLE "amendment" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "description" text NOT NULL,
                "status" varchar(10) NOT NULL,
                "opened_on" date NOT NULL,
                "signed_on" date,
                "department_code" varchar(3),
                CONSTRAINT "UQ_65a3a8a39875e4379d18a749efc" UNIQUE ("contract_id", "number")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "amendment"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "number",
                    "kind",
                    "description",
                    "status",
                    "opened_on",
                    "signed_on",
                    "department_code"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "number",
                "kind",
                "description",
                "status",
                "opened_on",
                "signed_on",
                "department_code"
            FROM "temporary_amendment"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_amendment"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1ef6bd5df14b19d820f863191c" ON "amendment" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_631f0c1e78a95d7a8d84c4f755"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_status_change"
                RENAME TO "temporary_contract_status_change"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_status_change" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "from_status" varchar(20) NOT NULL,
                "to_status" varchar(20) NOT NULL,
                "changed_at" datetime NOT NULL,
                "changed_by" varchar(200) NOT NULL,
                "comment" text
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_status_change"(
                    "id",
                    "contract_id",
                    "from_status",
                    "to_status",
                    "changed_at",
                    "changed_by",
                    "comment"
                )
            SELECT "id",
                "contract_id",
                "from_status",
                "to_status",
                "changed_at",
                "changed_by",
                "comment"
            FROM "temporary_contract_status_change"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_status_change"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_631f0c1e78a95d7a8d84c4f755" ON "contract_status_change" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_b5e156ddbbddcb6905f99640b2"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_review"
                RENAME TO "temporary_contract_review"
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_review" (
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" varchar(20) NOT NULL,
                "number" integer NOT NULL,
                "scheduled_on" date NOT NULL,
                "held_on" date,
                CONSTRAINT "UQ_eb318dbe3f7cd458f94c147555d" UNIQUE ("contract_id", "kind", "number")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "contract_review"(
                    "created_at",
                    "updated_at",
                    "version",
                    "id",
                    "contract_id",
                    "kind",
                    "number",
                    "scheduled_on",
                    "held_on"
                )
            SELECT "created_at",
                "updated_at",
                "version",
                "id",
                "contract_id",
                "kind",
                "number",
                "scheduled_on",
                "held_on"
            FROM "temporary_contract_review"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_contract_review"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5e156ddbbddcb6905f99640b2" ON "contract_review" ("held_on", "scheduled_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b" ON "contract_review" ("contract_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_e8433d17975fac12a7d46ddc6a"
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
                CONSTRAINT "FK_fc8557d4f872db945170cf17df4" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user" ("id") ON DELETE
                SET NULL ON UPDATE NO ACTION
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
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_398ad06bbf6398171c71b136ff1" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            DROP INDEX "IDX_709570ea23197bf75890da5a6a"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_928b7aa1754e08e1ed7052cb9d"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP TABLE "department_expectation"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_version"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d"
        `);
        await queryRunner.query(`
            DROP TABLE "signature"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_1ef6bd5df14b19d820f863191c"
        `);
        await queryRunner.query(`
            DROP TABLE "amendment"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_631f0c1e78a95d7a8d84c4f755"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_status_change"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_b5e156ddbbddcb6905f99640b2"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_77bd0d5c8b3c3eb78e0fc80e0b"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_review"
        `);
    }

}
