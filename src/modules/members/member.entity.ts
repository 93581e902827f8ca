import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const MEMBER_ROLES = ['MEMBER', 'CONNECTOR', 'STAFF', 'ADMIN'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person with an account. Profiles, privacy and sign-in build on this table. */
@Entity({ name: 'member' })
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

  /** The language GrowHere writes to this member in. */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale: string;

  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ name: 'failed_sign_in_count', type: 'integer', default: 0 })
  failedSignInCount: number;

  /** Sign-in is refused until then, after too many failures. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
