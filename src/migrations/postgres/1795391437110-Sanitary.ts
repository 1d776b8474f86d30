import { MigrationInterface, QueryRunner } from "typeorm";

export class Sanitary1795391437110 implements MigrationInterface {
    name = 'Sanitary1795391437110'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "activity" (
                "code" character varying(40) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "label" character varying(200) NOT NULL,
                CONSTRAINT "PK_f2a5a8e06cce84cb6268ad4d80c" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment_activity" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "establishment_id" integer NOT NULL,
                "activity_code" character varying(40) NOT NULL,
                "capacity" integer,
                "capacity_unit" character varying(40),
                "since" date,
                CONSTRAINT "UQ_b13c1151fe56edef7f70090780c" UNIQUE ("establishment_id", "activity_code"),
                CONSTRAINT "PK_1a7d7b80bb58bddd785c92e2288" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6996172afe0f8dda131586d321" ON "establishment_activity" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_catalogue" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "region_code" character varying(3) NOT NULL,
                "name" character varying(200) NOT NULL,
                "source" text,
                "active" boolean NOT NULL,
                "default_max_objectives" integer NOT NULL,
                CONSTRAINT "PK_7e1d90e566ecd6394b1f488870b" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" character varying(100) NOT NULL,
                "max_objectives" integer NOT NULL,
                CONSTRAINT "UQ_d51624e0b06fe2ec7e8b25d8ede" UNIQUE ("catalogue_id", "category"),
                CONSTRAINT "PK_f8299bf5dae26d7228986503eca" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_orientation" (
                "id" SERIAL NOT NULL,
                "catalogue_id" integer NOT NULL,
                "code" character varying(20) NOT NULL,
                "title" character varying(300) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_64377446aad633ec4beac6ec7a2" UNIQUE ("catalogue_id", "code"),
                CONSTRAINT "PK_89a8ea1ec5aca97f964a28e0af7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e5f2ea30e3a08047c36500b2c8" ON "strategic_orientation" ("catalogue_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "strategic_objective" (
                "id" SERIAL NOT NULL,
                "orientation_id" integer NOT NULL,
                "code" character varying(20) NOT NULL,
                "title" character varying(400) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_9444cbc77a3345ad768533b0288" UNIQUE ("orientation_id", "code"),
                CONSTRAINT "PK_7f0f5c223596d51b030545a0510" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e4e01f8dcbb160e3f2c44d4b5" ON "strategic_objective" ("orientation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_type" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "objective_id" integer NOT NULL,
                "code" character varying(20) NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "concerned" text NOT NULL,
                "note" text,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_4520b67c5b33895f277fb93539b" UNIQUE ("objective_id", "code"),
                CONSTRAINT "PK_d1c2e72ba9b5780623b78dde3f5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a4d6c8a947f2bd97fa0cbaaaf5" ON "action_type" ("objective_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_template" (
                "id" SERIAL NOT NULL,
                "action_type_id" integer NOT NULL,
                "label" text NOT NULL,
                "type" character varying(20) NOT NULL,
                "unit" character varying(60),
                "calculation_method" text,
                "data_source" character varying(30) NOT NULL,
                "collection_period" character varying(200),
                "direction" character varying(20) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_c08c032b4c1faf5c1f9f32c8425" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3119e9412ac24b57de8e153bf9" ON "indicator_template" ("action_type_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sanitary_plan" (
                "contract_id" integer NOT NULL,
                "catalogue_id" integer NOT NULL,
                "category" character varying(100),
                "max_objectives" integer NOT NULL,
                CONSTRAINT "PK_8c1b866b0ac0a2d80e5177ee5d4" PRIMARY KEY ("contract_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_objective" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "objective_id" integer NOT NULL,
                "retained" boolean,
                "stakes" text,
                CONSTRAINT "UQ_571b1e65f965e8c74952ae36fdb" UNIQUE ("contract_id", "objective_id"),
                CONSTRAINT "PK_9f84da962bd32d0c10113856338" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_859ab6eab775dd1431338af7bc" ON "contract_objective" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_objective_id" integer NOT NULL,
                "action_type_id" integer NOT NULL,
                "title" text NOT NULL,
                "mandatory" boolean NOT NULL,
                "included" boolean NOT NULL,
                CONSTRAINT "PK_3c8d88b1bdf3b837d5c521690dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23294f2558ede8f37872b25976" ON "contract_action" ("contract_objective_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_action_establishment" (
                "contract_action_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                CONSTRAINT "PK_4b29bbe3e1d1f6a9ab1b2d53681" PRIMARY KEY ("contract_action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d51bd16ec5539290bc50c0aee0" ON "contract_action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_indicator" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_action_id" integer NOT NULL,
                "template_id" integer,
                "label" text NOT NULL,
                "type" character varying(20) NOT NULL,
                "unit" character varying(60),
                "calculation_method" text,
                "data_source" character varying(30) NOT NULL,
                "collection_period" character varying(200),
                "direction" character varying(20) NOT NULL,
                "baseline_number" double precision,
                "baseline_text" text,
                "baseline_year" integer,
                "not_measurable" boolean NOT NULL DEFAULT false,
                "not_measurable_justification" text,
                "measurability_decision" character varying(20),
                "measurability_decision_reason" text,
                CONSTRAINT "PK_b87ceeba667fb3589ac042223d4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6dcd0c6fd37b52328495aa7a1b" ON "contract_indicator" ("contract_action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_year" (
                "id" SERIAL NOT NULL,
                "indicator_id" integer NOT NULL,
                "year" integer NOT NULL,
                "target_number" double precision,
                "target_text" text,
                "actual_number" double precision,
                "actual_text" text,
                "actual_recorded_at" TIMESTAMP WITH TIME ZONE,
                "actual_recorded_by" character varying(200),
                "computed_verdict" character varying(30),
                "override_verdict" character varying(30),
                "override_reason" text,
                "overridden_by" character varying(200),
                "overridden_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_7740608c443bd19053b29bfc25c" UNIQUE ("indicator_id", "year"),
                CONSTRAINT "PK_364e4ebd9577370f7099e430d52" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "financing_line" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "label" character varying(300) NOT NULL,
                "amounts" text NOT NULL,
                CONSTRAINT "PK_99bbd33c797d9694f80846a752c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f6a8ed73d1afba37e1e575bd94" ON "financing_line" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_evaluation" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "kind" character varying(20) NOT NULL,
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
                CONSTRAINT "PK_790b8d8630f1e7b3ccdd1e29ce7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63c10a1f28616ceb3c8115622f" ON "contract_evaluation" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "engagement_proposal" (
                "id" SERIAL NOT NULL,
                "evaluation_id" integer NOT NULL,
                "contract_action_id" integer,
                "proposal" character varying(20) NOT NULL,
                "description" text NOT NULL,
                "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "proposed_by" character varying(200) NOT NULL,
                CONSTRAINT "PK_6e28715f3db60c486bd6a3dcdff" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bdf2a9fc67255f30cadc9da6e8" ON "engagement_proposal" ("evaluation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_revision" (
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "number" integer NOT NULL,
                "date" date NOT NULL,
                "description" text NOT NULL,
                "recorded_by" character varying(200) NOT NULL,
                CONSTRAINT "UQ_2ff2846fef6fbb2670a72a1437d" UNIQUE ("contract_id", "number"),
                CONSTRAINT "PK_74c3728adb483c177f85921bf6e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e6630dbc3cc93ed1d07f9332ec" ON "contract_revision" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_comment" (
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "target_type" character varying(20) NOT NULL,
                "target_id" integer NOT NULL,
                "text" text NOT NULL,
                "author_id" integer,
                "author_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_d18caf4a8249d130ef52b7abe8d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_befc6c4e0d3745f2abd7d511e6" ON "contract_comment" ("contract_id", "target_type", "target_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment_activity"
            ADD CONSTRAINT "FK_6996172afe0f8dda131586d3215" FOREIGN KEY ("establishment_id") REFERENCES "establishment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment_activity"
            ADD CONSTRAINT "FK_da9f89167779a5774d9e23449c0" FOREIGN KEY ("activity_code") REFERENCES "activity"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_catalogue"
            ADD CONSTRAINT "FK_27e7bf7618bcf46d16e29c286ef" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_objective_limit"
            ADD CONSTRAINT "FK_f4c409316295184517f25f70a04" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_orientation"
            ADD CONSTRAINT "FK_e5f2ea30e3a08047c36500b2c86" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_objective"
            ADD CONSTRAINT "FK_2e4e01f8dcbb160e3f2c44d4b5d" FOREIGN KEY ("orientation_id") REFERENCES "strategic_orientation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_type"
            ADD CONSTRAINT "FK_a4d6c8a947f2bd97fa0cbaaaf59" FOREIGN KEY ("objective_id") REFERENCES "strategic_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_template"
            ADD CONSTRAINT "FK_3119e9412ac24b57de8e153bf9c" FOREIGN KEY ("action_type_id") REFERENCES "action_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_plan"
            ADD CONSTRAINT "FK_8c1b866b0ac0a2d80e5177ee5d4" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_plan"
            ADD CONSTRAINT "FK_3e6472f8b3c853ec8fcc0c5fbd3" FOREIGN KEY ("catalogue_id") REFERENCES "sanitary_catalogue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_objective"
            ADD CONSTRAINT "FK_859ab6eab775dd1431338af7bc5" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_objective"
            ADD CONSTRAINT "FK_8b3fb07ab81875e4ae1f9a2478c" FOREIGN KEY ("objective_id") REFERENCES "strategic_objective"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action"
            ADD CONSTRAINT "FK_23294f2558ede8f37872b25976e" FOREIGN KEY ("contract_objective_id") REFERENCES "contract_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action"
            ADD CONSTRAINT "FK_9fa4b1476fe2388a0166ea8c336" FOREIGN KEY ("action_type_id") REFERENCES "action_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action_establishment"
            ADD CONSTRAINT "FK_feb8d33eb720743cfd4ae707709" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action_establishment"
            ADD CONSTRAINT "FK_d51bd16ec5539290bc50c0aee00" FOREIGN KEY ("establishment_id") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_indicator"
            ADD CONSTRAINT "FK_6dcd0c6fd37b52328495aa7a1b2" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_indicator"
            ADD CONSTRAINT "FK_608189f33bd69e51976519ccb3d" FOREIGN KEY ("template_id") REFERENCES "indicator_template"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_year"
            ADD CONSTRAINT "FK_56a103c1df229adb0e27e700fe9" FOREIGN KEY ("indicator_id") REFERENCES "contract_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "financing_line"
            ADD CONSTRAINT "FK_f6a8ed73d1afba37e1e575bd942" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_evaluation"
            ADD CONSTRAINT "FK_63c10a1f28616ceb3c8115622f9" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "engagement_proposal"
            ADD CONSTRAINT "FK_bdf2a9fc67255f30cadc9da6e8b" FOREIGN KEY ("evaluation_id") REFERENCES "contract_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "engagement_proposal"
            ADD CONSTRAINT "FK_acb9bf9d49bf61a4983bbdc2411" FOREIGN KEY ("contract_action_id") REFERENCES "contract_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_revision"
            ADD CONSTRAINT "FK_e6630dbc3cc93ed1d07f9332ece" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_comment"
            ADD CONSTRAINT "FK_1a482b9db37e137b73d0a97e761" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contract_comment" DROP CONSTRAINT "FK_1a482b9db37e137b73d0a97e761"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_revision" DROP CONSTRAINT "FK_e6630dbc3cc93ed1d07f9332ece"
        `);
        await queryRunner.query(`
            ALTER TABLE "engagement_proposal" DROP CONSTRAINT "FK_acb9bf9d49bf61a4983bbdc2411"
        `);
        await queryRunner.query(`
            ALTER TABLE "engagement_proposal" DROP CONSTRAINT "FK_bdf2a9fc67255f30cadc9da6e8b"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_evaluation" DROP CONSTRAINT "FK_63c10a1f28616ceb3c8115622f9"
        `);
        await queryRunner.query(`
            ALTER TABLE "financing_line" DROP CONSTRAINT "FK_f6a8ed73d1afba37e1e575bd942"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_year" DROP CONSTRAINT "FK_56a103c1df229adb0e27e700fe9"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_indicator" DROP CONSTRAINT "FK_608189f33bd69e51976519ccb3d"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_indicator" DROP CONSTRAINT "FK_6dcd0c6fd37b52328495aa7a1b2"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action_establishment" DROP CONSTRAINT "FK_d51bd16ec5539290bc50c0aee00"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action_establishment" DROP CONSTRAINT "FK_feb8d33eb720743cfd4ae707709"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action" DROP CONSTRAINT "FK_9fa4b1476fe2388a0166ea8c336"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_action" DROP CONSTRAINT "FK_23294f2558ede8f37872b25976e"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_objective" DROP CONSTRAINT "FK_8b3fb07ab81875e4ae1f9a2478c"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_objective" DROP CONSTRAINT "FK_859ab6eab775dd1431338af7bc5"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_plan" DROP CONSTRAINT "FK_3e6472f8b3c853ec8fcc0c5fbd3"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_plan" DROP CONSTRAINT "FK_8c1b866b0ac0a2d80e5177ee5d4"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_template" DROP CONSTRAINT "FK_3119e9412ac24b57de8e153bf9c"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_type" DROP CONSTRAINT "FK_a4d6c8a947f2bd97fa0cbaaaf59"
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_objective" DROP CONSTRAINT "FK_2e4e01f8dcbb160e3f2c44d4b5d"
        `);
        await queryRunner.query(`
            ALTER TABLE "strategic_orientation" DROP CONSTRAINT "FK_e5f2ea30e3a08047c36500b2c86"
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_objective_limit" DROP CONSTRAINT "FK_f4c409316295184517f25f70a04"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanitary_catalogue" DROP CONSTRAINT "FK_27e7bf7618bcf46d16e29c286ef"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment_activity" DROP CONSTRAINT "FK_da9f89167779a5774d9e23449c0"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment_activity" DROP CONSTRAINT "FK_6996172afe0f8dda131586d3215"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_befc6c4e0d3745f2abd7d511e6"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_comment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e6630dbc3cc93ed1d07f9332ec"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bdf2a9fc67255f30cadc9da6e8"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_63c10a1f28616ceb3c8115622f"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_evaluation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f6a8ed73d1afba37e1e575bd94"
        `);
        await queryRunner.query(`
            DROP TABLE "financing_line"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_year"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6dcd0c6fd37b52328495aa7a1b"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_indicator"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d51bd16ec5539290bc50c0aee0"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_23294f2558ede8f37872b25976"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_859ab6eab775dd1431338af7bc"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_objective"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3119e9412ac24b57de8e153bf9"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_template"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a4d6c8a947f2bd97fa0cbaaaf5"
        `);
        await queryRunner.query(`
            DROP TABLE "action_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2e4e01f8dcbb160e3f2c44d4b5"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_objective"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e5f2ea30e3a08047c36500b2c8"
        `);
        await queryRunner.query(`
            DROP TABLE "strategic_orientation"
        `);
        await queryRunner.query(`
            DROP TABLE "catalogue_objective_limit"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_81623237fb313215484b6b0f5a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_27e7bf7618bcf46d16e29c286e"
        `);
        await queryRunner.query(`
            DROP TABLE "sanitary_catalogue"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6996172afe0f8dda131586d321"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment_activity"
        `);
        await queryRunner.query(`
            DROP TABLE "activity"
        `);
    }

}
