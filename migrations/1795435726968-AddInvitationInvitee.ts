import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInvitationInvitee1795435726968 implements MigrationInterface {
  name = 'AddInvitationInvitee1795435726968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization_invitation" ADD "invitee_member_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" ADD CONSTRAINT "FK_7605f7ac362181f2f7fac74e102" FOREIGN KEY ("invitee_member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" DROP CONSTRAINT "FK_7605f7ac362181f2f7fac74e102"',
    );
    await queryRunner.query('ALTER TABLE "organization_invitation" DROP COLUMN "cancelled_at"');
    await queryRunner.query(
      'ALTER TABLE "organization_invitation" DROP COLUMN "invitee_member_id"',
    );
  }
}
