import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrganizationInvitations1795334947577 implements MigrationInterface {
  name = 'AddOrganizationInvitations1795334947577';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organization_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(6) NOT NULL, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc1ac752952740b92ead1ee9249" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f75820311aae641d2cc4e35e38" ON "organization_invitation"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6e56c64cfd4f2a39ecd225611e" ON "organization_invitation"  ("email") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" ADD CONSTRAINT "FK_f75820311aae641d2cc4e35e38f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" DROP CONSTRAINT "FK_f75820311aae641d2cc4e35e38f"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_6e56c64cfd4f2a39ecd225611e"');
    await queryRunner.query('DROP INDEX "public"."IDX_f75820311aae641d2cc4e35e38"');
    await queryRunner.query('DROP TABLE "organization_invitation"');
  }
}
