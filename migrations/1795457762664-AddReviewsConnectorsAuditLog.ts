import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff reviews (the opportunity queue and its note to the poster, the verification queue), the
 * connector programme's applications, and the indexes the audit log is browsed by.
 */
export class AddReviewsConnectorsAuditLog1795457762664 implements MigrationInterface {
  name = 'AddReviewsConnectorsAuditLog1795457762664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "connector_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "motivation" character varying(2000) NOT NULL, "sectors" character varying(5) array NOT NULL, "communities" character varying(60) array NOT NULL, "languages" character varying(8) array NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "decision_note" character varying(1000), "decided_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_c62f3910341aa85440e9742929d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "connector_application_status_created" ON "connector_application"  ("status", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "connector_application_member_created" ON "connector_application"  ("member_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "connector_application_pending_member" ON "connector_application"  ("member_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD "review_requested_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "opportunity" ADD "review_note" character varying(1000)');
    // What already waits keeps its place in the queue: since it was last changed.
    await queryRunner.query(
      `UPDATE "opportunity" SET "review_requested_at" = "updated_at" WHERE "status" = 'IN_REVIEW'`,
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_action_occurred" ON "audit_entry"  ("action", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_occurred" ON "audit_entry"  ("occurred_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "organization_verification_pending" ON "organization"  ("verification_requested_at", "id") WHERE verification_requested_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "opportunity_in_review" ON "opportunity"  ("review_requested_at", "id") WHERE status = \'IN_REVIEW\'',
    );
    await queryRunner.query(
      'ALTER TABLE "connector_application" ADD CONSTRAINT "FK_a911045b621e86da105659aabd3" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "connector_application" ADD CONSTRAINT "FK_93bd2a62d5874a94598e8575306" FOREIGN KEY ("decided_by_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "connector_application" DROP CONSTRAINT "FK_93bd2a62d5874a94598e8575306"',
    );
    await queryRunner.query(
      'ALTER TABLE "connector_application" DROP CONSTRAINT "FK_a911045b621e86da105659aabd3"',
    );
    await queryRunner.query('DROP INDEX "public"."opportunity_in_review"');
    await queryRunner.query('DROP INDEX "public"."organization_verification_pending"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_occurred"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_action_occurred"');
    await queryRunner.query('ALTER TABLE "opportunity" DROP COLUMN "review_note"');
    await queryRunner.query('ALTER TABLE "opportunity" DROP COLUMN "review_requested_at"');
    await queryRunner.query('DROP INDEX "public"."connector_application_pending_member"');
    await queryRunner.query('DROP INDEX "public"."connector_application_member_created"');
    await queryRunner.query('DROP INDEX "public"."connector_application_status_created"');
    await queryRunner.query('DROP TABLE "connector_application"');
  }
}
