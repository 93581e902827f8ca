import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddModeration1795457839940 implements MigrationInterface {
  name = 'AddModeration1795457839940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderation_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" character varying(12) NOT NULL, "target_id" uuid NOT NULL, "owner_id" uuid, "source" character varying(12) NOT NULL DEFAULT \'REPORTS\', "status" character varying(8) NOT NULL DEFAULT \'OPEN\', "auto_hidden" boolean NOT NULL DEFAULT false, "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_reported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolution" character varying(14), "resolved_by" uuid, "content_snapshot" jsonb NOT NULL, "flags" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_c62ff756805555e369956a1b9ec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_case_owner" ON "moderation_case"  ("owner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_case_resolved" ON "moderation_case"  ("resolved_at", "id") WHERE status = \'RESOLVED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_case_status_opened" ON "moderation_case"  ("status", "opened_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "moderation_case_open_target" ON "moderation_case"  ("target_type", "target_id") WHERE status = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "content_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_id" uuid NOT NULL, "target_type" character varying(12) NOT NULL, "target_id" uuid NOT NULL, "target_label" character varying(200) NOT NULL, "reason" character varying(14) NOT NULL, "note" character varying(1000) NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL DEFAULT \'OPEN\', "case_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_1effd709157e94e02959826f51e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "content_report_case" ON "content_report"  ("case_id") ');
    await queryRunner.query(
      'CREATE INDEX "content_report_reporter_created" ON "content_report"  ("reporter_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "content_report_once" ON "content_report"  ("reporter_id", "target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_digest" ("member_id" uuid NOT NULL, "last_sent_on" date NOT NULL, CONSTRAINT "PK_2a504fd94f36901bf21fb65547d" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_case" ADD CONSTRAINT "FK_e4274048e89b7b516af59224fc4" FOREIGN KEY ("owner_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_case" ADD CONSTRAINT "FK_137c221a25cec6bdf727c2a7795" FOREIGN KEY ("resolved_by") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" ADD CONSTRAINT "FK_be745287e4e01384dcaf5391fad" FOREIGN KEY ("reporter_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" ADD CONSTRAINT "FK_0c1b13fa7c2b127d2aaf40f5a2f" FOREIGN KEY ("case_id") REFERENCES "moderation_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_digest" ADD CONSTRAINT "FK_2a504fd94f36901bf21fb65547d" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "moderation_digest" DROP CONSTRAINT "FK_2a504fd94f36901bf21fb65547d"',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" DROP CONSTRAINT "FK_0c1b13fa7c2b127d2aaf40f5a2f"',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" DROP CONSTRAINT "FK_be745287e4e01384dcaf5391fad"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_case" DROP CONSTRAINT "FK_137c221a25cec6bdf727c2a7795"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_case" DROP CONSTRAINT "FK_e4274048e89b7b516af59224fc4"',
    );
    await queryRunner.query('DROP TABLE "moderation_digest"');
    await queryRunner.query('DROP INDEX "public"."content_report_once"');
    await queryRunner.query('DROP INDEX "public"."content_report_reporter_created"');
    await queryRunner.query('DROP INDEX "public"."content_report_case"');
    await queryRunner.query('DROP TABLE "content_report"');
    await queryRunner.query('DROP INDEX "public"."moderation_case_open_target"');
    await queryRunner.query('DROP INDEX "public"."moderation_case_status_opened"');
    await queryRunner.query('DROP INDEX "public"."moderation_case_resolved"');
    await queryRunner.query('DROP INDEX "public"."moderation_case_owner"');
    await queryRunner.query('DROP TABLE "moderation_case"');
  }
}
