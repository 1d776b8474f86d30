import { MigrationInterface, QueryRunner } from "typeorm";

export class Baseline1795970454938 implements MigrationInterface {
    name = 'Baseline1795970454938'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "region" (
                "code" character varying(3) NOT NULL,
                "name" character varying(100) NOT NULL,
                CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "department" (
                "code" character varying(3) NOT NULL,
                "name" character varying(100) NOT NULL,
                "region_code" character varying(3) NOT NULL,
                CONSTRAINT "PK_62690f4fe31da9eb824d909285f" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_789fd959c564b31187c2daa2b4" ON "department" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "agency" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "name" character varying(200) NOT NULL,
                "region_code" character varying(3) NOT NULL,
                CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fb51ffcb0a44225993fb61e4a" ON "agency" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "name" character varying(200) NOT NULL,
                "finess_juridique" character varying(9) NOT NULL,
                "legal_status" character varying(30) NOT NULL,
                "head_office_region_code" character varying(3) NOT NULL,
                "search_text" character varying(220) NOT NULL,
                "registered_by_agency_id" integer,
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
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
            CREATE INDEX "IDX_69219ee423498b1ded19e58c52" ON "organisation" ("registered_by_agency_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "establishment" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "organisation_id" integer NOT NULL,
                "finess_geographique" character varying(9) NOT NULL,
                "name" character varying(200) NOT NULL,
                "sector" character varying(20),
                "category" character varying(100) NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "commune" character varying(100) NOT NULL,
                "postal_code" character varying(5) NOT NULL,
                CONSTRAINT "PK_149bd9dc1f2bd4e825a0c474932" PRIMARY KEY ("id")
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
            CREATE TABLE "organisation_department" (
                "organisation_id" integer NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "region_code" character varying(3) NOT NULL,
                CONSTRAINT "PK_680b86f170eb595eef127a9dfb2" PRIMARY KEY ("organisation_id", "department_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_680b86f170eb595eef127a9dfb" ON "organisation_department" ("department_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96d865b763f3b49d6bc2f08b1b" ON "organisation_department" ("region_code", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "email" character varying(254) NOT NULL,
                "display_name" character varying(200) NOT NULL,
                "role" character varying(30) NOT NULL,
                "agency_id" integer,
                "organisation_id" integer,
                "department_code" character varying(3),
                "region_code" character varying(3),
                "managing_agency_id" integer NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "must_change_password" boolean NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
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
            CREATE INDEX "IDX_43fd3be228f929f5114575f252" ON "app_user" ("managing_agency_id")
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
            CREATE TABLE "login_throttle" (
                "key" character varying(300) NOT NULL,
                "window_start_ms" bigint NOT NULL,
                "attempts" integer NOT NULL,
                CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "module_type" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "code" character varying(40) NOT NULL,
                "number" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "mandatory" boolean NOT NULL,
                "summary" text NOT NULL,
                "expected_at_contracting" text NOT NULL,
                "expected_during" text NOT NULL,
                "follow_up_indicator" text NOT NULL,
                "expected_at_end" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_b8e8fab7542a08b2ee8a9c7e0b5" PRIMARY KEY ("id")
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
                "id" SERIAL NOT NULL,
                "module_type_id" integer NOT NULL,
                "kind" character varying(40) NOT NULL,
                "value" integer NOT NULL,
                "scope" character varying(20) NOT NULL,
                CONSTRAINT "UQ_1bcda759d4c5591bf613149c60e" UNIQUE ("module_type_id", "kind", "scope"),
                CONSTRAINT "PK_c4912ad5c97a9e526edd7b385d2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "theme" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "module_type_id" integer NOT NULL,
                "code" character varying(40) NOT NULL,
                "title" character varying(200) NOT NULL,
                "sectors" text NOT NULL,
                "definition" text NOT NULL,
                "questions" text NOT NULL,
                "key_points" text NOT NULL,
                "resources" text NOT NULL,
                "is_example_content" boolean NOT NULL DEFAULT false,
                "agency_id" integer,
                "archived" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c053f0439f9e96f5341cd7a27d" ON "theme" ("module_type_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d39e888e20592fb5fb0ff9c2f0" ON "theme" ("code")
        `);
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "agency_id" integer NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "expected_rate_year1" double precision NOT NULL,
                "expected_rate_year2" double precision NOT NULL,
                "expected_rate_year3" double precision NOT NULL,
                "expected_rate_year4" double precision NOT NULL,
                "expected_rate_year5" double precision NOT NULL,
                "negotiation_opens_on" date,
                "negotiation_closes_on" date,
                "signature_deadline" date,
                CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_398ad06bbf6398171c71b136ff" ON "campaign" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "kind" character varying(20) NOT NULL,
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "officer_id" integer,
                "campaign_id" integer,
                "organisation_can_edit" boolean NOT NULL DEFAULT false,
                "status" character varying(20) NOT NULL DEFAULT 'DRAFT',
                "signed_on" date,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f78944350ec17ab1fe209e767" ON "contract" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48c7c74830cc86607b7dc79c29" ON "contract" ("officer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc8557d4f872db945170cf17df" ON "contract" ("campaign_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e8433d17975fac12a7d46ddc6a" ON "contract" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb01eacfba27570ec72ae86d81" ON "contract" ("organisation_id", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_establishment" (
                "contract_id" integer NOT NULL,
                "establishment_id" integer NOT NULL,
                CONSTRAINT "PK_a5394710a531a52ae9a43968b1b" PRIMARY KEY ("contract_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ecea01efd61b3a6cc884876f" ON "contract_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_module" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "mandatory" boolean NOT NULL,
                "activated_on" date NOT NULL,
                "activation_reason" text,
                "activated_by" character varying(200),
                "progress_rate" double precision,
                "action_count" integer NOT NULL DEFAULT '0',
                "initialisation_count" integer NOT NULL DEFAULT '0',
                "planning_count" integer NOT NULL DEFAULT '0',
                "execution_count" integer NOT NULL DEFAULT '0',
                "monitoring_count" integer NOT NULL DEFAULT '0',
                "closure_count" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_5a0e880d4341bf82038c2546c94" UNIQUE ("contract_id", "module_type_id"),
                CONSTRAINT "PK_3e071f74c73da471d3f241f88cb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a201ffa78ba6ecc6574ac5d92e" ON "contract_module" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_theme" (
                "module_id" integer NOT NULL,
                "theme_id" integer NOT NULL,
                "selected_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_aa01b3e1494965e0d7925b7824f" PRIMARY KEY ("module_id", "theme_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_443d067158a5517a6d2d536d09" ON "module_theme" ("theme_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" SERIAL NOT NULL,
                "module_id" integer NOT NULL,
                "theme_id" integer,
                "title" character varying(300) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "person_in_charge" character varying(200),
                "planned_start_date" date,
                "planned_end_date" date,
                "phase" character varying(20) NOT NULL,
                "completion" integer NOT NULL,
                "progress" double precision NOT NULL,
                "progress_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id")
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
                CONSTRAINT "PK_1a1e1f899a2af80a902c6ceda32" PRIMARY KEY ("action_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_939a487d5bcb3d8057de9c6aaf" ON "action_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_phase_change" (
                "id" SERIAL NOT NULL,
                "action_id" integer NOT NULL,
                "from_phase" character varying(20) NOT NULL,
                "to_phase" character varying(20) NOT NULL,
                "from_completion" integer NOT NULL,
                "to_completion" integer NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "changed_by" character varying(200) NOT NULL,
                "comment" text,
                CONSTRAINT "PK_3aa712f917465f0e7208169d0e5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c4ef2f8eb60d3370b9d3d8316e" ON "action_phase_change" ("action_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_plan" (
                "contract_id" integer NOT NULL,
                "status" character varying(20) NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by" character varying(200),
                "progress_rate" double precision,
                CONSTRAINT "PK_f9a58249eac05646500e0597656" PRIMARY KEY ("contract_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation_progress" (
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "progress_rate" double precision,
                "last_progress_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_82414ce38dcedb6e49b817fac5d" PRIMARY KEY ("organisation_id", "agency_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a0d2802d352a39374806ddb274" ON "organisation_progress" ("progress_rate")
        `);
        await queryRunner.query(`
            CREATE TABLE "progress_snapshot" (
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "year" integer NOT NULL,
                "year_start_date" date NOT NULL,
                "year_end_date" date NOT NULL,
                "contract_rate" double precision,
                "organisation_rate" double precision,
                "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closed_by" character varying(200) NOT NULL,
                CONSTRAINT "UQ_21fafdf2bcbe0086bb7ec886313" UNIQUE ("contract_id", "year"),
                CONSTRAINT "PK_bbdd70dd3627532768c2f83062c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_76488074920d4e625f949df0db" ON "progress_snapshot" ("contract_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_progress_snapshot" (
                "id" SERIAL NOT NULL,
                "snapshot_id" integer NOT NULL,
                "module_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "rate" double precision,
                "action_count" integer NOT NULL,
                CONSTRAINT "PK_78147152c5264d0daa25849b542" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fb2bc4141286850567c10a78d6" ON "module_progress_snapshot" ("snapshot_id")
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
                "id" SERIAL NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
            ALTER TABLE "department"
            ADD CONSTRAINT "FK_789fd959c564b31187c2daa2b4b" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agency"
            ADD CONSTRAINT "FK_9fb51ffcb0a44225993fb61e4a6" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "FK_f115e3ffe7a997305dc71d851eb" FOREIGN KEY ("head_office_region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "FK_69219ee423498b1ded19e58c52e" FOREIGN KEY ("registered_by_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment"
            ADD CONSTRAINT "FK_00e6421d0c969123f66910a3db0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment"
            ADD CONSTRAINT "FK_635eb03e2deddef4a493504a247" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department"
            ADD CONSTRAINT "FK_d3623769d294bff30cad2f5cfa0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department"
            ADD CONSTRAINT "FK_9589c83cac572e055ec431a14ed" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_43fd3be228f929f5114575f2527" FOREIGN KEY ("managing_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_selection_rule"
            ADD CONSTRAINT "FK_91132120726cf9c247f30b3f5d3" FOREIGN KEY ("module_type_id") REFERENCES "module_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "theme"
            ADD CONSTRAINT "FK_c053f0439f9e96f5341cd7a27d1" FOREIGN KEY ("module_type_id") REFERENCES "module_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "theme"
            ADD CONSTRAINT "FK_cf6fafbdd40ebba102e96a9c1ac" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign"
            ADD CONSTRAINT "FK_398ad06bbf6398171c71b136ff1" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_48c7c74830cc86607b7dc79c292" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_fc8557d4f872db945170cf17df4" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_establishment"
            ADD CONSTRAINT "FK_74698f9bfc998923b7193f060cf" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_establishment"
            ADD CONSTRAINT "FK_e9ecea01efd61b3a6cc884876f7" FOREIGN KEY ("establishment_id") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD CONSTRAINT "FK_a201ffa78ba6ecc6574ac5d92e4" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module"
            ADD CONSTRAINT "FK_44b155d36497c9d90236b2b4ffd" FOREIGN KEY ("module_type_id") REFERENCES "module_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_theme"
            ADD CONSTRAINT "FK_92e809a51cbbe6be3416baef58d" FOREIGN KEY ("module_id") REFERENCES "contract_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_theme"
            ADD CONSTRAINT "FK_443d067158a5517a6d2d536d095" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action"
            ADD CONSTRAINT "FK_9e659e3e37d44043a260380ffb0" FOREIGN KEY ("module_id") REFERENCES "contract_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action"
            ADD CONSTRAINT "FK_bc85bc3e3114e549d9c549c84c3" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_establishment"
            ADD CONSTRAINT "FK_88cf52c166d5a36b29378f1f8ce" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_establishment"
            ADD CONSTRAINT "FK_939a487d5bcb3d8057de9c6aafe" FOREIGN KEY ("establishment_id") REFERENCES "establishment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_phase_change"
            ADD CONSTRAINT "FK_c4ef2f8eb60d3370b9d3d8316e4" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_plan"
            ADD CONSTRAINT "FK_f9a58249eac05646500e0597656" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_progress"
            ADD CONSTRAINT "FK_76d10eeb0f0327935ffb85c8dea" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_progress"
            ADD CONSTRAINT "FK_5723055bccd8f45c328cdb24fd4" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_snapshot"
            ADD CONSTRAINT "FK_76488074920d4e625f949df0dbb" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_progress_snapshot"
            ADD CONSTRAINT "FK_fb2bc4141286850567c10a78d64" FOREIGN KEY ("snapshot_id") REFERENCES "progress_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_progress_snapshot"
            ADD CONSTRAINT "FK_fa401c5ca51abe7113109660b74" FOREIGN KEY ("module_id") REFERENCES "contract_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
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
            ALTER TABLE "module_progress_snapshot" DROP CONSTRAINT "FK_fa401c5ca51abe7113109660b74"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_progress_snapshot" DROP CONSTRAINT "FK_fb2bc4141286850567c10a78d64"
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_snapshot" DROP CONSTRAINT "FK_76488074920d4e625f949df0dbb"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_progress" DROP CONSTRAINT "FK_5723055bccd8f45c328cdb24fd4"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_progress" DROP CONSTRAINT "FK_76d10eeb0f0327935ffb85c8dea"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_plan" DROP CONSTRAINT "FK_f9a58249eac05646500e0597656"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_phase_change" DROP CONSTRAINT "FK_c4ef2f8eb60d3370b9d3d8316e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_establishment" DROP CONSTRAINT "FK_939a487d5bcb3d8057de9c6aafe"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_establishment" DROP CONSTRAINT "FK_88cf52c166d5a36b29378f1f8ce"
        `);
        await queryRunner.query(`
            ALTER TABLE "action" DROP CONSTRAINT "FK_bc85bc3e3114e549d9c549c84c3"
        `);
        await queryRunner.query(`
            ALTER TABLE "action" DROP CONSTRAINT "FK_9e659e3e37d44043a260380ffb0"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_theme" DROP CONSTRAINT "FK_443d067158a5517a6d2d536d095"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_theme" DROP CONSTRAINT "FK_92e809a51cbbe6be3416baef58d"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP CONSTRAINT "FK_44b155d36497c9d90236b2b4ffd"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_module" DROP CONSTRAINT "FK_a201ffa78ba6ecc6574ac5d92e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_establishment" DROP CONSTRAINT "FK_e9ecea01efd61b3a6cc884876f7"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract_establishment" DROP CONSTRAINT "FK_74698f9bfc998923b7193f060cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_fc8557d4f872db945170cf17df4"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_48c7c74830cc86607b7dc79c292"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_4f78944350ec17ab1fe209e767f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac"
        `);
        await queryRunner.query(`
            ALTER TABLE "campaign" DROP CONSTRAINT "FK_398ad06bbf6398171c71b136ff1"
        `);
        await queryRunner.query(`
            ALTER TABLE "theme" DROP CONSTRAINT "FK_cf6fafbdd40ebba102e96a9c1ac"
        `);
        await queryRunner.query(`
            ALTER TABLE "theme" DROP CONSTRAINT "FK_c053f0439f9e96f5341cd7a27d1"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_selection_rule" DROP CONSTRAINT "FK_91132120726cf9c247f30b3f5d3"
        `);
        await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_43fd3be228f929f5114575f2527"
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
            ALTER TABLE "organisation_department" DROP CONSTRAINT "FK_9589c83cac572e055ec431a14ed"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_department" DROP CONSTRAINT "FK_d3623769d294bff30cad2f5cfa0"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment" DROP CONSTRAINT "FK_635eb03e2deddef4a493504a247"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment" DROP CONSTRAINT "FK_00e6421d0c969123f66910a3db0"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "FK_69219ee423498b1ded19e58c52e"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "FK_f115e3ffe7a997305dc71d851eb"
        `);
        await queryRunner.query(`
            ALTER TABLE "agency" DROP CONSTRAINT "FK_9fb51ffcb0a44225993fb61e4a6"
        `);
        await queryRunner.query(`
            ALTER TABLE "department" DROP CONSTRAINT "FK_789fd959c564b31187c2daa2b4b"
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
            DROP INDEX "public"."IDX_fb2bc4141286850567c10a78d6"
        `);
        await queryRunner.query(`
            DROP TABLE "module_progress_snapshot"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_76488074920d4e625f949df0db"
        `);
        await queryRunner.query(`
            DROP TABLE "progress_snapshot"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a0d2802d352a39374806ddb274"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_progress"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c4ef2f8eb60d3370b9d3d8316e"
        `);
        await queryRunner.query(`
            DROP TABLE "action_phase_change"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_939a487d5bcb3d8057de9c6aaf"
        `);
        await queryRunner.query(`
            DROP TABLE "action_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bc85bc3e3114e549d9c549c84c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9e659e3e37d44043a260380ffb"
        `);
        await queryRunner.query(`
            DROP TABLE "action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_443d067158a5517a6d2d536d09"
        `);
        await queryRunner.query(`
            DROP TABLE "module_theme"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a201ffa78ba6ecc6574ac5d92e"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_module"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e9ecea01efd61b3a6cc884876f"
        `);
        await queryRunner.query(`
            DROP TABLE "contract_establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cb01eacfba27570ec72ae86d81"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e8433d17975fac12a7d46ddc6a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fc8557d4f872db945170cf17df"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_48c7c74830cc86607b7dc79c29"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP TABLE "contract"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_398ad06bbf6398171c71b136ff"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d39e888e20592fb5fb0ff9c2f0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c053f0439f9e96f5341cd7a27d"
        `);
        await queryRunner.query(`
            DROP TABLE "theme"
        `);
        await queryRunner.query(`
            DROP TABLE "module_selection_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c45869b34a1479d574d129ecb0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_45eca86586dd79b54b47bbf4bb"
        `);
        await queryRunner.query(`
            DROP TABLE "module_type"
        `);
        await queryRunner.query(`
            DROP TABLE "login_throttle"
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
            DROP INDEX "public"."IDX_43fd3be228f929f5114575f252"
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
        await queryRunner.query(`
            DROP INDEX "public"."IDX_96d865b763f3b49d6bc2f08b1b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_680b86f170eb595eef127a9dfb"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_department"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ab8add0d444522705571358661"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c3caf4962a7af994f60b9de8f0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_00e6421d0c969123f66910a3db"
        `);
        await queryRunner.query(`
            DROP TABLE "establishment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_69219ee423498b1ded19e58c52"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_396cbdd5468012d51ac89fbdee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f115e3ffe7a997305dc71d851e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e2a6ede4f5b1a3ac45881ba987"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9fb51ffcb0a44225993fb61e4a"
        `);
        await queryRunner.query(`
            DROP TABLE "agency"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_789fd959c564b31187c2daa2b4"
        `);
        await queryRunner.query(`
            DROP TABLE "department"
        `);
        await queryRunner.query(`
            DROP TABLE "region"
        `);
    }

}
