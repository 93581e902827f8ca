import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What matching compares of a member, from their row, statements and memberships. */
const FACTS = `
  SELECT m.id, m.sectors, m.stage, m.neighborhood, m.languages, m.visibility ->> 'location',
         'CONNECTOR' = ANY (m.roles),
         ARRAY(SELECT s.category FROM member_statement s WHERE s.member_id = m.id AND s.kind = 'NEED'
               GROUP BY s.category ORDER BY min(s.position), s.category),
         ARRAY(SELECT s.category FROM member_statement s WHERE s.member_id = m.id AND s.kind = 'OFFER'
               GROUP BY s.category ORDER BY min(s.position), s.category),
         ARRAY(SELECT om.organization_id FROM organization_member om WHERE om.member_id = m.id
               ORDER BY om.organization_id)
  FROM member m`;
const COLUMNS =
  'member_id, sectors, stage, neighborhood, languages, location_visibility, connector, needs, offers, organization_ids';

/**
 * Matchmaking reads fewer, denser pages: each live member's facts in one narrow row of
 * member_match_facts, kept in step by triggers in the same transaction as every write to the
 * member, their statements and their memberships; and covering indexes for the newest published
 * opportunities, the statements of organizations and the stages of their programmes. Everything
 * here is SQL that runs the same on PostgreSQL 15 and PGlite.
 */
export class AddMatchFacts1795450762373 implements MigrationInterface {
  name = 'AddMatchFacts1795450762373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'CREATE TABLE "member_match_facts" ("member_id" uuid NOT NULL, "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "stage" character varying(16), "neighborhood" character varying(60), "languages" character varying(8) array NOT NULL DEFAULT \'{}\', "location_visibility" character varying(12), "connector" boolean NOT NULL DEFAULT false, "needs" character varying(32) array NOT NULL DEFAULT \'{}\', "offers" character varying(32) array NOT NULL DEFAULT \'{}\', "organization_ids" uuid array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_e2fb45ee5c2656b8ff57b8f5f1e" PRIMARY KEY ("member_id"))',
      'ALTER TABLE "member_match_facts" ADD CONSTRAINT "FK_e2fb45ee5c2656b8ff57b8f5f1e" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Rewrites the facts of the given members from their sources; deleted or gone ones are left
    // out. Two transactions changing one member's statements and memberships at once take turns
    // on the member's row, so that the later one computes from what the earlier one committed
    // (each statement of a function reads a fresh snapshot) and no change is lost.
    await run(`CREATE FUNCTION match_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
      PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM member_match_facts f WHERE f.member_id = ANY (ids)
        AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = f.member_id AND m.deleted_at IS NULL);
      INSERT INTO member_match_facts (${COLUMNS})
      ${FACTS}
      WHERE m.id = ANY (ids) AND m.deleted_at IS NULL
      ON CONFLICT (member_id) DO UPDATE SET ${COLUMNS.split(', ')
        .slice(1)
        .map((column) => `${column} = EXCLUDED.${column}`)
        .join(', ')};
    END $fn$`);

    await run(
      `CREATE FUNCTION match_member_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM match_refresh_members(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION match_member_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM match_refresh_members(ARRAY[NEW.id]);
        RETURN NULL;
      END $fn$`,
      // Statements and memberships: the members they belong to, before and after.
      `CREATE FUNCTION match_member_part_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM match_refresh_members(ARRAY(SELECT DISTINCT member_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM match_refresh_members(ARRAY(SELECT DISTINCT member_id FROM old_rows));
        ELSE
          PERFORM match_refresh_members(
            ARRAY(SELECT member_id FROM new_rows UNION SELECT member_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`,
      // TRUNCATE fires no row or statement triggers of its own kind (the synthetic reset uses it;
      // truncating members truncates their facts through the foreign key).
      `CREATE FUNCTION match_member_parts_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM match_refresh_members(ARRAY(SELECT id FROM member));
        RETURN NULL;
      END $fn$`,
    );

    const memberColumns = [
      'sectors',
      'stage',
      'neighborhood',
      'languages',
      'visibility',
      'roles',
      'deleted_at',
    ];
    const changed = memberColumns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
    const partTriggers = (table: string) => [
      `CREATE TRIGGER match_${table}_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_member_part_rows()`,
      `CREATE TRIGGER match_${table}_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_member_part_rows()`,
      `CREATE TRIGGER match_${table}_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_member_part_rows()`,
      `CREATE TRIGGER match_${table}_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION match_member_parts_truncated()`,
    ];
    await run(
      'CREATE TRIGGER match_member_insert AFTER INSERT ON "member" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_member_rows()',
      `CREATE TRIGGER match_member_update AFTER UPDATE OF ${memberColumns.join(', ')} ON "member" FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION match_member_updated()`,
      ...partTriggers('member_statement'),
      ...partTriggers('organization_member'),
    );

    // What exists already (in one statement: nothing else writes during a migration).
    await run(`INSERT INTO member_match_facts (${COLUMNS}) ${FACTS} WHERE m.deleted_at IS NULL`);

    // Covering indexes, read without the table: the newest published opportunities with all
    // that matching compares (not the title: the chosen few are read whole afterwards, and every
    // included list is bounded by validation, so an entry stays well within a page); the kinds
    // and categories of an organization's statements; the stages of an organization's published
    // opportunities (its programmes).
    await run(
      `CREATE INDEX "opportunity_published_match" ON "opportunity" ("published_at", "id") INCLUDE ("kind", "subkind", "organization_id", "poster_id", "sectors", "stages", "neighborhoods", "citywide", "remote", "categories", "deadline") WHERE status = 'PUBLISHED'`,
      `CREATE INDEX "opportunity_published_organization_stages" ON "opportunity" ("organization_id") INCLUDE ("stages", "deadline") WHERE status = 'PUBLISHED'`,
      'CREATE INDEX "organization_statement_categories" ON "organization_statement" ("organization_id") INCLUDE ("kind", "category")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'DROP INDEX "public"."organization_statement_categories"',
      'DROP INDEX "public"."opportunity_published_organization_stages"',
      'DROP INDEX "public"."opportunity_published_match"',
    );
    for (const table of ['member_statement', 'organization_member']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER match_${table}_${event} ON "${table}"`);
      }
    }
    await run(
      'DROP TRIGGER match_member_update ON "member"',
      'DROP TRIGGER match_member_insert ON "member"',
      'DROP FUNCTION match_member_parts_truncated()',
      'DROP FUNCTION match_member_part_rows()',
      'DROP FUNCTION match_member_updated()',
      'DROP FUNCTION match_member_rows()',
      'DROP FUNCTION match_refresh_members(uuid[])',
      'ALTER TABLE "member_match_facts" DROP CONSTRAINT "FK_e2fb45ee5c2656b8ff57b8f5f1e"',
      'DROP TABLE "member_match_facts"',
    );
  }
}
