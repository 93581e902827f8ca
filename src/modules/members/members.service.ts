import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MEMBER_ROLES, type MemberEntity, type MemberRole } from './member.entity.js';
import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { CityService } from '../city/city.service.js';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import type { Viewer } from './member.model.js';
import type { Member } from './profile.model.js';
import { ImageStore } from '../media/image-store.js';
import { toProfile } from './profiles.js';
import { MembersRepository } from './members.repository.js';
import { StandingService } from '../standing/standing.service.js';
import { isStaff, isWithheld } from './standing.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

/**
 * How often this process looks for suspensions that ran out, to put those members back in
 * search and matchmaking (their profile is back at once: reads check the time themselves).
 */
const SUSPENSION_SWEEP_MS = 60 * 1000;

export interface MatchFacts {
  id: string;
  sectors: string[];
  neighborhood: string | null;
  needs: Set<NeedOfferCategory>;
  offers: Set<NeedOfferCategory>;
}

export const SIGN_IN_LOCK_THRESHOLD = 5;
export const SIGN_IN_LOCK_SECONDS = 15 * 60;

/** Members as other modules see them: accounts, identities, and who they are to the viewer. */
@Injectable()
export class MembersService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MembersService.name);
  private readonly sweep = new PeriodicJob(
    'Suspension sweep',
    SUSPENSION_SWEEP_MS,
    () => this.restoreEndedSuspensions(),
    this.logger,
  );

  constructor(
    private readonly members: MembersRepository,
    private readonly dataSource: DataSource,
    private readonly city: CityService,
    private readonly images: ImageStore,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  /**
   * Puts the members whose suspension ran out back in search and matchmaking (the projections
   * left them out while suspended); returns how many. Idempotent: a member already back is not
   * found again, so several processes may sweep at once.
   */
  async restoreEndedSuspensions(): Promise<number> {
    const count = await this.dataSource.transaction((manager) =>
      this.members.restoreEndedSuspensions(manager),
    );
    if (count > 0) this.logger.log(`Restored ${count} member(s) whose suspension ended`);
    return count;
  }

  /**
   * Of these members, those hidden or suspended now (deleted ones are not among them); with a
   * viewer, not those on either side of a block with them (hidden from them all the same). In
   * the caller's transaction when given its manager (then without a viewer).
   */
  async withheldAmong(
    ids: readonly string[],
    by?: { viewer: ViewerIdentity } | { manager: EntityManager },
  ): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const [rows, relations] = await Promise.all([
      this.members.findLiveByIds(unique, by && 'manager' in by ? by.manager : undefined),
      by && 'viewer' in by ? this.members.relationsOf(by.viewer.id, unique) : null,
    ]);
    const now = Date.now();
    return new Set(
      rows
        .filter((row) => isWithheld(row, now) && !relations?.hidden.has(row.id))
        .map((row) => row.id),
    );
  }

  /** Hidden or suspended now: others (not staff) must not find or reach the member. */
  isWithheld(member: MemberEntity): boolean {
    return isWithheld(member);
  }

  /** With `lock`, in a transaction: the row stays locked until it ends. */
  findById(
    id: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<MemberEntity | null> {
    return this.members.findById(id, manager, options);
  }

  async findByHandle(handle: string): Promise<MemberEntity | null> {
    const member = await this.members.findByHandle(handle);
    return member && !member.deletedAt ? member : null;
  }

  findByEmail(email: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.members.findByEmail(email.trim().toLowerCase(), manager);
  }

  async viewer(id: string): Promise<Viewer | null> {
    const member = await this.members.findById(id);
    return member && !member.deletedAt ? toViewer(member) : null;
  }

  /**
   * Removes a member's personal data and keeps an anonymous tombstone, so that others' history
   * (introductions, messages) stays whole. In the caller's transaction.
   */
  async anonymize(manager: EntityManager, id: string): Promise<void> {
    await this.members.replaceStatements(manager, id, 'NEED', []);
    await this.members.replaceStatements(manager, id, 'OFFER', []);
    await this.members.leaveNetwork(manager, id);
    await this.members.anonymize(manager, id);
  }

  /** Every row of the member's own, for their data export (no password hash). */
  async exportFor(manager: EntityManager, id: string) {
    const member = await this.members.findById(id, manager);
    if (!member) return null;
    const {
      passwordHash: _secret,
      failedSignInCount: _count,
      lockedUntil: _locked,
      ...account
    } = member;
    const statements = await this.members.statementsOf(id, manager);
    return {
      member: account,
      needs: statements
        .filter((s) => s.kind === 'NEED')
        .map(({ category, text }) => ({ category, text })),
      offers: statements
        .filter((s) => s.kind === 'OFFER')
        .map(({ category, text }) => ({ category, text })),
    };
  }

  /** A taken email or handle is a CONFLICT naming the field. */
  async assertAvailable(
    manager: EntityManager,
    values: { email?: string; handle?: string },
    fields: { email: string; handle: string } = { email: 'email', handle: 'handle' },
  ): Promise<void> {
    if (values.email && (await this.members.emailTaken(values.email, manager))) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'EMAIL_TAKEN',
        'An account with this email already exists',
        fields.email,
      );
    }
    if (values.handle && (await this.members.handleTaken(values.handle, manager))) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'HANDLE_TAKEN',
        'This handle is taken',
        fields.handle,
      );
    }
  }

  createAccount(
    manager: EntityManager,
    values: {
      email: string;
      handle: string;
      displayName: string;
      passwordHash: string;
      locale: string;
    },
  ): Promise<MemberEntity> {
    return this.members.insert(manager, values);
  }

  update(
    id: string,
    values: Parameters<MembersRepository['update']>[1],
    manager?: EntityManager,
  ): Promise<void> {
    return this.members.update(id, values, manager);
  }

  /** One member's profile by id or handle, as the viewer may see it. */
  async profile(
    by: { id?: string; handle?: string },
    viewer: ViewerIdentity | undefined,
  ): Promise<Member | null> {
    if (!by.id === !by.handle) {
      throw new AppException(ErrorKind.BAD_USER_INPUT, 'ONE_KEY', 'Give either id or handle', 'id');
    }
    const member = by.id
      ? await this.members.findById(by.id)
      : await this.members.findByHandle(by.handle!);
    if (!member || member.deletedAt) return null;
    return (await this.profiles([member.id], viewer, [member]))[0] ?? null;
  }

  /**
   * Many profiles as the viewer may see them, in the order of `ids`, in a fixed number of
   * queries. Deleted members, members on either side of a block with the viewer, and members
   * hidden or suspended now (but to themselves and city staff) are left out.
   */
  async profiles(
    ids: readonly string[],
    viewer: ViewerIdentity | undefined,
    loaded?: MemberEntity[],
  ): Promise<Member[]> {
    const unique = [...new Set(ids)];
    const [rows, statements, relations] = await Promise.all([
      loaded ?? this.members.findLiveByIds(unique),
      this.members.statementsOfMany(unique),
      viewer
        ? this.members.relationsOf(viewer.id, unique)
        : { connected: new Set<string>(), hidden: new Set<string>() },
    ]);
    const byId = new Map(rows.filter((row) => !row.deletedAt).map((row) => [row.id, row]));
    const now = Date.now();
    const seesWithheld = (id: string) => id === viewer?.id || isStaff(viewer);
    return unique.flatMap((id) => {
      const member = byId.get(id);
      if (!member || relations.hidden.has(id)) return [];
      if (isWithheld(member, now) && !seesWithheld(id)) return [];
      const own = statements.filter((statement) => statement.memberId === id);
      return [toProfile(member, own, viewer, relations.connected.has(id))];
    });
  }

  /** `profiles`, keyed by member id, for views that place members by id. */
  async profileMap(
    ids: readonly string[],
    viewer: ViewerIdentity | undefined,
  ): Promise<Map<string, Member>> {
    const profiles = await this.profiles(ids, viewer);
    return new Map(profiles.map((profile) => [profile.id, profile]));
  }

  /**
   * What matching compares for each member: sectors, place, and the categories of their needs and
   * offers. Live members, not hidden or suspended, only; one query for any number.
   */
  async matchFacts(ids: readonly string[]): Promise<Map<string, MatchFacts>> {
    const rows = await this.members.matchFactsOf(ids);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          sectors: row.sectors,
          neighborhood: row.neighborhood,
          needs: new Set(row.needs),
          offers: new Set(row.offers),
        },
      ]),
    );
  }

  /** The member edits their own profile; lists replace whole; all in one transaction. */
  async updateProfile(viewer: ViewerIdentity, input: UpdateProfileInput): Promise<Member> {
    if (input.neighborhood && !this.city.hasNeighborhood(input.neighborhood)) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'UNKNOWN_NEIGHBORHOOD',
        'neighborhood must be a neighborhood of the city',
        'neighborhood',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const member = await this.members.findById(viewer.id, manager, { lock: true });
      if (!member || member.deletedAt) {
        throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
      }
      if (input.handle && input.handle !== member.handle) {
        await this.assertAvailable(manager, { handle: input.handle });
      }
      await this.standing.assertFewLinks(
        manager,
        member.id,
        linkFieldsOf({
          links: input.links ?? member.links,
          headline: input.headline ?? member.headline,
          bio: input.bio ?? member.bio,
        }),
        linkFieldsOf(member),
      );
      const { needs, offers, visibility, privacy, links, neighborhood, ...fields } = input;
      // In the city or elsewhere: a neighborhood clears the city and country, and back.
      const location =
        neighborhood !== undefined && neighborhood !== null
          ? { neighborhood, homeCity: null, homeCountry: null }
          : input.homeCity || input.homeCountry
            ? { neighborhood: null }
            : neighborhood === null
              ? { neighborhood: null }
              : {};
      await this.members.updateProfile(manager, member.id, {
        ...definedOnly(fields),
        ...location,
        ...(links ? { links: links.map(({ label, url }) => ({ label, url })) } : {}),
        ...(visibility ? { visibility: { ...member.visibility, ...definedOnly(visibility) } } : {}),
        ...(privacy ? { privacy: { ...member.privacy, ...definedOnly(privacy) } } : {}),
      });
      if (needs) await this.members.replaceStatements(manager, member.id, 'NEED', needs);
      if (offers) await this.members.replaceStatements(manager, member.id, 'OFFER', offers);
      const updated = (await this.members.findById(member.id, manager))!;
      return toProfile(updated, await this.members.statementsOf(member.id, manager), viewer);
    });
  }

  /** Stores a new photo, then points the profile at it; the old file goes after the commit. */
  async setPhoto(viewer: ViewerIdentity, upload: Buffer): Promise<string> {
    const key = await this.images.save('photos', viewer.id, upload);
    let previous: string | null;
    try {
      previous = await this.dataSource.transaction(async (manager) => {
        const member = await this.members.findById(viewer.id, manager, { lock: true });
        if (!member || member.deletedAt) {
          throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
        }
        await this.members.updateProfile(manager, member.id, { photoKey: key });
        return member.photoKey;
      });
    } catch (error) {
      await this.discardPhoto(viewer.id, key);
      throw error;
    }
    if (previous !== key) await this.images.remove('photos', previous);
    return this.images.url('photos', key);
  }

  /** After a failed change: deletes the new file, unless the profile had that very one already. */
  private async discardPhoto(memberId: string, key: string): Promise<void> {
    const member = await this.members.findById(memberId).catch(() => undefined);
    if (member !== undefined && member?.photoKey !== key) await this.images.remove('photos', key);
  }

  /** Deletes a photo file whose member is gone (after the deletion committed). */
  forgetPhoto(key: string | null): Promise<void> {
    return this.images.remove('photos', key);
  }

  async removePhoto(viewer: ViewerIdentity): Promise<void> {
    const previous = await this.dataSource.transaction(async (manager) => {
      const member = await this.members.findById(viewer.id, manager, { lock: true });
      await this.members.updateProfile(manager, viewer.id, { photoKey: null });
      return member?.photoKey ?? null;
    });
    await this.images.remove('photos', previous);
  }

  /** Admins set roles; MEMBER is always held, and the last admin cannot be demoted. */
  async setRoles(
    actorId: string,
    memberId: string,
    roles: MemberRole[],
  ): Promise<{ memberId: string; roles: MemberRole[] }> {
    const wanted = MEMBER_ROLES.filter((role) => role === 'MEMBER' || roles.includes(role));
    return this.dataSource.transaction(async (manager) => {
      const member = await this.members.findById(memberId, manager, { lock: true });
      if (!member) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'MEMBER_NOT_FOUND',
          'No such member',
          'memberId',
        );
      }
      if (member.roles.includes('ADMIN') && !wanted.includes('ADMIN')) {
        const admins = await this.members.countWithRoleForUpdate('ADMIN', manager);
        if (admins <= 1) {
          throw new AppException(
            ErrorKind.CONFLICT,
            'LAST_ADMIN',
            actorId === memberId
              ? 'You are the last admin; make someone else admin first'
              : 'The network must keep at least one admin',
            'roles',
          );
        }
      }
      await this.members.update(member.id, { roles: wanted }, manager);
      await this.audit.record(manager, {
        actorId,
        action: 'member.roles',
        targetType: 'member',
        targetId: member.id,
        before: { roles: member.roles },
        after: { roles: wanted },
      });
      return { memberId: member.id, roles: wanted };
    });
  }

  /**
   * Gives a member a role they may not hold yet (staff approving a connector), in the caller's
   * transaction; the member's row stays locked until it ends. False when they are gone.
   */
  async grantRole(manager: EntityManager, memberId: string, role: MemberRole): Promise<boolean> {
    const member = await this.members.findById(memberId, manager, { lock: true });
    if (!member || member.deletedAt) return false;
    if (!member.roles.includes(role)) {
      const roles = MEMBER_ROLES.filter((r) => r === role || member.roles.includes(r));
      await this.members.update(member.id, { roles }, manager);
    }
    return true;
  }

  recordFailedSignIn(id: string): Promise<void> {
    return this.members.recordFailedSignIn(id, SIGN_IN_LOCK_THRESHOLD, SIGN_IN_LOCK_SECONDS);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

export function toViewer(member: MemberEntity): Viewer {
  return {
    id: member.id,
    handle: member.handle,
    displayName: member.displayName,
    email: member.email,
    emailVerified: member.emailVerifiedAt !== null,
    roles: member.roles,
    locale: member.locale,
  };
}

/** A profile's links for the spam limits: the listed ones, and links in the headline and bio. */
function linkFieldsOf(profile: {
  links: readonly { url: string }[];
  headline: string;
  bio: string;
}) {
  return {
    links: profile.links.map((link) => link.url),
    headline: profile.headline,
    bio: profile.bio,
  };
}
