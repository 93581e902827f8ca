import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMatchmaking1795446449506 implements MigrationInterface {
  name = 'AddMatchmaking1795446449506';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "match_dismissal" ("member_id" uuid NOT NULL, "target_id" uuid NOT NULL, "target_kind" character varying(12) NOT NULL, "reason" character varying(12), "organization_id" uuid, "categories" character varying(32) array NOT NULL DEFAULT \'{}\', "opportunity_kind" character varying(16), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_edfd9db4bb6afeac8fc5cf063f5" PRIMARY KEY ("member_id", "target_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "match_dismissal_member_created" ON "match_dismissal"  ("member_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "match_digest" ("member_id" uuid NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0407ab5fcc071ccc77a36b7d803" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query('CREATE INDEX "member_neighborhood" ON "member"  ("neighborhood") ');
    // Written by hand (TypeORM does not generate these; the entities declare them unsynchronized):
    // matchmaking looks up published opportunities by the needs they answer, their sectors and
    // neighborhoods, and members by sector.
    await queryRunner.query(
      `CREATE INDEX "opportunity_published_categories" ON "opportunity" USING gin ("categories") WHERE status = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_published_sectors" ON "opportunity" USING gin ("sectors") WHERE status = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_published_neighborhoods" ON "opportunity" USING gin ("neighborhoods") WHERE status = 'PUBLISHED'`,
    );
    await queryRunner.query('CREATE INDEX "member_sectors" ON "member" USING gin ("sectors")');
    await queryRunner.query(
      'ALTER TABLE "match_dismissal" ADD CONSTRAINT "FK_5d608080683ec0fd64c049b73c0" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_digest" ADD CONSTRAINT "FK_0407ab5fcc071ccc77a36b7d803" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "match_digest" DROP CONSTRAINT "FK_0407ab5fcc071ccc77a36b7d803"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_dismissal" DROP CONSTRAINT "FK_5d608080683ec0fd64c049b73c0"',
    );
    await queryRunner.query('DROP INDEX "public"."member_sectors"');
    await queryRunner.query('DROP INDEX "public"."opportunity_published_neighborhoods"');
    await queryRunner.query('DROP INDEX "public"."opportunity_published_sectors"');
    await queryRunner.query('DROP INDEX "public"."opportunity_published_categories"');
    await queryRunner.query('DROP INDEX "public"."member_neighborhood"');
    await queryRunner.query('DROP TABLE "match_digest"');
    await queryRunner.query('DROP INDEX "public"."match_dismissal_member_created"');
    await queryRunner.query('DROP TABLE "match_dismissal"');
  }
}
