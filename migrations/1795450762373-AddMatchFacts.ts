import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The categories of one kind of a member's or organization's statements, in their order. */
const CATEGORIES = (table: string, key: string, column: string, kind: 'NEED' | 'OFFER') =>
  `ARRAY(SELECT s.category FROM ${table} s WHERE s.${key} = ${column} AND s.kind = '${kind}'
         GROUP BY s.category ORDER BY min(s.position), s.category)`;

/** What matching compares of a member, from their row, statements and memberships. */
const MEMBER_FACTS = `
  SELECT m.id, m.sectors, m.stage, m.neighborhood, m.languages, m.visibility ->> 'location',
         'CONNECTOR' = ANY (m.roles),
         ${CATEGORIES('member_statement', 'member_id', 'm.id', 'NEED')},
         ${CATEGORIES('member_statement', 'member_id', 'm.id', 'OFFER')},
         ARRAY(SELECT om.organization_id FROM organization_member om WHERE om.member_id = m.id
               ORDER BY om.organization_id)
  FROM member m`;
const MEMBER_COLUMNS = [
  'member_id',
  'sectors',
  'stage',
  'neighborhood',
  'languages',
  'location_visibility',
  'connector',
  'needs',
  'offers',
  'organization_ids',
];

/** What matching compares of an organization, from its row and statements. */
const ORGANIZATION_FACTS = `
  SELECT o.id, o.sectors, o.neighborhood, o.verified_at IS NOT NULL,
         ${CATEGORIES('organization_statement', 'organization_id', 'o.id', 'NEED')},
         ${CATEGORIES('organization_statement', 'organization_id', 'o.id', 'OFFER')}
  FROM organization o`;
const ORGANIZATION_COLUMNS = [
  'organization_id',
  'sectors',
  'neighborhood',
  'verified',
  'needs',
  'offers',
];

const upsert = (columns: string[]) =>
  `ON CONFLICT (${columns[0]}) DO UPDATE SET ${columns
    .slice(1)
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ')}`;

const changed = (columns: string[]) =>
  columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');

/**
 * Matchmaking reads fewer, denser pages: each live member's and each organization's facts in one
 * narrow row (member_match_facts, organization_match_facts), kept in step by triggers in the same
 * transaction as every write to the member or organization, their statements and (members) their
 * memberships; and covering indexes for the newest published opportunities and the stages of an
 * organization's programmes. Everything here is SQL that runs the same on PostgreSQL 15 and
 * PGlite.
 */
