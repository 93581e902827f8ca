import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from '../members/member.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';

/**
 * What matching compares of each live member, in one narrow row: their profile's sectors, stage,
 * place and languages, the categories of their needs and offers, their organizations, whether
 * they are an approved connector, and who may see their neighborhood. Written only by the
 * triggers of the migration AddMatchFacts, in the same transaction as every change to the member,
 * their statements or their memberships; the application only reads it. A recommendation reads
 * its member candidates from here alone: one row each instead of a member row, their statements
 * and their memberships.
 */
@Entity({ name: 'member_match_facts' })
// Needs and offers (GIN, written by hand in the AddMatchFacts migration).
@Index('member_match_facts_needs', { synchronize: false })
@Index('member_match_facts_offers', { synchronize: false })
export class MemberMatchFactsEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  stage: BusinessStage | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  neighborhood: string | null;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  /** The member's own location visibility; null means the default. */
  @Column({ name: 'location_visibility', type: 'varchar', length: 12, nullable: true })
  locationVisibility: string | null;

  /** An approved connector (the CONNECTOR role). */
  @Column({ type: 'boolean', default: false })
  connector: boolean;

  /** The distinct categories of their needs. */
  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  needs: NeedOfferCategory[];

  /** The distinct categories of their offers. */
  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  offers: NeedOfferCategory[];

  @Column({ name: 'organization_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organizationIds: string[];

  /**
   * False while the member is hidden or suspended (migration AddVisibility): the row stays, for
   * their own recommendations, but no candidate source reads it.
   */
  @Column({ type: 'boolean', default: true })
  visible: boolean;
}

/**
 * What matching compares of each organization (not hidden), in one narrow row: its sectors, place, whether
 * city staff verified it, and the categories of its needs and offers. Written only by the
 * triggers of the migration AddMatchFacts, like member_match_facts; the candidate sources of
 * organizations read it alone.
 */
@Entity({ name: 'organization_match_facts' })
@Index('organization_match_facts_needs', { synchronize: false })
@Index('organization_match_facts_offers', { synchronize: false })
export class OrganizationMatchFactsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'varchar', length: 60, nullable: true })
  neighborhood: string | null;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  needs: NeedOfferCategory[];

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  offers: NeedOfferCategory[];
}
