import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795330014559 implements MigrationInterface {
  name = 'Initial1795330014559';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram matching for typo-tolerant search; created here so that both engines get it alike.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // Which seeds (demo data) a database has received, so that each runs once.
    await queryRunner.query(
      'CREATE TABLE "seed_run" ("name" character varying(100) NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_seed_run" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "handle" character varying(30) NOT NULL, "display_name" character varying(100) NOT NULL, "headline" character varying(160) NOT NULL DEFAULT \'\', "roles" character varying(16) array NOT NULL DEFAULT \'{MEMBER}\', "password_hash" character varying(255), "email_verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4678079964ab375b2b31849456c" UNIQUE ("email"), CONSTRAINT "UQ_bd7486a0e822e623c19dc806f7e" UNIQUE ("handle"), CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "member"');
    await queryRunner.query('DROP TABLE "seed_run"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
