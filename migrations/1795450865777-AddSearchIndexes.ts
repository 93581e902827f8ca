import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search reads at most so many matches of each type, and the matches in names, titles and
 * headlines, so that a common word costs no more than a rare one (SearchRepository.search):
 * - one GIN index per type (partial), in place of the one over every document, so that reading
 *   the first matches of a type reads only that type's;
 * - a GIN index over the lexemes of weights A and B (names, titles, headlines);
 * - a B-tree by date, to browse the newest first without reading everything that passes;
 * - small GIN pending lists: every search reads a pending list whole, and the default (4 MB)
 *   costs tens of milliseconds per search once full; 256 kB keeps writes batched all the same.
 * Statistics at once: the planner chooses between these indexes by them.
 * Everything here is SQL that runs the same on PostgreSQL 15 and PGlite.
 */
export class AddSearchIndexes1795450865777 implements MigrationInterface {
  name = 'AddSearchIndexes1795450865777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const pending = 'WITH (gin_pending_list_limit = 256)';
    for (const type of ['MEMBER', 'ORGANIZATION', 'OPPORTUNITY']) {
      await queryRunner.query(
        `CREATE INDEX "search_document_${type.toLowerCase()}" ON "search_document" USING gin ("document") ${pending} WHERE "type" = '${type}'`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "search_document_heading" ON "search_document" USING gin (ts_filter("document", '{a,b}')) ${pending}`,
    );
    await queryRunner.query(
      'CREATE INDEX "search_document_newest" ON "search_document" ("sort_at" DESC, "id")',
    );
    await queryRunner.query('DROP INDEX "public"."search_document_document"');
    await queryRunner.query(
      'ALTER INDEX "public"."search_lexeme_trigram" SET (gin_pending_list_limit = 256)',
    );
    await queryRunner.query("SELECT gin_clean_pending_list('search_lexeme_trigram')");
    await queryRunner.query('ANALYZE "search_document", "search_lexeme"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER INDEX "public"."search_lexeme_trigram" RESET (gin_pending_list_limit)',
    );
    await queryRunner.query(
      'CREATE INDEX "search_document_document" ON "search_document" USING gin ("document")',
    );
    for (const index of ['newest', 'heading', 'opportunity', 'organization', 'member']) {
      await queryRunner.query(`DROP INDEX "public"."search_document_${index}"`);
    }
  }
}
