import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hidden or suspended members, hidden organizations and hidden opportunities leave the search
 * documents and the matchmaking projections (AddSearch, AddMatchFacts), and come back when
 * unhidden; the same triggers, in the same transaction as the moderation action:
 * - search_document: members hidden or suspended now, hidden organizations, and opportunities
 *   hidden themselves, of a hidden organization or (a member's own) of a hidden or suspended
 *   poster are not written;
 * - member_match_facts keeps every live member (a hidden member still gets recommendations),
 *   marked `visible` = false while they are hidden or suspended; the candidate sources read only
 *   visible rows. organization_match_facts leaves hidden organizations out;
 * - matchmaking's covering indexes of published opportunities hold only unhidden ones;
 * - partial indexes of the few hidden or suspended members and hidden organizations, for the
 *   checks at query time where a row is read anyway or a list is checked against them.
 * A suspension that simply runs out changes no row: the members sweep (MembersService) refreshes
 * the members whose suspension ended and who are still marked invisible, with
 * visibility_refresh_members. Everything here is SQL that runs the same on PostgreSQL 15 and
 * PGlite.
 */
export class AddVisibility1795458905123 implements MigrationInterface {
  name = 'AddVisibility1795458905123';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'CREATE INDEX "member_withheld" ON "member" ("id") WHERE hidden_at IS NOT NULL OR suspended_at IS NOT NULL',
      'CREATE INDEX "organization_hidden" ON "organization" ("id") WHERE hidden_at IS NOT NULL',
      'ALTER TABLE "member_match_facts" ADD "visible" boolean NOT NULL DEFAULT true',
      'DROP INDEX "public"."opportunity_published_match"',
      'DROP INDEX "public"."opportunity_published_organization_stages"',
      ...opportunityIndexes(`status = 'PUBLISHED' AND hidden_at IS NULL`),
    );
    await run(...functions(true));
    await run(
      // One member's standing: their document, their own opportunities' documents, their facts.
      `CREATE FUNCTION visibility_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM search_refresh_members(ids);
        PERFORM search_refresh_opportunities(ARRAY(
          SELECT p.id FROM opportunity p
          WHERE p.poster_id = ANY (ids) AND p.organization_id IS NULL));
        PERFORM match_refresh_members(ids);
      END $fn$`,
      `CREATE FUNCTION visibility_member_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM visibility_refresh_members(ARRAY[NEW.id]);
        RETURN NULL;
      END $fn$`,
      // The organization's document refreshes its opportunities' documents too.
      `CREATE FUNCTION visibility_organization_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM search_refresh_organizations(ARRAY[NEW.id]);
        PERFORM match_refresh_organizations(ARRAY[NEW.id]);
        RETURN NULL;
      END $fn$`,
      `CREATE TRIGGER visibility_member_update AFTER UPDATE OF hidden_at, suspended_at, suspended_until ON "member" FOR EACH ROW WHEN (OLD.hidden_at IS DISTINCT FROM NEW.hidden_at OR OLD.suspended_at IS DISTINCT FROM NEW.suspended_at OR OLD.suspended_until IS DISTINCT FROM NEW.suspended_until) EXECUTE FUNCTION visibility_member_updated()`,
      `CREATE TRIGGER visibility_organization_update AFTER UPDATE OF hidden_at ON "organization" FOR EACH ROW WHEN (OLD.hidden_at IS DISTINCT FROM NEW.hidden_at) EXECUTE FUNCTION visibility_organization_updated()`,
      // Opportunities: their statement-level update trigger (AddSearch) refreshes them already.
    );
    // What is hidden already.
    await run(
      'SELECT visibility_refresh_members(ARRAY(SELECT id FROM member WHERE hidden_at IS NOT NULL OR suspended_at IS NOT NULL))',
      'SELECT search_refresh_organizations(ARRAY(SELECT id FROM organization WHERE hidden_at IS NOT NULL))',
      'SELECT match_refresh_organizations(ARRAY(SELECT id FROM organization WHERE hidden_at IS NOT NULL))',
      'SELECT search_refresh_opportunities(ARRAY(SELECT id FROM opportunity WHERE hidden_at IS NOT NULL))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      'DROP TRIGGER visibility_organization_update ON "organization"',
      'DROP TRIGGER visibility_member_update ON "member"',
      'DROP FUNCTION visibility_organization_updated()',
      'DROP FUNCTION visibility_member_updated()',
      'DROP FUNCTION visibility_refresh_members(uuid[])',
      ...functions(false),
      'DROP INDEX "public"."opportunity_published_organization_stages"',
      'DROP INDEX "public"."opportunity_published_match"',
      ...opportunityIndexes(`status = 'PUBLISHED'`),
      'ALTER TABLE "member_match_facts" DROP COLUMN "visible"',
      'DROP INDEX "public"."organization_hidden"',
      'DROP INDEX "public"."member_withheld"',
    );
    // Everything hidden comes back, as before this migration.
    await run(
      'SELECT search_refresh_members(ARRAY(SELECT id FROM member WHERE hidden_at IS NOT NULL OR suspended_at IS NOT NULL))',
      "SELECT search_refresh_opportunities(ARRAY(SELECT id FROM opportunity WHERE status = 'PUBLISHED'))",
      'SELECT search_refresh_organizations(ARRAY(SELECT id FROM organization WHERE hidden_at IS NOT NULL))',
      'SELECT match_refresh_organizations(ARRAY(SELECT id FROM organization WHERE hidden_at IS NOT NULL))',
    );
  }
}

