import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const SEARCH_RESULT_TYPES = ['MEMBER', 'OPPORTUNITY', 'ORGANIZATION'] as const;
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number];

/**
 * One row per thing anyone may find: a live member, an organization, a published opportunity.
 * Written only by the triggers of the migration AddSearch, in the same transaction as the change
 * to the member, organization or opportunity it comes from, so that search reads this one table
 * and is never stale. The application never writes it.
 */
@Entity({ name: 'search_document' })
// Full text: the weighted vector (name or title A, headline B, descriptions and statements C),
// one GIN index per type; its lexemes of weights A and B (names, titles, headlines); the newest
// first, to browse (migration AddSearchIndexes).
@Index('search_document_member', { synchronize: false })
@Index('search_document_organization', { synchronize: false })
@Index('search_document_opportunity', { synchronize: false })
@Index('search_document_heading', { synchronize: false })
@Index('search_document_newest', { synchronize: false })
export class SearchDocumentEntity {
  /** The member's, organization's or opportunity's own id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 12 })
  type: SearchResultType;

  @Column({ type: 'tsvector' })
  document: string;

  /**
   * A member's own row; an opportunity's poster. Search hides it from members on either side of a
   * block with them, unless it belongs to an organization; "in my network" reaches it through them.
   */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  /** An organization's own row; the organization an opportunity is for. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** Opportunities: their kind. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  kind: string | null;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  /** An opportunity open to every sector (its sectors are empty). */
  @Column({ name: 'any_sector', type: 'boolean', default: false })
  anySector: boolean;

  /** A member's (shown only as their location visibility allows), an organization's, an opportunity's. */
  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  neighborhoods: string[];

  /** An opportunity for the whole city: it answers a filter on any neighborhood. */
  @Column({ type: 'boolean', default: false })
  citywide: boolean;

  /** Members: their own location visibility; null means the default. */
  @Column({ name: 'location_visibility', type: 'varchar', length: 12, nullable: true })
  locationVisibility: string | null;

  @Column({ type: 'varchar', length: 16, array: true, default: () => "'{}'" })
  stages: string[];

  /** An opportunity open to every stage (its stages are empty). */
  @Column({ name: 'any_stage', type: 'boolean', default: false })
  anyStage: boolean;

  /** An organization's type, or the type of the organization an opportunity is for. */
  @Column({ name: 'organization_type', type: 'varchar', length: 24, nullable: true })
  organizationType: string | null;

  /** A verified organization, or an opportunity of one. */
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  /** An opportunity's deadline: past it, it is no longer found even before it is marked EXPIRED. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Browsing order: when the member joined, the organization was created, the opportunity published. */
  @Column({ name: 'sort_at', type: 'timestamptz', precision: 3 })
  sortAt: Date;
}

/**
 * Every word stem (lexeme) the documents have held, for typo tolerance: a query word found in no
 * document is replaced by the stems most like it (pg_trgm). Written by the same triggers; words
 * no document holds any more are swept out daily.
 */
@Entity({ name: 'search_lexeme' })
@Index('search_lexeme_trigram', { synchronize: false })
export class SearchLexemeEntity {
  // C collation: a prefix (`LIKE 'tec%'`) is a range of the primary key.
  @PrimaryColumn({ type: 'varchar', length: 64, collation: 'C' })
  lexeme: string;
}
