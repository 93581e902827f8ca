import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from './member.entity.js';

export type StatementKind = 'NEED' | 'OFFER';

/** A need or an offer on a member's profile: a category from the taxonomy and a short text. */
@Entity({ name: 'member_statement' })
@Index(['kind', 'category'])
export class MemberStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 5 })
  kind: StatementKind;

  @Column({ type: 'varchar', length: 32 })
  category: NeedOfferCategory;

  @Column({ type: 'varchar', length: 280 })
  text: string;

  /** Order on the profile, as the member arranged them. */
  @Column({ type: 'smallint' })
  position: number;
}
