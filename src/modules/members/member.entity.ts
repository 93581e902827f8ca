import type { BusinessStage } from '../../common/taxonomy/need-offer-categories.js';
import type { PrivacySettings, ProfileLink, ProfileVisibility } from './profile.types.js';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const MEMBER_ROLES = ['MEMBER', 'CONNECTOR', 'STAFF', 'ADMIN'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person with an account. Profiles, privacy and sign-in build on this table. */
@Entity({ name: 'member' })
// Only the few deleted members (tombstones): graph queries exclude them by an anti-join on it.
@Index('member_deleted', ['id'], { where: '"deleted_at" IS NOT NULL' })
// Only the few hidden or suspended members (ever): lookups of who is withheld now read only it
// (written by hand in the AddVisibility migration).
@Index('member_withheld', { synchronize: false })
// Matchmaking's candidates: members of a sector (GIN, written by hand in the AddMatchmaking
// migration) or of a neighborhood.
@Index('member_sectors', { synchronize: false })
@Index('member_neighborhood', ['neighborhood'])
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so that uniqueness ignores case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 30, unique: true })
  handle: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 160, default: '' })
  headline: string;

  @Column({ type: 'varchar', length: 16, array: true, default: () => "'{MEMBER}'" })
  roles: MemberRole[];

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  bio: string;

  /** File name of the re-encoded profile photo in the uploads store. */
  @Column({ name: 'photo_key', type: 'varchar', length: 100, nullable: true })
  photoKey: string | null;

  /** A neighborhood of the city (its slug), for members who are here. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  neighborhood: string | null;

  /** City and country (ISO 3166 alpha-2) for members elsewhere. */
  @Column({ name: 'home_city', type: 'varchar', length: 100, nullable: true })
  homeCity: string | null;

  @Column({ name: 'home_country', type: 'varchar', length: 2, nullable: true })
  homeCountry: string | null;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  /** NAICS 2-digit sector codes. */
  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  stage: BusinessStage | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ProfileLink[];

  @Column({ name: 'considering_locating', type: 'boolean', default: false })
  consideringLocating: boolean;

  /** Only what the member changed; null or missing keys mean the defaults. */
  @Column({ type: 'jsonb', nullable: true })
  visibility: Partial<ProfileVisibility> | null;

  /** Only what the member changed; null or missing keys mean the defaults. */
  @Column({ type: 'jsonb', nullable: true })
  privacy: Partial<PrivacySettings> | null;

  /** The language GrowHere writes to this member in. */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale: string;

  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ name: 'failed_sign_in_count', type: 'integer', default: 0 })
  failedSignInCount: number;

  /** Sign-in is refused until then, after too many failures. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Hidden from everyone but staff and the member: by enough reports, or by staff. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Suspended by staff: no sign-in, sessions revoked, profile hidden. */
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** The suspension ends then; null with `suspendedAt` set means indefinitely. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 1000, nullable: true })
  suspensionReason: string | null;

  /** Restricted by staff: cannot post or message; what they wrote stays. */
  @Column({ name: 'restricted_at', type: 'timestamptz', nullable: true })
  restrictedAt: Date | null;

  /** Set when the member deleted the account: the row stays as an anonymous tombstone. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
