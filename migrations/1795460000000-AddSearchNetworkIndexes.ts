import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching "in my network" with a small network reads the opportunities of its members and of
 * their organizations by key: the opportunity documents indexed by poster and by organization.
 */
export class AddSearchNetworkIndexes1795460000000 implements MigrationInterface {
  name = 'AddSearchNetworkIndexes1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_document_opportunity_poster" ON "search_document" ("member_id") WHERE type = 'OPPORTUNITY'`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_opportunity_organization" ON "search_document" ("organization_id") WHERE type = 'OPPORTUNITY'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "search_document_opportunity_organization"');
    await queryRunner.query('DROP INDEX "search_document_opportunity_poster"');
  }
}
