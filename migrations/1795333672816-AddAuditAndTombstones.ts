import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditAndTombstones1795333672816 implements MigrationInterface {
  name = 'AddAuditAndTombstones1795333672816';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(60) NOT NULL, "target_type" character varying(30) NOT NULL, "target_id" character varying(64) NOT NULL, "reason" text, "before" jsonb, "after" jsonb, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_97535621724623160ea0427566" ON "audit_entry"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7a9e4f0b7b7717598108a7a66d" ON "audit_entry"  ("target_type", "target_id") ',
    );
    await queryRunner.query('ALTER TABLE "member" ADD "deleted_at" TIMESTAMP WITH TIME ZONE');
    // The audit log is append-only in the database itself, whatever the application does.
    await queryRunner.query(
      `CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entry_no_truncate ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER audit_entry_no_update_or_delete ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION audit_entry_append_only()');
    await queryRunner.query('ALTER TABLE "member" DROP COLUMN "deleted_at"');
    await queryRunner.query('DROP INDEX "public"."IDX_7a9e4f0b7b7717598108a7a66d"');
    await queryRunner.query('DROP INDEX "public"."IDX_97535621724623160ea0427566"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}
