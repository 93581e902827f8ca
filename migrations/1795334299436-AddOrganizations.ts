import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrganizations1795334299436 implements MigrationInterface {
  name = 'AddOrganizations1795334299436';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name" character varying(120) NOT NULL, "type" character varying(24) NOT NULL, "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "size_band" character varying(20), "neighborhood" character varying(60), "address" character varying(200), "website" character varying(500), "description" character varying(4000) NOT NULL DEFAULT \'\', "founded_year" smallint, "verification_requested_at" TIMESTAMP WITH TIME ZONE, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33b1165fe0ee604d85f767af6c" ON "organization"  ("type") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b0febdf3d55ff253bf4be69f4a" ON "organization"  ("verified_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_member" ("organization_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" character varying(6) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b391398fe716f602d01e5c176e" PRIMARY KEY ("organization_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e5f666915ea367f35c7dac67af" ON "organization_member"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(5) NOT NULL, "category" character varying(32) NOT NULL, "text" character varying(280) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_f0b0f6f2e2116c6dadd5c06a424" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_223f315836e799fa3b12da177a" ON "organization_statement"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bf571bdf8339bbf04861deb524" ON "organization_statement"  ("kind", "category") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_member" ADD CONSTRAINT "FK_ce08825728e5afefdc6e682b8d7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_member" ADD CONSTRAINT "FK_e5f666915ea367f35c7dac67af2" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_statement" ADD CONSTRAINT "FK_223f315836e799fa3b12da177a3" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization_statement" DROP CONSTRAINT "FK_223f315836e799fa3b12da177a3"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_member" DROP CONSTRAINT "FK_e5f666915ea367f35c7dac67af2"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_member" DROP CONSTRAINT "FK_ce08825728e5afefdc6e682b8d7"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_bf571bdf8339bbf04861deb524"');
    await queryRunner.query('DROP INDEX "public"."IDX_223f315836e799fa3b12da177a"');
    await queryRunner.query('DROP TABLE "organization_statement"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5f666915ea367f35c7dac67af"');
    await queryRunner.query('DROP TABLE "organization_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_b0febdf3d55ff253bf4be69f4a"');
    await queryRunner.query('DROP INDEX "public"."IDX_33b1165fe0ee604d85f767af6c"');
    await queryRunner.query('DROP TABLE "organization"');
  }
}
