import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillReviews } from "../backfill-reviews";

export class ContractLifecycle1795392418497 implements MigrationInterface {
    name = 'ContractLifecycle1795392418497'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "contract_review" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" character varying(20) NOT NULL,
                "number" integer NOT NULL,
                "scheduled_on" date NOT NULL,
                "held_on" date,
                CONSTRAINT "UQ_eb318dbe3f7cd458f94c147555d" UNIQUE ("contract_id", "kind", "number"),
                CONSTRAINT "PK_c38fc28d1abbb1dbe33ebddb011" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "from_status" character varying(20) NOT NULL,
                "to_status" character varying(20) NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "changed_by" character varying(200) NOT NULL,
                "comment" text,
                CONSTRAINT "PK_be1460639eb977ce5b2eadbfea1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_631f0c1e78a95d7a8d84c4f755" ON "contract_status_change" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "amendment" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "kind" character varying(20) NOT NULL,
                "description" text NOT NULL,
                "status" character varying(10) NOT NULL,
                "opened_on" date NOT NULL,
                "signed_on" date,
                "department_code" character varying(3),
                CONSTRAINT "UQ_65a3a8a39875e4379d18a749efc" UNIQUE ("contract_id", "number"),
                CONSTRAINT "PK_20ea5f7928736a012e29a76cb02" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1ef6bd5df14b19d820f863191c" ON "amendment" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "signature" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "amendment_id" integer,
                "party" character varying(20) NOT NULL,
                "department_code" character varying(3),
                "status" character varying(20) NOT NULL,
                "signed_on" date,
                "signed_by" character varying(200),
                "reason" text,
                CONSTRAINT "PK_8e62734171afc1d7c9570be27fb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d1cdb0fd0b80ceb99c1730f50d" ON "signature" ("contract_id", "amendment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_version" (
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "amendment_id" integer,
                "date" date NOT NULL,
                "content" text NOT NULL,
                CONSTRAINT "UQ_6cd9736fcaa062029a9c9779795" UNIQUE ("contract_id", "number"),
                CONSTRAINT "PK_dc22c2043e8f7513b637c461fcd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "department_expectation" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "code" character varying(60) NOT NULL,
                "description" text NOT NULL,
                "theme_codes" text NOT NULL,
                "keywords" text NOT NULL,
                CONSTRAINT "UQ_6fa1a52f71e46adfd14fe7915fa" UNIQUE ("department_code", "code"),
                CONSTRAINT "PK_616c4ccd7a4ce3b05e2055e93ec" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" SERIAL NOT NULL,
                "user_id" integer NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" character varying(20) NOT NULL,
                "operation" character varying(60) NOT NULL,
                "message" text NOT NULL,
                "actor_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_709570ea23197bf75890da5a6a" ON "notification" ("user_id", "read_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
            ADD "negotiation_opens_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
            ADD "negotiation_closes_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
            ADD "signature_deadline" date
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD "status" character varying(20) NOT NULL DEFAULT 'DRAFT'
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD "signed_on" date
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e8433d17975fac12a7d46ddc6a" ON "contract" ("status")
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_review"
            ADD CONSTRAINT "FK_77bd0d5c8b3c3eb78e0fc80e0b1" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_status_change"
            ADD CONSTRAINT "FK_631f0c1e78a95d7a8d84c4f7551" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "amendment"
            ADD CONSTRAINT "FK_1ef6bd5df14b19d820f863191cf" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "amendment"
            ADD CONSTRAINT "FK_30a84ac4afe956c9098febd04a1" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "signature"
            ADD CONSTRAINT "FK_df65ef2eb8ffa22f044a76160b3" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "signature"
            ADD CONSTRAINT "FK_73897b1cde2a8f87878cc8ecc1a" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_version"
            ADD CONSTRAINT "FK_b712badeb65678a5177e37a67e0" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "department_expectation"
            ADD CONSTRAINT "FK_acacae18c34193ccda202d5a598" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_f9cd0107e86bcd1d22a4ed7125b" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await backfillReviews(queryRunner, (n) => `$${n}`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_f9cd0107e86bcd1d22a4ed7125b"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"
        `);
        await queryRunner.query(`
            ALTER TABLE "department_expectation" DROP CONSTRAINT "FK_acacae18c34193ccda202d5a598"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_version" DROP CONSTRAINT "FK_b712badeb65678a5177e37a67e0"
        `);
        await queryRunner.query(`
            ALTER TABLE "signature" DROP CONSTRAINT "FK_73897b1cde2a8f87878cc8ecc1a"
        `);
        await queryRunner.query(`
            ALTER TABLE "signature" DROP CONSTRAINT "FK_df65ef2eb8ffa22f044a76160b3"
        `);
        await queryRunner.query(`
            ALTER TABLE "amendment" DROP CONSTRAINT "FK_30a84ac4afe956c9098febd04a1"
        `);
        await queryRunner.query(`
            ALTER TABLE "amendment" DROP CONSTRAINT "FK_1ef6bd5df14b19d820f863191cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_status_change" DROP CONSTRAINT "FK_631f0c1e78a95d7a8d84c4f7551"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_review" DROP CONSTRAINT "FK_77bd0d5c8b3c3eb78e0fc80e0b1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e8433d17975fac12a7d46ddc6a"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP COLUMN "signed_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP COLUMN "status"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign" DROP COLUMN "signature_deadline"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign" DROP COLUMN "negotiation_closes_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign" DROP COLUMN "negotiation_opens_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_709570ea23197bf75890da5a6a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_928b7aa1754e08e1ed7052cb9d"
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
            DROP INDEX "public"."IDX_d1cdb0fd0b80ceb99c1730f50d"
        `);
        await queryRunner.query(`
            DROP TABLE "signature"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1ef6bd5df14b19d820f863191c"
        `);
        await queryRunner.query(`
            DROP TABLE "amendment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_631f0c1e78a95d7a8d84c4f755"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_status_change"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b5e156ddbbddcb6905f99640b2"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_77bd0d5c8b3c3eb78e0fc80e0b"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_review"
        `);
    }

}
