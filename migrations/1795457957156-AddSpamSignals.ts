import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSpamSignals1795457957156 implements MigrationInterface {
  name = 'AddSpamSignals1795457957156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "spam_signal" ("member_id" uuid NOT NULL, "activity" character varying(32) NOT NULL, "day" date NOT NULL, "note" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9fb6f5f2e463b0d9a9addcacc9" PRIMARY KEY ("member_id", "activity", "day"))',
    );
    await queryRunner.query(
      'ALTER TABLE "spam_signal" ADD CONSTRAINT "FK_1b2cd601941aa21ad9d7482a015" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "spam_signal" DROP CONSTRAINT "FK_1b2cd601941aa21ad9d7482a015"',
    );
    await queryRunner.query('DROP TABLE "spam_signal"');
  }
}
