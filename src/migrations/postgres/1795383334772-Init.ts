import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795383334772 implements MigrationInterface {
    name = 'Init1795383334772'

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
                "id" SERIAL NOT NULL,
                "name" character varying(200) NOT NULL,
                "region_code" character varying(3) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fb51ffcb0a44225993fb61e4a" ON "agency" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" SERIAL NOT NULL,
                "name" character varying(200) NOT NULL,
                "finess_juridique" character varying(9) NOT NULL,
                "legal_status" character varying(30) NOT NULL,
                "head_office_region_code" character varying(3) NOT NULL,
                "search_text" character varying(220) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
            CREATE TABLE "establishment" (
                "id" SERIAL NOT NULL,
                "organisation_id" integer NOT NULL,
                "finess_geographique" character varying(9) NOT NULL,
                "name" character varying(200) NOT NULL,
                "sector" character varying(20),
                "category" character varying(100) NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "commune" character varying(100) NOT NULL,
                "postal_code" character varying(5) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
            CREATE TABLE "module_type" (
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
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
            CREATE TABLE "contract" (
                "id" SERIAL NOT NULL,
                "kind" character varying(20) NOT NULL,
                "organisation_id" integer NOT NULL,
                "agency_id" integer NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id")
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
                CONSTRAINT "PK_a5394710a531a52ae9a43968b1b" PRIMARY KEY ("contract_id", "establishment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e9ecea01efd61b3a6cc884876f" ON "contract_establishment" ("establishment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contract_module" (
                "id" SERIAL NOT NULL,
                "contract_id" integer NOT NULL,
                "module_type_id" integer NOT NULL,
                "mandatory" boolean NOT NULL,
                "activated_on" date NOT NULL,
                "activation_reason" text,
                "activated_by" character varying(200),
                "progress_rate" double precision,
                "action_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
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
                "progress_rate" double precision,
                "last_progress_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_76d10eeb0f0327935ffb85c8dea" PRIMARY KEY ("organisation_id")
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
            ALTER TABLE "establishment"
            ADD CONSTRAINT "FK_00e6421d0c969123f66910a3db0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment"
            ADD CONSTRAINT "FK_635eb03e2deddef4a493504a247" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
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
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contract"
            ADD CONSTRAINT "FK_4f78944350ec17ab1fe209e767f" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
            ALTER TABLE "contract" DROP CONSTRAINT "FK_4f78944350ec17ab1fe209e767f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contract" DROP CONSTRAINT "FK_306fcf8d8379bf9e27116c405ac"
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
            ALTER TABLE "establishment" DROP CONSTRAINT "FK_635eb03e2deddef4a493504a247"
        `);
        await queryRunner.query(`
            ALTER TABLE "establishment" DROP CONSTRAINT "FK_00e6421d0c969123f66910a3db0"
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
            DROP INDEX "public"."IDX_4f78944350ec17ab1fe209e767"
        `);
        await queryRunner.query(`
            DROP TABLE "contract"
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
