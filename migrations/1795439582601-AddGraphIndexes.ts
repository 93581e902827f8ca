import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGraphIndexes1795439582601 implements MigrationInterface {
  name = 'AddGraphIndexes1795439582601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "member_deleted" ON "member"  ("id") WHERE "deleted_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "connection_member_recent" ON "connection"  ("member_id", "created_at", "other_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."connection_member_recent"');
    await queryRunner.query('DROP INDEX "public"."member_deleted"');
  }
}
