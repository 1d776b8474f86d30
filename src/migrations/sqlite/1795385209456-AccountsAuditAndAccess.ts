import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsAuditAndAccess1795385209456 implements MigrationInterface {
    name = 'AccountsAuditAndAccess1795385209456'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "email" varchar(254) NOT NULL,
                "display_name" varchar(200) NOT NULL,
                "role" varchar(30) NOT NULL,
                "agency_id" integer,
                "organisation_id" integer,
                "department_code" varchar(3),
                "region_code" varchar(3),
                "password_hash" varchar(200) NOT NULL,
                "must_change_password" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT (1),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6c389af3b251d151c0627d856f" ON "app_user" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "session" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "token_hash" varchar(64) NOT NULL,
                "created_at" datetime NOT NULL,
                "expires_at" datetime NOT NULL,
                "revoked_at" datetime
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "login_attempt" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "email" varchar(254) NOT NULL,
                "address" varchar(100) NOT NULL,
                "succeeded" boolean NOT NULL,
                "attempted_at" datetime NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7458499f8450b9dd6d4454ab13" ON "login_attempt" ("address", "attempted_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d40158f50033c6f856c6a1f242" ON "login_attempt" ("email", "attempted_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "occurred_at" datetime NOT NULL,
                "user_id" integer,
                "user_name" varchar(200) NOT NULL,
                "operation" varchar(100) NOT NULL,
                "entity_type" varchar(60) NOT NULL,
                "entity_id" varchar(60) NOT NULL,
                "action" varchar(10) NOT NULL,
                "changes" text NOT NULL,
                "contract_id" integer,
                "organisation_id" integer,
                "agency_id" integer
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5c5e31987ea5d4d0cadd2ffe31" ON "audit_entry" ("organisation_id", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b854817f0d17c49f698f0cc5bd" ON "audit_entry" ("contract_id", "id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_4f78944350ec17ab1fe209e767"
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
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3fa909d0e37c531ebc23770339"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6c389af3b251d151c0627d856f"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6fa42e978fa7d7adc32736e26f"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_app_user" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "email" varchar(254) NOT NULL,
                "display_name" varchar(200) NOT NULL,
                "role" varchar(30) NOT NULL,
                "agency_id" integer,
                "organisation_id" integer,
                "department_code" varchar(3),
                "region_code" varchar(3),
                "password_hash" varchar(200) NOT NULL,
                "must_change_password" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT (1),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1),
                CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_892845863f608b54b8a6235b6ec" FOREIGN KEY ("department_code") REFERENCES "department" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_ef275dd927b3ab68060799af298" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_app_user"(
                    "id",
                    "email",
                    "display_name",
                    "role",
                    "agency_id",
                    "organisation_id",
                    "department_code",
                    "region_code",
                    "password_hash",
                    "must_change_password",
                    "active",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "email",
                "display_name",
                "role",
                "agency_id",
                "organisation_id",
                "department_code",
                "region_code",
                "password_hash",
                "must_change_password",
                "active",
                "created_at",
                "updated_at",
                "version"
            FROM "app_user"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_app_user"
                RENAME TO "app_user"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6c389af3b251d151c0627d856f" ON "app_user" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user" ("organisation_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_30e98e8746699fb9af235410af"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a83507eb0338ac037780e02f2b"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_session" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "token_hash" varchar(64) NOT NULL,
                "created_at" datetime NOT NULL,
                "expires_at" datetime NOT NULL,
                "revoked_at" datetime,
                CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_session"(
                    "id",
                    "user_id",
                    "token_hash",
                    "created_at",
                    "expires_at",
                    "revoked_at"
                )
            SELECT "id",
                "user_id",
                "token_hash",
                "created_at",
                "expires_at",
                "revoked_at"
            FROM "session"
        `);
        await queryRunner.query(`
            DROP TABLE "session"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_session"
                RENAME TO "session"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session" ("token_hash")
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
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a83507eb0338ac037780e02f2b"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_30e98e8746699fb9af235410af"
        `);
        await queryRunner.query(`
            ALTER TABLE "session"
                RENAME TO "temporary_session"
        `);
        await queryRunner.query(`
            CREATE TABLE "session" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "user_id" integer NOT NULL,
                "token_hash" varchar(64) NOT NULL,
                "created_at" datetime NOT NULL,
                "expires_at" datetime NOT NULL,
                "revoked_at" datetime
            )
        `);
        await queryRunner.query(`
            INSERT INTO "session"(
                    "id",
                    "user_id",
                    "token_hash",
                    "created_at",
                    "expires_at",
                    "revoked_at"
                )
            SELECT "id",
                "user_id",
                "token_hash",
                "created_at",
                "expires_at",
                "revoked_at"
            FROM "temporary_session"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_session"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6fa42e978fa7d7adc32736e26f"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6c389af3b251d151c0627d856f"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3fa909d0e37c531ebc23770339"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
                RENAME TO "temporary_app_user"
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                "email" varchar(254) NOT NULL,
                "display_name" varchar(200) NOT NULL,
                "role" varchar(30) NOT NULL,
                "agency_id" integer,
                "organisation_id" integer,
                "department_code" varchar(3),
                "region_code" varchar(3),
                "password_hash" varchar(200) NOT NULL,
                "must_change_password" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT (1),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "version" integer NOT NULL DEFAULT (1)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "app_user"(
                    "id",
                    "email",
                    "display_name",
                    "role",
                    "agency_id",
                    "organisation_id",
                    "department_code",
                    "region_code",
                    "password_hash",
                    "must_change_password",
                    "active",
                    "created_at",
                    "updated_at",
                    "version"
                )
            SELECT "id",
                "email",
                "display_name",
                "role",
                "agency_id",
                "organisation_id",
                "department_code",
                "region_code",
                "password_hash",
                "must_change_password",
                "active",
                "created_at",
                "updated_at",
                "version"
            FROM "temporary_app_user"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_app_user"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6c389af3b251d151c0627d856f" ON "app_user" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email")
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
                CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_b854817f0d17c49f698f0cc5bd"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_5c5e31987ea5d4d0cadd2ffe31"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_d40158f50033c6f856c6a1f242"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_7458499f8450b9dd6d4454ab13"
        `);
        await queryRunner.query(`
            DROP TABLE "login_attempt"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_a83507eb0338ac037780e02f2b"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_30e98e8746699fb9af235410af"
        `);
        await queryRunner.query(`
            DROP TABLE "session"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6fa42e978fa7d7adc32736e26f"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_6c389af3b251d151c0627d856f"
        `);
        await queryRunner.query(`
            DROP INDEX "IDX_3fa909d0e37c531ebc23770339"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    }

}
