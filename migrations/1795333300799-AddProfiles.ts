import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProfiles1795333300799 implements MigrationInterface {
  name = 'AddProfiles1795333300799';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "member_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "kind" character varying(5) NOT NULL, "category" character varying(32) NOT NULL, "text" character varying(280) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_edecf8dd99cdd940e741d88a3f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a1bf7441d32145292f111afcd3" ON "member_statement"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e5314495f36ce025647a3a01b0" ON "member_statement"  ("kind", "category") ',
    );
    await queryRunner.query(
      'ALTER TABLE "member" ADD "bio" character varying(2000) NOT NULL DEFAULT \'\'',
    );
    await queryRunner.query('ALTER TABLE "member" ADD "neighborhood" character varying(60)');
    await queryRunner.query('ALTER TABLE "member" ADD "home_city" character varying(100)');
    await queryRunner.query('ALTER TABLE "member" ADD "home_country" character varying(2)');
    await queryRunner.query(
      'ALTER TABLE "member" ADD "languages" character varying(8) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "member" ADD "sectors" character varying(5) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "member" ADD "stage" character varying(16)');
    await queryRunner.query('ALTER TABLE "member" ADD "phone" character varying(30)');
    await queryRunner.query('ALTER TABLE "member" ADD "links" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query(
      'ALTER TABLE "member" ADD "considering_locating" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "member" ADD "visibility" jsonb');
    await queryRunner.query('ALTER TABLE "member" ADD "privacy" jsonb');
    await queryRunner.query(
      'ALTER TABLE "member_statement" ADD CONSTRAINT "FK_a1bf7441d32145292f111afcd37" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "member_statement" DROP CONSTRAINT "FK_a1bf7441d32145292f111afcd37"',
    );
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "privacy"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "visibility"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "considering_locating"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "links"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "phone"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "stage"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "sectors"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "languages"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "home_country"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "home_city"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "neighborhood"');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "bio"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5314495f36ce025647a3a01b0"');
    await queryRunner.query('DROP INDEX "public"."IDX_a1bf7441d32145292f111afcd3"');
    await queryRunner.query('DROP TABLE "member_statement"');
  }
}
