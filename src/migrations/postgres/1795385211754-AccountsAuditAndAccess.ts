import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsAuditAndAccess1795385211754 implements MigrationInterface {
    name = 'AccountsAuditAndAccess1795385211754'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" SERIAL NOT NULL,
                "email" character varying(254) NOT NULL,
                "display_name" character varying(200) NOT NULL,
                "role" character varying(30) NOT NULL,
                "agency_id" integer,
                "organisation_id" integer,
                "department_code" character varying(3),
                "region_code" character varying(3),
                "password_hash" character varying(200) NOT NULL,
                "must_change_password" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "user_id" integer NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "email" character varying(254) NOT NULL,
                "address" character varying(100) NOT NULL,
                "succeeded" boolean NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_id" integer,
                "user_name" character varying(200) NOT NULL,
                "operation" character varying(100) NOT NULL,
                "entity_type" character varying(60) NOT NULL,
                "entity_id" character varying(60) NOT NULL,
                "action" character varying(10) NOT NULL,
                "changes" text NOT NULL,
                "contract_id" integer,
                "organisation_id" integer,
                "agency_id" integer,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5c5e31987ea5d4d0cadd2ffe31" ON "audit_entry" ("organisation_id", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b854817f0d17c49f698f0cc5bd" ON "audit_entry" ("contract_id", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD "officer_id" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD "organisation_can_edit" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_892845863f608b54b8a6235b6ec" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_ef275dd927b3ab68060799af298" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_48c7c74830cc86607b7dc79c292"
        `);
        await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_ef275dd927b3ab68060799af298"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_892845863f608b54b8a6235b6ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_48c7c74830cc86607b7dc79c29"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP COLUMN "organisation_can_edit"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP COLUMN "officer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b854817f0d17c49f698f0cc5bd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5c5e31987ea5d4d0cadd2ffe31"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d40158f50033c6f856c6a1f242"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7458499f8450b9dd6d4454ab13"
        `);
        await queryRunner.query(`
            DROP TABLE "login_attempt"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"
        `);
        await queryRunner.query(`
            DROP TABLE "session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6fa42e978fa7d7adc32736e26f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6c389af3b251d151c0627d856f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    }

}
