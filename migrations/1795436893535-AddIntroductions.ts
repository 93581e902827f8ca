import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIntroductions1795436893535 implements MigrationInterface {
  name = 'AddIntroductions1795436893535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "introduction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introducer_id" uuid NOT NULL, "member_a_id" uuid NOT NULL, "member_b_id" uuid NOT NULL, "note" character varying(1000) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PROPOSED\', "answer_a" character varying(10), "answer_b" character varying(10), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d5544c866e1ffeb156a2b636082" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_open_expiry" ON "introduction"  ("expires_at") WHERE status = \'PROPOSED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_member_b_created" ON "introduction"  ("member_b_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_member_a_created" ON "introduction"  ("member_a_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_introducer_created" ON "introduction"  ("introducer_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "introduction_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introduction_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "actor_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ad15a10add5248fde2e3676c5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_event_introduction" ON "introduction_event"  ("introduction_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "introduction_outcome" ("introduction_id" uuid NOT NULL, "member_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "note" character varying(500) NOT NULL DEFAULT \'\', "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bdbd9b6a2026bd3467987abc23d" PRIMARY KEY ("introduction_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "introduction_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_id" uuid NOT NULL, "introducer_id" uuid NOT NULL, "target_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "answer_note" character varying(500) NOT NULL DEFAULT \'\', "introduction_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8d104fe347f0edb6cf069dfa252" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "introduction_request_pending_triple" ON "introduction_request"  ("requester_id", "introducer_id", "target_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_request_introducer_created" ON "introduction_request"  ("introducer_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "introduction_request_requester_created" ON "introduction_request"  ("requester_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" ADD CONSTRAINT "FK_6cdf6699487515c8fdf0b16dac9" FOREIGN KEY ("introducer_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" ADD CONSTRAINT "FK_79d98a5838a50035e5b845feda4" FOREIGN KEY ("member_a_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" ADD CONSTRAINT "FK_302440a4d3e9877c9e4e7f2d679" FOREIGN KEY ("member_b_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_event" ADD CONSTRAINT "FK_787cbea42d6275ab47383444057" FOREIGN KEY ("introduction_id") REFERENCES "introduction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_outcome" ADD CONSTRAINT "FK_ff2e52eb3027c97000bb2bec28e" FOREIGN KEY ("introduction_id") REFERENCES "introduction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_outcome" ADD CONSTRAINT "FK_a322d62c01b4c999bc4c92a541c" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" ADD CONSTRAINT "FK_e486e245454e552c469232c09a1" FOREIGN KEY ("requester_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" ADD CONSTRAINT "FK_8998c64d3b6ed261179070663a1" FOREIGN KEY ("introducer_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" ADD CONSTRAINT "FK_59f8a4fab7d1bedb20512703265" FOREIGN KEY ("target_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" ADD CONSTRAINT "FK_fdd7bef74812eed470e7203ad90" FOREIGN KEY ("introduction_id") REFERENCES "introduction"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "introduction_request" DROP CONSTRAINT "FK_fdd7bef74812eed470e7203ad90"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" DROP CONSTRAINT "FK_59f8a4fab7d1bedb20512703265"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" DROP CONSTRAINT "FK_8998c64d3b6ed261179070663a1"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_request" DROP CONSTRAINT "FK_e486e245454e552c469232c09a1"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_outcome" DROP CONSTRAINT "FK_a322d62c01b4c999bc4c92a541c"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_outcome" DROP CONSTRAINT "FK_ff2e52eb3027c97000bb2bec28e"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_event" DROP CONSTRAINT "FK_787cbea42d6275ab47383444057"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" DROP CONSTRAINT "FK_302440a4d3e9877c9e4e7f2d679"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" DROP CONSTRAINT "FK_79d98a5838a50035e5b845feda4"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction" DROP CONSTRAINT "FK_6cdf6699487515c8fdf0b16dac9"',
    );
    await queryRunner.query('DROP INDEX "public"."introduction_request_requester_created"');
    await queryRunner.query('DROP INDEX "public"."introduction_request_introducer_created"');
    await queryRunner.query('DROP INDEX "public"."introduction_request_pending_triple"');
    await queryRunner.query('DROP TABLE "introduction_request"');
    await queryRunner.query('DROP TABLE "introduction_outcome"');
    await queryRunner.query('DROP INDEX "public"."introduction_event_introduction"');
    await queryRunner.query('DROP TABLE "introduction_event"');
    await queryRunner.query('DROP INDEX "public"."introduction_introducer_created"');
    await queryRunner.query('DROP INDEX "public"."introduction_member_a_created"');
    await queryRunner.query('DROP INDEX "public"."introduction_member_b_created"');
    await queryRunner.query('DROP INDEX "public"."introduction_open_expiry"');
    await queryRunner.query('DROP TABLE "introduction"');
  }
}
