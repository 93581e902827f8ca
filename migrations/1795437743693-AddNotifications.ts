import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795437743693 implements MigrationInterface {
  name = 'AddNotifications1795437743693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "actor_id" uuid, "subject_id" uuid, "data" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "mailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_digest_pending" ON "notification"  ("created_at") WHERE read_at IS NULL AND mailed_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notification_unread_conversation" ON "notification"  ("member_id", "subject_id") WHERE type = \'MESSAGE_RECEIVED\' AND read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_member_unread" ON "notification"  ("member_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_member_created" ON "notification"  ("member_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("member_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "channel" character varying(8) NOT NULL, CONSTRAINT "PK_b4c928dec19d9dfd68a0fd721bc" PRIMARY KEY ("member_id", "type"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digest" ("member_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "last_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e395a0ba7c5bddeb0530e018dd2" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_ac8de39626657d3c0e909d9d82f" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_16addcdc44128a517daeddd4491" FOREIGN KEY ("actor_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_731a1e4d7ac68725765b49fe01c" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_e395a0ba7c5bddeb0530e018dd2" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_digest" DROP CONSTRAINT "FK_e395a0ba7c5bddeb0530e018dd2"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_731a1e4d7ac68725765b49fe01c"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_16addcdc44128a517daeddd4491"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_ac8de39626657d3c0e909d9d82f"',
    );
    await queryRunner.query('DROP TABLE "notification_digest"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "public"."notification_member_created"');
    await queryRunner.query('DROP INDEX "public"."notification_member_unread"');
    await queryRunner.query('DROP INDEX "public"."notification_unread_conversation"');
    await queryRunner.query('DROP INDEX "public"."notification_digest_pending"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}
