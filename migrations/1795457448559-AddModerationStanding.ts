import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddModerationStanding1795457448559 implements MigrationInterface {
  name = 'AddModerationStanding1795457448559';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "member" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "member" ADD "suspended_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "member" ADD "suspended_until" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "member" ADD "suspension_reason" character varying(1000)');
    await queryRunner.query('ALTER TABLE "member" ADD "restricted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "message" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "organization" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "opportunity" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "opportunity" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "message" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "restricted_at"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "suspension_reason"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "suspended_until"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "suspended_at"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "hidden_at"');
  }
}
