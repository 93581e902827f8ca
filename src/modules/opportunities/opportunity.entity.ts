import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import type { OutcomeKind } from '../../common/taxonomy/outcomes.js';
import { MemberEntity } from '../members/member.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type {
  InterestStatus,
  OpportunityKind,
  OpportunityStatus,
  OpportunitySubkind,
} from './opportunity.types.js';

/** Something a resource partner offers: money, space, a job, a programme, a contract, help. */
@Entity({ name: 'opportunity' })
@Index('opportunity_status_published', ['status', 'publishedAt', 'id'])
@Index('opportunity_poster_created', ['posterId', 'createdAt'])
@Index('opportunity_organization_created', ['organizationId', 'createdAt'])
@Index('opportunity_published_deadline', ['deadline'], { where: `status = 'PUBLISHED'` })
// City staff's review queue, longest waiting first.
@Index('opportunity_in_review', ['reviewRequestedAt', 'id'], { where: `status = 'IN_REVIEW'` })
// Matchmaking's candidates among published opportunities: the needs they answer, the sectors and
// neighborhoods they are for (GIN, written by hand in the AddMatchmaking migration).
@Index('opportunity_published_categories', { synchronize: false })
@Index('opportunity_published_sectors', { synchronize: false })
@Index('opportunity_published_neighborhoods', { synchronize: false })
// Matchmaking reads from the index alone the newest published opportunities with what its
// sources filter on, and the stages of an organization's programmes (INCLUDE, written by hand in
// the AddMatchFacts migration; only those not hidden since AddVisibility).
@Index('opportunity_published_match', { synchronize: false })
@Index('opportunity_published_organization_stages', { synchronize: false })
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OpportunityKind;

  @Column({ type: 'varchar', length: 12, nullable: true })
  subkind: OpportunitySubkind | null;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status: OpportunityStatus;

  /** The member who posted it; null once that member deleted the account (an organization's stays). */
  @Column({ name: 'poster_id', type: 'uuid', nullable: true })
  posterId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'poster_id' })
  poster?: MemberEntity;

  /** Posted for this organization (its owners and admins manage it); null when for the poster alone. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  /** Markdown as written; rendered and sanitised on the way out. */
  @Column({ type: 'varchar', length: 8000, default: '' })
  description: string;

  /** Who may apply, in plain words. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  eligibility: string;

  /** NAICS 2-digit sector codes it is meant for; empty means any sector. */
  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  /** Business stages it is meant for; empty means any stage. */
  @Column({ type: 'varchar', length: 16, array: true, default: () => "'{}'" })
  stages: BusinessStage[];

  /** Neighborhood slugs it is for; empty with citywide or remote. */
  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  neighborhoods: string[];

  @Column({ type: 'boolean', default: false })
  citywide: boolean;

  @Column({ type: 'boolean', default: false })
  remote: boolean;

  /** The needs it answers, in the profiles' taxonomy: its kind's category first, then any added. */
  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  categories: NeedOfferCategory[];

  /** Funding: the range of an award or loan, in whole units of the city's currency. */
  @Column({ name: 'amount_min', type: 'integer', nullable: true })
  amountMin: number | null;

  @Column({ name: 'amount_max', type: 'integer', nullable: true })
  amountMax: number | null;

  /** Space: its size in square feet. */
  @Column({ name: 'size_sq_ft', type: 'integer', nullable: true })
  sizeSqFt: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ name: 'external_url', type: 'varchar', length: 500, nullable: true })
  externalUrl: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Hidden from everyone but staff and its poster: by enough reports, or by staff. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** When it last went to city staff for review (IN_REVIEW). */
  @Column({ name: 'review_requested_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewRequestedAt: Date | null;

  /** Why staff sent it back to its drafts; for its poster side and staff only. */
  @Column({ name: 'review_note', type: 'varchar', length: 1000, nullable: true })
  reviewNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member says they are interested, for themselves or for an organization they administer. */
@Entity({ name: 'opportunity_interest' })
@Index('opportunity_interest_member', ['opportunityId', 'memberId'], { unique: true })
@Index('opportunity_interest_opportunity_created', ['opportunityId', 'createdAt'])
@Index('opportunity_interest_member_created', ['memberId', 'createdAt'])
export class OpportunityInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message: string;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: InterestStatus;

  /** What came of it, recorded by the poster. */
  @Column({ name: 'outcome_kind', type: 'varchar', length: 12, nullable: true })
  outcomeKind: OutcomeKind | null;

  @Column({ name: 'outcome_note', type: 'varchar', length: 500, default: '' })
  outcomeNote: string;

  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member keeps an opportunity to come back to. */
@Entity({ name: 'opportunity_save' })
@Index('opportunity_save_member_created', ['memberId', 'createdAt'])
export class OpportunitySaveEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
