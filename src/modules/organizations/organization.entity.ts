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
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberEntity } from '../members/member.entity.js';
import type { OrganizationRole, OrganizationType, SizeBand } from './organization.types.js';

@Entity({ name: 'organization' })
// City staff's verification queue, oldest request first.
@Index('organization_verification_pending', ['verificationRequestedAt', 'id'], {
  where: 'verification_requested_at IS NOT NULL',
})
// Only the few hidden organizations: lists are checked against them (written by hand in the
// AddVisibility migration).
@Index('organization_hidden', { synchronize: false })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  type: OrganizationType;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ name: 'size_band', type: 'varchar', length: 20, nullable: true })
  sizeBand: SizeBand | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  neighborhood: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description: string;

  @Column({ name: 'founded_year', type: 'smallint', nullable: true })
  foundedYear: number | null;

  /** Key of the re-encoded logo in the image store. */
  @Column({ name: 'logo_key', type: 'varchar', length: 100, nullable: true })
  logoKey: string | null;

  @Column({ name: 'verification_requested_at', type: 'timestamptz', nullable: true })
  verificationRequestedAt: Date | null;

  @Index()
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** Hidden from everyone but staff and its people: by enough reports, or by staff. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member's role in an organization; every organization keeps an OWNER. */
@Entity({ name: 'organization_member' })
export class OrganizationMemberEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Index()
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 6 })
  role: OrganizationRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A need or an offer of an organization, from the same taxonomy as members'. */
@Entity({ name: 'organization_statement' })
@Index(['kind', 'category'])
export class OrganizationStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 5 })
  kind: 'NEED' | 'OFFER';

  @Column({ type: 'varchar', length: 32 })
  category: NeedOfferCategory;

  @Column({ type: 'varchar', length: 280 })
  text: string;

  @Column({ type: 'smallint' })
  position: number;
}

/** An invitation to join an organization, by handle (a member) or by email (maybe not yet one). */
@Entity({ name: 'organization_invitation' })
export class OrganizationInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /**
   * The address the invitation matches (always known: a member's own address when invited by
   * handle). Never shown to the organization for a handle invitation: it is the member's private one.
   */
  @Index()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Set when invited by handle: who the invitation names, rather than the address it matches. */
  @Column({ name: 'invitee_member_id', type: 'uuid', nullable: true })
  inviteeMemberId: string | null;

  // Gone with the member: kept, it would read as an invitation by email and show their address.
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitee_member_id' })
  inviteeMember?: MemberEntity;

  @Column({ type: 'varchar', length: 6 })
  role: OrganizationRole;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Withdrawn by an owner or admin before it was answered; pending means neither is set. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
