import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberPhoto1795335277391 implements MigrationInterface {
  name = 'AddMemberPhoto1795335277391';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "member" ADD "photo_key" character varying(100)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "photo_key"');
  }
}