/** Matchmaking's covering indexes of published opportunities (as in AddMatchFacts). */
const opportunityIndexes = (where: string) => [
  `CREATE INDEX "opportunity_published_match" ON "opportunity" ("published_at", "id") INCLUDE ("kind", "subkind", "organization_id", "poster_id", "sectors", "stages", "neighborhoods", "citywide", "remote", "categories", "deadline") WHERE ${where}`,
  `CREATE INDEX "opportunity_published_organization_stages" ON "opportunity" ("organization_id") INCLUDE ("stages", "deadline") WHERE ${where}`,
];

/** A member hidden, or suspended now (indefinitely, or until a time to come). */
const WITHHELD = (m: string) =>
  `(${m}.hidden_at IS NOT NULL OR (${m}.suspended_at IS NOT NULL AND (${m}.suspended_until IS NULL OR ${m}.suspended_until > now())))`;

/**
 * The refresh functions of AddSearch and AddMatchFacts, with the visibility conditions (`visible`)
 * or exactly as those migrations wrote them (for `down`).
 */
function functions(visible: boolean): string[] {
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
  const memberShown = visible ? ` AND NOT ${WITHHELD('m')}` : '';
  const searchMembers = `CREATE OR REPLACE FUNCTION search_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
      WHERE m.id = ANY (ids) AND m.deleted_at IS NULL${memberShown}
      ${UPSERT};
      PERFORM search_learn(ids);
    END $fn$`;

  const searchOpportunities = `CREATE OR REPLACE FUNCTION search_refresh_opportunities(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
      WHERE p.id = ANY (ids) AND p.status = 'PUBLISHED'${
        visible
          ? `
        -- Hidden itself, or its organization hidden (a member's own: its poster, below).
        AND p.hidden_at IS NULL AND o.hidden_at IS NULL`
          : ''
      }
        -- A member's own opportunity leaves with its poster's account.
        AND (p.organization_id IS NOT NULL
             OR EXISTS (SELECT 1 FROM member m WHERE m.id = p.poster_id AND m.deleted_at IS NULL${memberShown}))
      ${UPSERT};
      PERFORM search_learn(ids);
    END $fn$`;

  const searchOrganizations = `CREATE OR REPLACE FUNCTION search_refresh_organizations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
      WHERE o.id = ANY (ids)${visible ? ' AND o.hidden_at IS NULL' : ''}
      ${UPSERT};
      PERFORM search_learn(ids);
      PERFORM search_refresh_opportunities(
        ARRAY(SELECT p.id FROM opportunity p WHERE p.organization_id = ANY (ids)));
    END $fn$`;

  // Match facts (as in AddMatchFacts), with `visible` for members.
  const CATEGORIES = (table: string, key: string, column: string, kind: 'NEED' | 'OFFER') =>
    `ARRAY(SELECT s.category FROM ${table} s WHERE s.${key} = ${column} AND s.kind = '${kind}'
         GROUP BY s.category ORDER BY min(s.position), s.category)`;
  const memberColumns = [
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
    ...(visible ? ['visible'] : []),
  ];
  const memberFacts = `
  SELECT m.id, m.sectors, m.stage, m.neighborhood, m.languages, m.visibility ->> 'location',
         'CONNECTOR' = ANY (m.roles),
         ${CATEGORIES('member_statement', 'member_id', 'm.id', 'NEED')},
         ${CATEGORIES('member_statement', 'member_id', 'm.id', 'OFFER')},
         ARRAY(SELECT om.organization_id FROM organization_member om WHERE om.member_id = m.id
               ORDER BY om.organization_id)${visible ? `,\n         NOT ${WITHHELD('m')}` : ''}
  FROM member m`;
  const organizationColumns = [
    'organization_id',
    'sectors',
    'neighborhood',
    'verified',
    'needs',
    'offers',
  ];
  const organizationFacts = `
  SELECT o.id, o.sectors, o.neighborhood, o.verified_at IS NOT NULL,
         ${CATEGORIES('organization_statement', 'organization_id', 'o.id', 'NEED')},
         ${CATEGORIES('organization_statement', 'organization_id', 'o.id', 'OFFER')}
  FROM organization o`;
  const upsert = (columns: string[]) =>
    `ON CONFLICT (${columns[0]}) DO UPDATE SET ${columns
      .slice(1)
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(', ')}`;

  const matchMembers = `CREATE OR REPLACE FUNCTION match_refresh_members(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM 1 FROM member WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        DELETE FROM member_match_facts f WHERE f.member_id = ANY (ids)
          AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = f.member_id AND m.deleted_at IS NULL);
        INSERT INTO member_match_facts (${memberColumns.join(', ')})
        ${memberFacts}
        WHERE m.id = ANY (ids) AND m.deleted_at IS NULL
        ${upsert(memberColumns)};
      END $fn$`;
  const matchOrganizations = `CREATE OR REPLACE FUNCTION match_refresh_organizations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM 1 FROM organization WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;${
          visible
            ? `
        DELETE FROM organization_match_facts f WHERE f.organization_id = ANY (ids)
          AND EXISTS (SELECT 1 FROM organization o
                      WHERE o.id = f.organization_id AND o.hidden_at IS NOT NULL);`
            : ''
        }
        INSERT INTO organization_match_facts (${organizationColumns.join(', ')})
        ${organizationFacts}
        WHERE o.id = ANY (ids)${visible ? ' AND o.hidden_at IS NULL' : ''}
        ${upsert(organizationColumns)};
      END $fn$`;
  return [
    searchMembers,
    searchOpportunities,
    searchOrganizations,
    matchMembers,
    matchOrganizations,
  ];
}