export class AddMatchFacts1795450762373 implements MigrationInterface {
  name = 'AddMatchFacts1795450762373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'CREATE TABLE "member_match_facts" ("member_id" uuid NOT NULL, "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "stage" character varying(16), "neighborhood" character varying(60), "languages" character varying(8) array NOT NULL DEFAULT \'{}\', "location_visibility" character varying(12), "connector" boolean NOT NULL DEFAULT false, "needs" character varying(32) array NOT NULL DEFAULT \'{}\', "offers" character varying(32) array NOT NULL DEFAULT \'{}\', "organization_ids" uuid array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_e2fb45ee5c2656b8ff57b8f5f1e" PRIMARY KEY ("member_id"))',
      'CREATE TABLE "organization_match_facts" ("organization_id" uuid NOT NULL, "sectors" character varying(5) array NOT NULL DEFAULT \'{}\', "neighborhood" character varying(60), "verified" boolean NOT NULL DEFAULT false, "needs" character varying(32) array NOT NULL DEFAULT \'{}\', "offers" character varying(32) array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_a2f3efb705f52c6aabf84836f03" PRIMARY KEY ("organization_id"))',
      'ALTER TABLE "member_match_facts" ADD CONSTRAINT "FK_e2fb45ee5c2656b8ff57b8f5f1e" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "organization_match_facts" ADD CONSTRAINT "FK_a2f3efb705f52c6aabf84836f03" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Each refresh rewrites the facts of the given members (organizations) from their sources;
    // deleted or gone ones are left out. Two transactions changing the parts of one member
    // (organization) at once take turns on its row, so that the later one computes from what the
    // earlier one committed (each statement of a function reads a fresh snapshot) and no change
    // is lost.
    await run(
      `CREATE FUNCTION match_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        DELETE FROM member_match_facts f WHERE f.member_id = ANY (ids)
          AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = f.member_id AND m.deleted_at IS NULL);
        INSERT INTO member_match_facts (${MEMBER_COLUMNS.join(', ')})
        ${MEMBER_FACTS}
        WHERE m.id = ANY (ids) AND m.deleted_at IS NULL
        ${upsert(MEMBER_COLUMNS)};
      END $fn$`,
      `CREATE FUNCTION match_refresh_organizations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM 1 FROM organization WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        INSERT INTO organization_match_facts (${ORGANIZATION_COLUMNS.join(', ')})
        ${ORGANIZATION_FACTS}
        WHERE o.id = ANY (ids)
        ${upsert(ORGANIZATION_COLUMNS)};
      END $fn$`,
    );

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
      `CREATE FUNCTION match_organization_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM match_refresh_organizations(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION match_organization_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM match_refresh_organizations(ARRAY[NEW.id]);
        RETURN NULL;
      END $fn$`,
      `CREATE FUNCTION match_organization_statement_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM match_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM match_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
        ELSE
          PERFORM match_refresh_organizations(ARRAY(
            SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $fn$`,
      // TRUNCATE fires no row or statement triggers of its own kind (the synthetic reset uses it;
      // truncating members or organizations truncates their facts through the foreign keys).
      `CREATE FUNCTION match_parts_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_TABLE_NAME = 'organization_statement' THEN
          PERFORM match_refresh_organizations(ARRAY(SELECT id FROM organization));
        ELSE
          PERFORM match_refresh_members(ARRAY(SELECT id FROM member));
        END IF;
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
    const organizationColumns = ['sectors', 'neighborhood', 'verified_at'];
    const partTriggers = (table: string, fn: string) => [
      `CREATE TRIGGER match_${table}_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER match_${table}_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER match_${table}_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER match_${table}_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION match_parts_truncated()`,
    ];
    await run(
      'CREATE TRIGGER match_member_insert AFTER INSERT ON "member" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_member_rows()',
      `CREATE TRIGGER match_member_update AFTER UPDATE OF ${memberColumns.join(', ')} ON "member" FOR EACH ROW WHEN (${changed(memberColumns)}) EXECUTE FUNCTION match_member_updated()`,
      ...partTriggers('member_statement', 'match_member_part_rows'),
      ...partTriggers('organization_member', 'match_member_part_rows'),
      'CREATE TRIGGER match_organization_insert AFTER INSERT ON "organization" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_organization_rows()',
      `CREATE TRIGGER match_organization_update AFTER UPDATE OF ${organizationColumns.join(', ')} ON "organization" FOR EACH ROW WHEN (${changed(organizationColumns)}) EXECUTE FUNCTION match_organization_updated()`,
      ...partTriggers('organization_statement', 'match_organization_statement_rows'),
    );

    // What exists already (in one statement each: nothing else writes during a migration).
    await run(
      `INSERT INTO member_match_facts (${MEMBER_COLUMNS.join(', ')}) ${MEMBER_FACTS} WHERE m.deleted_at IS NULL`,
      `INSERT INTO organization_match_facts (${ORGANIZATION_COLUMNS.join(', ')}) ${ORGANIZATION_FACTS}`,
    );

    // The needs and offers of the facts, for a category few members or organizations have: the
    // sources scanning for it find them without reading the whole table.
    await run(
      'CREATE INDEX "member_match_facts_needs" ON "member_match_facts" USING gin ("needs")',
      'CREATE INDEX "member_match_facts_offers" ON "member_match_facts" USING gin ("offers")',
      'CREATE INDEX "organization_match_facts_needs" ON "organization_match_facts" USING gin ("needs")',
      'CREATE INDEX "organization_match_facts_offers" ON "organization_match_facts" USING gin ("offers")',
    );

    // Covering indexes, read without the table: the newest published opportunities with all
    // that matching compares (not the title: the chosen few are read whole afterwards, and every
    // included list is bounded by validation, so an entry stays well within a page); the stages
    // of an organization's published opportunities (its programmes).
    await run(
      `CREATE INDEX "opportunity_published_match" ON "opportunity" ("published_at", "id") INCLUDE ("kind", "subkind", "organization_id", "poster_id", "sectors", "stages", "neighborhoods", "citywide", "remote", "categories", "deadline") WHERE status = 'PUBLISHED'`,
      `CREATE INDEX "opportunity_published_organization_stages" ON "opportunity" ("organization_id") INCLUDE ("stages", "deadline") WHERE status = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'DROP INDEX "public"."opportunity_published_organization_stages"',
      'DROP INDEX "public"."opportunity_published_match"',
      'DROP INDEX "public"."organization_match_facts_offers"',
      'DROP INDEX "public"."organization_match_facts_needs"',
      'DROP INDEX "public"."member_match_facts_offers"',
      'DROP INDEX "public"."member_match_facts_needs"',
    );
    for (const table of ['member_statement', 'organization_member', 'organization_statement']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER match_${table}_${event} ON "${table}"`);
      }
    }
    await run(
      'DROP TRIGGER match_organization_update ON "organization"',
      'DROP TRIGGER match_organization_insert ON "organization"',
      'DROP TRIGGER match_member_update ON "member"',
      'DROP TRIGGER match_member_insert ON "member"',
      'DROP FUNCTION match_parts_truncated()',
      'DROP FUNCTION match_organization_statement_rows()',
      'DROP FUNCTION match_organization_updated()',
      'DROP FUNCTION match_organization_rows()',
      'DROP FUNCTION match_member_part_rows()',
      'DROP FUNCTION match_member_updated()',
      'DROP FUNCTION match_member_rows()',
      'DROP FUNCTION match_refresh_organizations(uuid[])',
      'DROP FUNCTION match_refresh_members(uuid[])',
      'ALTER TABLE "organization_match_facts" DROP CONSTRAINT "FK_a2f3efb705f52c6aabf84836f03"',
      'ALTER TABLE "member_match_facts" DROP CONSTRAINT "FK_e2fb45ee5c2656b8ff57b8f5f1e"',
      'DROP TABLE "organization_match_facts"',
      'DROP TABLE "member_match_facts"',
    );
  }
}
