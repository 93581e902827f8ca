import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountsAndMail1795332475795 implements MigrationInterface {
  name = 'AddAccountsAndMail1795332475795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7de8158f2f29aba7331b9576937" UNIQUE ("token_hash"), CONSTRAINT "PK_7175dbe70853f76bcbcb1285f92" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_480ef99d44a74a07c8fcb7cffe" ON "email_token"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a5660d57515144c9f2bee5ac46" ON "refresh_token"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" character varying(254) NOT NULL, "subject" character varying(200) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_63513349650e25976f9ec6dcda" ON "mail_outbox"  ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "member" ADD "locale" character varying(8) NOT NULL DEFAULT \'en\'',
    );
    await queryRunner.query(
      'ALTER TABLE "member" ADD "failed_sign_in_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "member" ADD "locked_until" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "email_token" ADD CONSTRAINT "FK_480ef99d44a74a07c8fcb7cffe8" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_a5660d57515144c9f2bee5ac464" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_a5660d57515144c9f2bee5ac464"',
    );
    await queryRunner.query(
      'ALTER TABLE "email_token" DROP CONSTRAINT "FK_480ef99d44a74a07c8fcb7cffe8"',
    );
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "locked_until"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "failed_sign_in_count"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "locale"');
    await queryRunner.query('DROP INDEX "public"."IDX_63513349650e25976f9ec6dcda"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
    await queryRunner.query('DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"');
    await queryRunner.query('DROP INDEX "public"."IDX_a5660d57515144c9f2bee5ac46"');
    await queryRunner.query('DROP TABLE "refresh_token"');
    await queryRunner.query('DROP INDEX "public"."IDX_480ef99d44a74a07c8fcb7cffe"');
    await queryRunner.query('DROP TABLE "email_token"');
  }
}
