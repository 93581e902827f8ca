import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNetwork1795437288943 implements MigrationInterface {
  name = 'AddNetwork1795437288943';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "connection" ("member_id" uuid NOT NULL, "other_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_648237691d53f8c30c0378e2642" PRIMARY KEY ("member_id", "other_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "connection_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "note" character varying(300) NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f21b63db16068277910c08bb1ee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "connection_request_recipient_status" ON "connection_request"  ("recipient_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "connection_request_sender_created" ON "connection_request"  ("sender_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "connection_request_pending_pair" ON "connection_request"  ("sender_id", "recipient_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE TABLE "member_block" ("blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8cdf6c6e64d4d36c712979e7ca6" PRIMARY KEY ("blocker_id", "blocked_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "member_block_blocked" ON "member_block"  ("blocked_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "suggestion_dismissal" ("member_id" uuid NOT NULL, "dismissed_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2252232efae76b07cab4657e3e3" PRIMARY KEY ("member_id", "dismissed_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "introduction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introducer_id" uuid NOT NULL, "member_a_id" uuid NOT NULL, "member_b_id" uuid NOT NULL, "note" character varying(1000) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PROPOSED\', "answer_a" character varying(10), "answer_b" character varying(10), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d5544c866e1ffeb156a2b636082" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "introduction_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_id" uuid NOT NULL, "introducer_id" uuid NOT NULL, "target_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "answer_note" character varying(500) NOT NULL DEFAULT \'\', "introduction_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8d104fe347f0edb6cf069dfa252" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(12) NOT NULL, "direct_key" character varying(73), "introduction_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_message_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "UQ_4c05c15d2a1698a991f1d456cb4" UNIQUE ("direct_key"), CONSTRAINT "UQ_16608a40f989258c4f7a9fa552b" UNIQUE ("introduction_id"), CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "conversation_participant" ("conversation_id" uuid NOT NULL, "member_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0654f3e9a3538cb40895d5443bc" PRIMARY KEY ("conversation_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "conversation_participant_member" ON "conversation_participant"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "sender_id" uuid NOT NULL, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "message_sender_created" ON "message"  ("sender_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "message_conversation_created" ON "message"  ("conversation_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "connection" ADD CONSTRAINT "FK_167e00a9835e7d6c1cc687f1cb2" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "connection" ADD CONSTRAINT "FK_c58ec86ed2ced3a7c19dccb8faa" FOREIGN KEY ("other_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "connection_request" ADD CONSTRAINT "FK_afe37180941a96820f0ed00a02e" FOREIGN KEY ("sender_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "connection_request" ADD CONSTRAINT "FK_285b778e85f32ea4f7c7a4e56e2" FOREIGN KEY ("recipient_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "member_block" ADD CONSTRAINT "FK_a012d0e7fe190e9c6c2fb75d8ff" FOREIGN KEY ("blocker_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "member_block" ADD CONSTRAINT "FK_08f4c66862898b1e8ce26e3ac41" FOREIGN KEY ("blocked_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_dismissal" ADD CONSTRAINT "FK_ca43fdb4f230b7ffe3939399b3d" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_dismissal" ADD CONSTRAINT "FK_e7f5b5e2cb4c27695f2ed2ee680" FOREIGN KEY ("dismissed_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
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
    await queryRunner.query(
      'ALTER TABLE "conversation" ADD CONSTRAINT "FK_16608a40f989258c4f7a9fa552b" FOREIGN KEY ("introduction_id") REFERENCES "introduction"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participant" ADD CONSTRAINT "FK_f6f41e6c7af3a1ffaab8787c2b7" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participant" ADD CONSTRAINT "FK_a611628322897917c963ac16227" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message" ADD CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message" ADD CONSTRAINT "FK_c0ab99d9dfc61172871277b52f6" FOREIGN KEY ("sender_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "message" DROP CONSTRAINT "FK_c0ab99d9dfc61172871277b52f6"',
    );
    await queryRunner.query(
      'ALTER TABLE "message" DROP CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2"',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participant" DROP CONSTRAINT "FK_a611628322897917c963ac16227"',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation_participant" DROP CONSTRAINT "FK_f6f41e6c7af3a1ffaab8787c2b7"',
    );
    await queryRunner.query(
      'ALTER TABLE "conversation" DROP CONSTRAINT "FK_16608a40f989258c4f7a9fa552b"',
    );
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
    await queryRunner.query(
      'ALTER TABLE "suggestion_dismissal" DROP CONSTRAINT "FK_e7f5b5e2cb4c27695f2ed2ee680"',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_dismissal" DROP CONSTRAINT "FK_ca43fdb4f230b7ffe3939399b3d"',
    );
    await queryRunner.query(
      'ALTER TABLE "member_block" DROP CONSTRAINT "FK_08f4c66862898b1e8ce26e3ac41"',
    );
    await queryRunner.query(
      'ALTER TABLE "member_block" DROP CONSTRAINT "FK_a012d0e7fe190e9c6c2fb75d8ff"',
    );
    await queryRunner.query(
      'ALTER TABLE "connection_request" DROP CONSTRAINT "FK_285b778e85f32ea4f7c7a4e56e2"',
    );
    await queryRunner.query(
      'ALTER TABLE "connection_request" DROP CONSTRAINT "FK_afe37180941a96820f0ed00a02e"',
    );
    await queryRunner.query(
      'ALTER TABLE "connection" DROP CONSTRAINT "FK_c58ec86ed2ced3a7c19dccb8faa"',
    );
    await queryRunner.query(
      'ALTER TABLE "connection" DROP CONSTRAINT "FK_167e00a9835e7d6c1cc687f1cb2"',
    );
    await queryRunner.query('DROP INDEX "public"."message_conversation_created"');
    await queryRunner.query('DROP INDEX "public"."message_sender_created"');
    await queryRunner.query('DROP TABLE "message"');
    await queryRunner.query('DROP INDEX "public"."conversation_participant_member"');
    await queryRunner.query('DROP TABLE "conversation_participant"');
    await queryRunner.query('DROP TABLE "conversation"');
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
    await queryRunner.query('DROP TABLE "suggestion_dismissal"');
    await queryRunner.query('DROP INDEX "public"."member_block_blocked"');
    await queryRunner.query('DROP TABLE "member_block"');
    await queryRunner.query('DROP INDEX "public"."connection_request_pending_pair"');
    await queryRunner.query('DROP INDEX "public"."connection_request_sender_created"');
    await queryRunner.query('DROP INDEX "public"."connection_request_recipient_status"');
    await queryRunner.query('DROP TABLE "connection_request"');
    await queryRunner.query('DROP TABLE "connection"');
  }
}
