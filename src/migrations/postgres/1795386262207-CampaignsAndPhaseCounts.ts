import { MigrationInterface, QueryRunner } from "typeorm";

export class CampaignsAndPhaseCounts1795386262207 implements MigrationInterface {
    name = 'CampaignsAndPhaseCounts1795386262207'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "id" SERIAL NOT NULL,
                "agency_id" integer NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "expected_rate_year1" double precision NOT NULL,
                "expected_rate_year2" double precision NOT NULL,
                "expected_rate_year3" double precision NOT NULL,
                "expected_rate_year4" double precision NOT NULL,
                "expected_rate_year5" double precision NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_398ad06bbf6398171c71b136ff" ON "campaign" ("agency_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD "campaign_id" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD "initialisation_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD "planning_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD "execution_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD "monitoring_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD "closure_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc8557d4f872db945170cf17df" ON "contract" ("campaign_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
            ADD CONSTRAINT "FK_398ad06bbf6398171c71b136ff1" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_fc8557d4f872db945170cf17df4" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_fc8557d4f872db945170cf17df4"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign" DROP CONSTRAINT "FK_398ad06bbf6398171c71b136ff1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fc8557d4f872db945170cf17df"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP COLUMN "closure_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP COLUMN "monitoring_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP COLUMN "execution_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP COLUMN "planning_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP COLUMN "initialisation_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP COLUMN "campaign_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_398ad06bbf6398171c71b136ff"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
    }

}
