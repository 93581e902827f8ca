import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search: one table of documents (live members, organizations, published opportunities) with a
 * weighted tsvector and the facets, kept in step by triggers in the same transaction as every
 * write to the tables it comes from; a lexicon of stems for typo tolerance. Everything here is
 * SQL that runs the same on PostgreSQL 15 and PGlite.
 */
export class AddSearch1795446978947 implements MigrationInterface {
  name = 'AddSearch1795446978947';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'CREATE EXTENSION IF NOT EXISTS unaccent',
      // English stemming, and accents folded so that "Ramirez" finds "Ramírez" (both ways).
      'CREATE TEXT SEARCH CONFIGURATION growhere (COPY = english)',
      'ALTER TEXT SEARCH CONFIGURATION growhere ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem',
    );
    await run(
      'CREATE TABLE "search_document" ("id" uuid NOT NULL, "type" character varying(12) NOT NULL, "document" tsvector NOT NULL, "member_id" uuid, "organization_id" uuid, "kind" character varying(16), "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "any_sector" boolean NOT NULL DEFAULT false, "neighborhoods" character varying(60) array NOT NULL DEFAULT \'{}\', "citywide" boolean NOT NULL DEFAULT false, "location_visibility" character varying(12), "stages" character varying(16) array NOT NULL DEFAULT \'{}\', "any_stage" boolean NOT NULL DEFAULT false, "organization_type" character varying(24), "verified" boolean NOT NULL DEFAULT false, "expires_at" TIMESTAMP WITH TIME ZONE, "sort_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd53cc58377efc2153e7398269e" PRIMARY KEY ("id"))',
      'CREATE TABLE "search_lexeme" ("lexeme" character varying(64) COLLATE "C" NOT NULL, CONSTRAINT "PK_3c1b86f5c52e0ad892fca5edb23" PRIMARY KEY ("lexeme"))',
      'CREATE INDEX "search_document_document" ON "search_document" USING gin ("document")',
      'CREATE INDEX "search_lexeme_trigram" ON "search_lexeme" USING gin ("lexeme" gin_trgm_ops)',
    );

    // The stems of the given documents join the lexicon. Sorted, so that two transactions adding
    // the same new stems take them in the same order.
    await run(`CREATE FUNCTION search_learn(ids uuid[]) RETURNS void LANGUAGE sql AS $fn$
      INSERT INTO search_lexeme (lexeme)
      SELECT DISTINCT lexeme FROM search_document d, unnest(tsvector_to_array(d.document)) AS lexeme
      WHERE d.id = ANY (ids) AND length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '[0-9]'
      ORDER BY 1
      ON CONFLICT DO NOTHING
    $fn$`);

    // Each refresh rebuilds the documents of the given ids from their source rows: deleted,
    // unpublished or gone ones simply are not written back. The insert is an upsert: two
    // transactions refreshing one document (an organization's badge and one of its opportunities)
    // may both find it deleted and both write it; the later one wins, from newer sources.
    const UPSERT = `ON CONFLICT (id) DO UPDATE SET ${[
      'type',
      'document',
      'member_id',
      'organization_id',
      'kind',
      'sectors',
      'any_sector',
      'neighborhoods',
      'citywide',
      'location_visibility',
      'stages',
      'any_stage',
      'organization_type',
      'verified',
      'expires_at',
      'sort_at',
    ]
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(', ')}`;
    await run(`CREATE FUNCTION search_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
      DELETE FROM search_document WHERE id = ANY (ids) AND type = 'MEMBER';
      INSERT INTO search_document (id, type, document, member_id, sectors, neighborhoods,
                                   location_visibility, stages, sort_at)
      SELECT m.id, 'MEMBER',
             setweight(to_tsvector('growhere', m.display_name || ' ' || m.handle), 'A')
             || setweight(to_tsvector('growhere', m.headline), 'B')
             || setweight(to_tsvector('growhere', m.bio || ' ' || coalesce(s.texts, '')), 'C'),
             m.id, m.sectors,
             CASE WHEN m.neighborhood IS NULL THEN '{}' ELSE ARRAY[m.neighborhood] END,
             m.visibility ->> 'location',
             CASE WHEN m.stage IS NULL THEN '{}' ELSE ARRAY[m.stage] END,
             m.created_at
      FROM member m
      LEFT JOIN LATERAL (
        SELECT string_agg(st.text, ' ' ORDER BY st.position) AS texts
        FROM member_statement st WHERE st.member_id = m.id
      ) s ON true
      WHERE m.id = ANY (ids) AND m.deleted_at IS NULL
      ${UPSERT};
      PERFORM search_learn(ids);
    END $fn$`);

    await run(`CREATE FUNCTION search_refresh_opportunities(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
      DELETE FROM search_document WHERE id = ANY (ids) AND type = 'OPPORTUNITY';
      INSERT INTO search_document (id, type, document, member_id, organization_id, kind, sectors,
                                   any_sector, neighborhoods, citywide, stages, any_stage,
                                   organization_type, verified, expires_at, sort_at)
      SELECT p.id, 'OPPORTUNITY',
             setweight(to_tsvector('growhere', p.title), 'A')
             || setweight(to_tsvector('growhere', p.description || ' ' || p.eligibility), 'C')
             || setweight(to_tsvector('growhere', coalesce(o.name, '')), 'D'),
             p.poster_id, p.organization_id,
             p.kind, p.sectors, cardinality(p.sectors) = 0, p.neighborhoods, p.citywide,
             p.stages, cardinality(p.stages) = 0,
             o.type, coalesce(o.verified_at IS NOT NULL, false), p.deadline,
             coalesce(p.published_at, p.created_at)
      FROM opportunity p
      LEFT JOIN organization o ON o.id = p.organization_id
      WHERE p.id = ANY (ids) AND p.status = 'PUBLISHED'
        -- A member's own opportunity leaves with its poster's account.
        AND (p.organization_id IS NOT NULL
             OR EXISTS (SELECT 1 FROM member m WHERE m.id = p.poster_id AND m.deleted_at IS NULL))
      ${UPSERT};
      PERFORM search_learn(ids);
    END $fn$`);

    // An organization's type, badge and name are part of its opportunities' documents.
    await run(`CREATE FUNCTION search_refresh_organizations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
      DELETE FROM search_document WHERE id = ANY (ids) AND type = 'ORGANIZATION';
      INSERT INTO search_document (id, type, document, organization_id, sectors, neighborhoods,
                                   organization_type, verified, sort_at)
      SELECT o.id, 'ORGANIZATION',
             setweight(to_tsvector('growhere', o.name), 'A')
             || setweight(to_tsvector('growhere', o.description || ' ' || coalesce(s.texts, '')), 'C'),
             o.id, o.sectors,
             CASE WHEN o.neighborhood IS NULL THEN '{}' ELSE ARRAY[o.neighborhood] END,
             o.type, o.verified_at IS NOT NULL, o.created_at
      FROM organization o
      LEFT JOIN LATERAL (
        SELECT string_agg(st.text, ' ' ORDER BY st.position) AS texts
        FROM organization_statement st WHERE st.organization_id = o.id
      ) s ON true
      WHERE o.id = ANY (ids)
      ${UPSERT};
      PERFORM search_learn(ids);
      PERFORM search_refresh_opportunities(
        ARRAY(SELECT p.id FROM opportunity p WHERE p.organization_id = ANY (ids)));
    END $fn$`);

    // Triggers: statement-level with transition tables where bulk writes happen (one refresh per
    // statement, however many rows), row-level with a column list for updates of members and
    // organizations, which are one row at a time and often touch columns search does not read.
    await run(
      `CREATE FUNCTION search_member_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM search_refresh_members(ARRAY(SELECT id FROM new_rows));
        ELSE
          DELETE FROM search_document WHERE id IN (SELECT id FROM old_rows) AND type = 'MEMBER';
        END IF;
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_member_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM search_refresh_members(ARRAY[NEW.id]);
        IF OLD.deleted_at IS DISTINCT FROM NEW.deleted_at THEN
          PERFORM search_refresh_opportunities(
            ARRAY(SELECT id FROM opportunity WHERE poster_id = NEW.id AND organization_id IS NULL));
        END IF;
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_member_statement_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM search_refresh_members(ARRAY(SELECT DISTINCT member_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM search_refresh_members(ARRAY(SELECT DISTINCT member_id FROM old_rows));
        ELSE
          PERFORM search_refresh_members(
            ARRAY(SELECT member_id FROM new_rows UNION SELECT member_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_organization_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM search_refresh_organizations(ARRAY(SELECT id FROM new_rows));
        ELSE
          DELETE FROM search_document WHERE id IN (SELECT id FROM old_rows) AND type = 'ORGANIZATION';
        END IF;
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_organization_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM search_refresh_organizations(ARRAY[NEW.id]);
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_organization_statement_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM search_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM search_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
        ELSE
          PERFORM search_refresh_organizations(
            ARRAY(SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION search_opportunity_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_document WHERE id IN (SELECT id FROM old_rows) AND type = 'OPPORTUNITY';
        ELSE
          PERFORM search_refresh_opportunities(ARRAY(SELECT id FROM new_rows));
        END IF;
        RETURN NULL;
      END $fn$`,
      // TRUNCATE fires no row or statement triggers of its own kind (the synthetic reset uses it).
      `CREATE FUNCTION search_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_TABLE_NAME IN ('member', 'organization', 'opportunity') THEN
          DELETE FROM search_document WHERE type = upper(TG_TABLE_NAME);
        ELSIF TG_TABLE_NAME = 'member_statement' THEN
          PERFORM search_refresh_members(ARRAY(SELECT id FROM member));
        ELSE -- organization_statement
          PERFORM search_refresh_organizations(ARRAY(SELECT id FROM organization));
        END IF;
        RETURN NULL;
      END $fn$`,
    );

    const statementTriggers = (table: string, fn: string) => [
      `CREATE TRIGGER search_${table}_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER search_${table}_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER search_${table}_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION search_truncated()`,
    ];
    const statementUpdateTrigger = (table: string, fn: string) =>
      `CREATE TRIGGER search_${table}_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;
    const changed = (columns: string[]) =>
      columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
    const memberColumns = [
      'display_name',
      'handle',
      'headline',
      'bio',
      'neighborhood',
      'sectors',
      'stage',
      'visibility',
      'created_at',
      'deleted_at',
    ];
    const organizationColumns = [
      'name',
      'type',
      'sectors',
      'neighborhood',
      'description',
      'verified_at',
      'created_at',
    ];
    await run(
      ...statementTriggers('member', 'search_member_rows'),
      `CREATE TRIGGER search_member_update AFTER UPDATE OF ${memberColumns.join(', ')} ON "member" FOR EACH ROW WHEN (${changed(memberColumns)}) EXECUTE FUNCTION search_member_updated()`,
      ...statementTriggers('member_statement', 'search_member_statement_rows'),
      statementUpdateTrigger('member_statement', 'search_member_statement_rows'),
      ...statementTriggers('organization', 'search_organization_rows'),
      `CREATE TRIGGER search_organization_update AFTER UPDATE OF ${organizationColumns.join(', ')} ON "organization" FOR EACH ROW WHEN (${changed(organizationColumns)}) EXECUTE FUNCTION search_organization_updated()`,
      ...statementTriggers('organization_statement', 'search_organization_statement_rows'),
      statementUpdateTrigger('organization_statement', 'search_organization_statement_rows'),
      ...statementTriggers('opportunity', 'search_opportunity_rows'),
      statementUpdateTrigger('opportunity', 'search_opportunity_rows'),
    );

    // What exists already.
    await run(
      'SELECT search_refresh_members(ARRAY(SELECT id FROM member))',
      'SELECT search_refresh_organizations(ARRAY(SELECT id FROM organization))',
      'SELECT search_refresh_opportunities(ARRAY(SELECT id FROM opportunity WHERE organization_id IS NULL))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      'member',
      'member_statement',
      'organization',
      'organization_statement',
      'opportunity',
    ];
    for (const table of tables) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS search_${table}_${event} ON "${table}"`);
      }
    }
    for (const fn of [
      'search_truncated()',
      'search_opportunity_rows()',
      'search_organization_statement_rows()',
      'search_organization_updated()',
      'search_organization_rows()',
      'search_member_statement_rows()',
      'search_member_updated()',
      'search_member_rows()',
      'search_refresh_organizations(uuid[])',
      'search_refresh_opportunities(uuid[])',
      'search_refresh_members(uuid[])',
      'search_learn(uuid[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('DROP INDEX "public"."search_lexeme_trigram"');
    await queryRunner.query('DROP INDEX "public"."search_document_document"');
    await queryRunner.query('DROP TABLE "search_lexeme"');
    await queryRunner.query('DROP TABLE "search_document"');
    await queryRunner.query('DROP TEXT SEARCH CONFIGURATION growhere');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
