import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from '../members/member.entity.js';
import type { OpportunityKind } from '../opportunities/opportunity.types.js';
import type { MatchDismissReason, MatchKind } from './match.types.js';

/**
 * A match the member dismissed: gone from their recommendations until they undo it. What the
 * target was is kept with it (its organization, the categories it offered, an opportunity's
 * kind), so that a NOT_RELEVANT dismissal can lower similar candidates without reading the
 * target again. The target has no foreign key: it is a member, an organization or an opportunity.
 */
@Entity({ name: 'match_dismissal' })
// The most recent dismissals, read as signals with every recommendation.
@Index('match_dismissal_member_created', ['memberId', 'createdAt'])
export class MatchDismissalEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'target_kind', type: 'varchar', length: 12 })
  targetKind: MatchKind;

  @Column({ type: 'varchar', length: 12, nullable: true })
  reason: MatchDismissReason | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  categories: NeedOfferCategory[];

  @Column({ name: 'opportunity_kind', type: 'varchar', length: 16, nullable: true })
  opportunityKind: OpportunityKind | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * The weekly match digest of one member: when the last one was claimed. A row update claims it,
 * so that two processes never send the same week's digest.
 */
@Entity({ name: 'match_digest' })
export class MatchDigestEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'last_sent_at', type: 'timestamptz' })
  lastSentAt: Date;
}
