import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrganizationLogo1795434189188 implements MigrationInterface {
  name = 'AddOrganizationLogo1795434189188';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" ADD "logo_key" character varying(100)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "logo_key"');
  }
}
