import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOpportunities1795445548166 implements MigrationInterface {
  name = 'AddOpportunities1795445548166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "subkind" character varying(12), "status" character varying(10) NOT NULL DEFAULT \'DRAFT\', "poster_id" uuid, "organization_id" uuid, "title" character varying(140) NOT NULL, "description" character varying(8000) NOT NULL DEFAULT \'\', "eligibility" character varying(2000) NOT NULL DEFAULT \'\', "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "stages" character varying(16) array NOT NULL DEFAULT \'{}\', "neighborhoods" character varying(60) array NOT NULL DEFAULT \'{}\', "citywide" boolean NOT NULL DEFAULT false, "remote" boolean NOT NULL DEFAULT false, "categories" character varying(32) array NOT NULL DEFAULT \'{}\', "amount_min" integer, "amount_max" integer, "size_sq_ft" integer, "deadline" TIMESTAMP WITH TIME ZONE, "external_url" character varying(500), "published_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_published_deadline" ON "opportunity"  ("deadline") WHERE status = \'PUBLISHED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_organization_created" ON "opportunity"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_poster_created" ON "opportunity"  ("poster_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_status_published" ON "opportunity"  ("status", "published_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunity_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "member_id" uuid NOT NULL, "organization_id" uuid, "message" character varying(1000) NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL DEFAULT \'ACTIVE\', "outcome_kind" character varying(12), "outcome_note" character varying(500) NOT NULL DEFAULT \'\', "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0265c9a21185c4d1c541d0d208b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_interest_member_created" ON "opportunity_interest"  ("member_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_interest_opportunity_created" ON "opportunity_interest"  ("opportunity_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "opportunity_interest_member" ON "opportunity_interest"  ("opportunity_id", "member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunity_save" ("member_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f605bc4e1b5216442933d2f2896" PRIMARY KEY ("member_id", "opportunity_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_save_member_created" ON "opportunity_save"  ("member_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "FK_f7329f618297c22d63a82ba07d2" FOREIGN KEY ("poster_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "FK_d3708446c6547246ff47d18d8b5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" ADD CONSTRAINT "FK_ccb881b182fbb10aeeb1eb456bf" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" ADD CONSTRAINT "FK_909f0edf5bd8ce70f8c48d560a9" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" ADD CONSTRAINT "FK_4576d3495d9d85d49425b4cb9b4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_save" ADD CONSTRAINT "FK_aed05b03cd15a7bcf539564805e" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_save" ADD CONSTRAINT "FK_0404e6e32d55af8a3403cfad910" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "opportunity_save" DROP CONSTRAINT "FK_0404e6e32d55af8a3403cfad910"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_save" DROP CONSTRAINT "FK_aed05b03cd15a7bcf539564805e"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" DROP CONSTRAINT "FK_4576d3495d9d85d49425b4cb9b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" DROP CONSTRAINT "FK_909f0edf5bd8ce70f8c48d560a9"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_interest" DROP CONSTRAINT "FK_ccb881b182fbb10aeeb1eb456bf"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" DROP CONSTRAINT "FK_d3708446c6547246ff47d18d8b5"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" DROP CONSTRAINT "FK_f7329f618297c22d63a82ba07d2"',
    );
    await queryRunner.query('DROP INDEX "public"."opportunity_save_member_created"');
    await queryRunner.query('DROP TABLE "opportunity_save"');
    await queryRunner.query('DROP INDEX "public"."opportunity_interest_member"');
    await queryRunner.query('DROP INDEX "public"."opportunity_interest_opportunity_created"');
    await queryRunner.query('DROP INDEX "public"."opportunity_interest_member_created"');
    await queryRunner.query('DROP TABLE "opportunity_interest"');
    await queryRunner.query('DROP INDEX "public"."opportunity_status_published"');
    await queryRunner.query('DROP INDEX "public"."opportunity_poster_created"');
    await queryRunner.query('DROP INDEX "public"."opportunity_organization_created"');
    await queryRunner.query('DROP INDEX "public"."opportunity_published_deadline"');
    await queryRunner.query('DROP TABLE "opportunity"');
  }
}
