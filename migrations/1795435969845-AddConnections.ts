import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddConnections1795435969845 implements MigrationInterface {
  name = 'AddConnections1795435969845';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "connection" ("member_id" uuid NOT NULL, "other_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_648237691d53f8c30c0378e2642" PRIMARY KEY ("member_id", "other_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "connection_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "note" character varying(300) NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f21b63db16068277910c08bb1ee" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "member_block" ("blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8cdf6c6e64d4d36c712979e7ca6" PRIMARY KEY ("blocker_id", "blocked_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "member_block_blocked" ON "member_block"  ("blocked_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "suggestion_dismissal" ("member_id" uuid NOT NULL, "dismissed_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2252232efae76b07cab4657e3e3" PRIMARY KEY ("member_id", "dismissed_id"))',
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
