import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import { StandingService } from '../standing/standing.service.js';
import { isStaff } from '../members/standing.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { CityService } from '../city/city.service.js';
import { imageUrl } from '../media/image-kinds.js';
import { ImageStore } from '../media/image-store.js';
import type {
  CreateOrganizationInput,
  InviteToOrganizationInput,
  OrganizationFilter,
  UpdateOrganizationInput,
  VerifyOrganizationInput,
} from './dto/organization.inputs.js';
import type { OrganizationEntity, OrganizationStatementEntity } from './organization.entity.js';
import type {
  Organization,
  OrganizationInvitation,
  PendingOrganizationInvitation,
} from './organization.model.js';
import type { OrganizationRole } from './organization.types.js';
import {
  OrganizationsRepository,
  type MembershipRow,
  type PendingInvitationRow,
} from './organizations.repository.js';

const MANAGERS: readonly OrganizationRole[] = ['OWNER', 'ADMIN'];

/** Organization pages, their people and roles, and verification by city staff. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly city: CityService,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly images: ImageStore,
    private readonly notifications: NotificationsService,
    private readonly standing: StandingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<Organization> {
    this.assertNeighborhood(input.neighborhood);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.standing.assertMayAct(manager, viewer.id, 'organizations');
      await this.standing.assertFewLinks(manager, viewer.id, linkFieldsOf(input));
      if (await this.organizations.slugTaken(input.slug, manager)) {
        throw new AppException(ErrorKind.CONFLICT, 'SLUG_TAKEN', 'This slug is taken', 'slug');
      }
      const { needs, offers, ...fields } = input;
      const organization = await this.organizations.insert(manager, fields);
      await this.organizations.addMember(manager, organization.id, viewer.id, 'OWNER');
      await this.organizations.replaceStatements(manager, organization.id, 'NEED', needs ?? []);
      await this.organizations.replaceStatements(manager, organization.id, 'OFFER', offers ?? []);
      return organization.id;
    });
    return (await this.byId(id, viewer))!;
  }

  /** Owners and admins edit; lists replace whole; one transaction. */
  async update(viewer: Viewer, input: UpdateOrganizationInput): Promise<Organization> {
    this.assertNeighborhood(input.neighborhood);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.requireRole(manager, input.id, viewer, ['OWNER', 'ADMIN']);
      await this.standing.assertFewLinks(
        manager,
        viewer.id,
        linkFieldsOf({
          website: input.website !== undefined ? input.website : current.website,
          description: input.description ?? current.description,
        }),
        linkFieldsOf(current),
      );
      const { id, needs, offers, ...fields } = input;
      await this.organizations.update(manager, id, definedOnly(fields));
      if (needs) await this.organizations.replaceStatements(manager, id, 'NEED', needs);
      if (offers) await this.organizations.replaceStatements(manager, id, 'OFFER', offers);
    });
    return (await this.byId(input.id, viewer))!;
  }

  /** Null when there is none, or it is hidden and the viewer is neither its people nor staff. */
  async bySlug(slug: string, viewer: Viewer | undefined): Promise<Organization | null> {
    const organization = await this.organizations.findBySlug(slug);
    return organization ? ((await this.views([organization], viewer))[0] ?? null) : null;
  }

  /** A page of organizations: three queries whatever the page size. */
  async list(
    filter: OrganizationFilter | undefined,
    first: number,
    after: string | undefined,
    viewer: Viewer | undefined,
  ): Promise<Page<Organization>> {
    const rows = await this.organizations.page(filter, first, after, isStaff(viewer));
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [row.name, row.id]);
    return { nodes: await this.views(page, viewer), pageInfo };
  }

  async requestVerification(viewer: Viewer, organizationId: string): Promise<Organization> {
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.requireRole(manager, organizationId, viewer, ['OWNER']);
      if (organization.verifiedAt) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_VERIFIED',
          'This organization is already verified',
          'organizationId',
        );
      }
      await this.organizations.update(manager, organizationId, {
        verificationRequestedAt: new Date(),
      });
    });
    return (await this.byId(organizationId, viewer))!;
  }

  /** Organizations waiting for staff to verify them, oldest request first. */
  async pendingVerification(
    first: number,
    after: string | undefined,
    viewer: Viewer,
  ): Promise<Page<Organization>> {
    const rows = await this.organizations.pendingVerificationPage(first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [row.key, row.organization.id]);
    return {
      nodes: await this.views(
        page.map((row) => row.organization),
        viewer,
      ),
      pageInfo,
    };
  }

  /**
   * Staff grant or withdraw the verified badge; the decision lands in the audit log, and the
   * owners are told when it answers their request or changes the badge (with staff's note).
   */
  async verify(staff: Viewer, input: VerifyOrganizationInput): Promise<Organization> {
    const note = input.note || null;
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.findById(input.organizationId, manager, true);
      if (!organization) throw this.notFound();
      const before = { verified: organization.verifiedAt !== null };
      await this.organizations.update(manager, organization.id, {
        verifiedAt: input.verified ? (organization.verifiedAt ?? new Date()) : null,
        verificationRequestedAt: null,
      });
      await this.audit.record(manager, {
        actorId: staff.id,
        action: input.verified ? 'organization.verified' : 'organization.verification_refused',
        targetType: 'organization',
        targetId: organization.id,
        reason: note,
        before,
        after: { verified: input.verified },
      });
      const answered = organization.verificationRequestedAt !== null;
      if (!answered && before.verified === input.verified) return;
      const owners = await this.organizations.ownersOf(organization.id, manager);
      added.push(
        ...(await this.notifications.notify(
          manager,
          owners.map((memberId) => ({
            memberId,
            type: 'ORGANIZATION_VERIFICATION_DECIDED' as const,
            subjectId: organization.id,
            data: {
              organizationName: organization.name,
              organizationSlug: organization.slug,
              approved: input.verified,
              ...(note ? { note } : {}),
            },
          })),
        )),
      );
    });
    await this.notifications.publish(added);
    return (await this.byId(input.organizationId, staff))!;
  }

  /** Owners and admins invite by handle (a member) or by email (member or not yet). */
  async invite(viewer: Viewer, input: InviteToOrganizationInput): Promise<boolean> {
    if (!input.handle === !input.email) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'ONE_INVITEE',
        'Give either a handle or an email',
        'handle',
      );
    }
    const invitee = input.handle ? await this.members.findByHandle(input.handle) : null;
    if (input.handle && !invitee) {
      throw new AppException(
        ErrorKind.NOT_FOUND,
        'MEMBER_NOT_FOUND',
        'No member has this handle',
        'handle',
      );
    }
    const email = invitee?.email ?? input.email!;
    const known = invitee ?? (await this.members.findByEmail(email));
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.requireRole(manager, input.organizationId, viewer, [
        'OWNER',
        'ADMIN',
      ]);
      if (known && (await this.organizations.roleOf(organization.id, known.id, manager))) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_MEMBER',
          'They are already a member',
          input.handle ? 'handle' : 'email',
        );
      }
      if (await this.organizations.pendingInvitationExists(manager, organization.id, email)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_INVITED',
          'They are already invited',
          input.handle ? 'handle' : 'email',
        );
      }
      const invitationId = await this.organizations.insertInvitation(manager, {
        organizationId: organization.id,
        email,
        // Only by handle: an address typed is not resolved to the member it may belong to.
        inviteeMemberId: invitee?.id ?? null,
        role: input.role,
        invitedById: viewer.id,
      });
      if (known && !known.deletedAt) {
        // A member is told as they chose (by default by mail, with the same link).
        added.push(
          ...(await this.notifications.notify(manager, {
            memberId: known.id,
            type: 'ORGANIZATION_INVITATION',
            actorId: viewer.id,
            subjectId: invitationId,
            data: { organizationName: organization.name, organizationSlug: organization.slug },
          })),
        );
        return;
      }
      await this.mail.sendLink(
        manager,
        'invite',
        { recipient: email, name: email, locale: 'en' },
        `${this.config.linkBaseUrl}/invitations`,
        { organization: organization.name },
      );
    });
    await this.notifications.publish(added);
    return true;
  }

  /** Invitations waiting for the viewer (sent to their email address). */
  async invitationsFor(viewer: Viewer): Promise<OrganizationInvitation[]> {
    const member = await this.members.findById(viewer.id);
    if (!member) return [];
    const invitations = await this.organizations.pendingInvitationsFor(member.email);
    const organizations = await this.views(
      await this.organizations.findByIds([...new Set(invitations.map((i) => i.organizationId))]),
      viewer,
    );
    return invitations.flatMap((invitation) => {
      const organization = organizations.find((o) => o.id === invitation.organizationId);
      return organization
        ? [
            {
              id: invitation.id,
              organization,
              role: invitation.role,
              invitedAt: invitation.createdAt,
              invitedBy: invitation.invitedBy,
            },
          ]
        : [];
    });
  }

  /** Accepting needs the invited address to be the member's own, confirmed one. */
  async answerInvitation(viewer: Viewer, invitationId: string, accept: boolean): Promise<boolean> {
    const member = await this.members.findById(viewer.id);
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.organizations.findPendingInvitation(manager, invitationId);
      if (!invitation || !member || invitation.email !== member.email) {
        throw this.invitationNotFound();
      }
      if (accept && !member.emailVerifiedAt) {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'EMAIL_NOT_VERIFIED',
          'Confirm your email address first, then accept the invitation',
        );
      }
      if (
        accept &&
        !(await this.organizations.roleOf(invitation.organizationId, member.id, manager))
      ) {
        await this.organizations.addMember(
          manager,
          invitation.organizationId,
          member.id,
          invitation.role,
        );
      }
      await this.organizations.markAnswered(manager, invitation.id);
    });
    return true;
  }

  /**
   * Owners and admins withdraw an invitation not yet answered; it leaves the invitee's list and
   * can no longer be accepted. Who may is checked before whether it is still pending.
   */
  async cancelInvitation(viewer: Viewer, invitationId: string): Promise<Organization> {
    const organizationId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.organizations.findInvitation(manager, invitationId);
      if (!invitation) throw this.invitationNotFound();
      await this.requireRole(manager, invitation.organizationId, viewer, MANAGERS);
      if (invitation.answeredAt || invitation.cancelledAt) throw this.invitationNotFound();
      await this.organizations.markCancelled(manager, invitation.id);
      return invitation.organizationId;
    });
    return (await this.byId(organizationId, viewer))!;
  }

  /** Leave; the last owner must hand over first. */
  async leave(viewer: Viewer, organizationId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const role = await this.organizations.roleOf(organizationId, viewer.id, manager);
      if (!role) throw this.notFound();
      await this.assertNotLastOwner(manager, organizationId, role);
      await this.organizations.removeMember(manager, organizationId, viewer.id);
    });
    return true;
  }

  /** Owners remove anyone; admins remove members and admins, not owners. */
  async removeMember(
    viewer: Viewer,
    organizationId: string,
    memberId: string,
  ): Promise<Organization> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireRole(manager, organizationId, viewer, ['OWNER', 'ADMIN']);
      const actorRole = await this.organizations.roleOf(organizationId, viewer.id, manager);
      const targetRole = await this.organizations.roleOf(organizationId, memberId, manager);
      if (!targetRole) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'NOT_A_MEMBER',
          'They are not a member of this organization',
          'memberId',
        );
      }
      if (targetRole === 'OWNER' && actorRole !== 'OWNER') {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'ORGANIZATION_ROLE_REQUIRED',
          'Only an owner may remove an owner',
        );
      }
      await this.assertNotLastOwner(manager, organizationId, targetRole);
      await this.organizations.removeMember(manager, organizationId, memberId);
    });
    return (await this.byId(organizationId, viewer))!;
  }

  /** The owner hands the organization to one of its members, and stays on as an admin. */
  async transferOwnership(
    viewer: Viewer,
    organizationId: string,
    memberId: string,
  ): Promise<Organization> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireRole(manager, organizationId, viewer, ['OWNER']);
      if (memberId === viewer.id) {
        throw new AppException(
          ErrorKind.BAD_USER_INPUT,
          'ALREADY_OWNER',
          'You already own it',
          'memberId',
        );
      }
      if (!(await this.organizations.roleOf(organizationId, memberId, manager))) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'NOT_A_MEMBER',
          'They are not a member of this organization',
          'memberId',
        );
      }
      await this.organizations.setRole(manager, organizationId, memberId, 'OWNER');
      await this.organizations.setRole(manager, organizationId, viewer.id, 'ADMIN');
    });
    return (await this.byId(organizationId, viewer))!;
  }

  /**
   * Owners and admins set the logo. Who may is checked before anything is stored; the new image
   * is stored before the row points at it, and the old one goes once that has committed.
   */
  async setLogo(viewer: Viewer, organizationId: string, upload: Buffer): Promise<string> {
    await this.requireRole(undefined, organizationId, viewer, MANAGERS);
    const key = await this.images.save('logos', organizationId, upload);
    let previous: string | null;
    try {
      previous = await this.dataSource.transaction(async (manager) => {
        const organization = await this.requireRole(manager, organizationId, viewer, MANAGERS);
        await this.organizations.update(manager, organizationId, { logoKey: key });
        return organization.logoKey;
      });
    } catch (error) {
      await this.discardLogo(organizationId, key);
      throw error;
    }
    if (previous !== key) await this.images.remove('logos', previous);
    return this.images.url('logos', key);
  }

  async removeLogo(viewer: Viewer, organizationId: string): Promise<void> {
    const previous = await this.dataSource.transaction(async (manager) => {
      const organization = await this.requireRole(manager, organizationId, viewer, MANAGERS);
      await this.organizations.update(manager, organizationId, { logoKey: null });
      return organization.logoKey;
    });
    await this.images.remove('logos', previous);
  }

  /** After a failed change: deletes the new image, unless the row had that very one already. */
  private async discardLogo(organizationId: string, key: string): Promise<void> {
    const organization = await this.organizations.findById(organizationId).catch(() => undefined);
    if (organization !== undefined && organization?.logoKey !== key) {
      await this.images.remove('logos', key);
    }
  }

  private async assertNotLastOwner(manager: EntityManager, organizationId: string, role: string) {
    if (
      role === 'OWNER' &&
      (await this.organizations.countOwnersForUpdate(manager, organizationId)) <= 1
    ) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'LAST_OWNER',
        'An organization must keep an owner: transfer ownership first',
        'organizationId',
      );
    }
  }

  /** The member's memberships and the invitations sent to them, for their data export. */
  exportFor(manager: EntityManager, memberId: string) {
    return this.organizations.exportFor(manager, memberId);
  }

  /**
   * Where a member works: each organization as the viewer sees it, with the member's role
   * (hidden ones only to their people and staff).
   */
  async affiliationsOf(memberId: string, viewer: Viewer | undefined) {
    const rows = await this.organizations.affiliationsOf(memberId);
    const organizations = new Map(
      (
        await this.views(
          rows.map((row) => row.organization),
          viewer,
        )
      ).map((organization) => [organization.id, organization]),
    );
    return rows.flatMap((row) => {
      const organization = organizations.get(row.organization.id);
      return organization ? [{ organization, role: row.role }] : [];
    });
  }

  /**
   * Many organizations as the viewer sees them, keyed by id, in a fixed number of queries
   * whatever their number: for other modules' lists (an opportunity's organization).
   */
  async byIds(
    ids: readonly string[],
    viewer: Viewer | undefined,
  ): Promise<Map<string, Organization>> {
    const unique = [...new Set(ids)];
    // Statements and memberships need only the ids: read at the same time as the rows.
    const [rows, statements, memberships] = await Promise.all([
      this.organizations.findByIds(unique),
      this.organizations.statementsFor(unique),
      this.organizations.membershipsFor(unique),
    ]);
    const views = await this.views(rows, viewer, { statements, memberships });
    return new Map(views.map((view) => [view.id, view]));
  }

  /** The organizations a member owns or administers (in the caller's transaction, if any). */
  managedOrganizationIds(memberId: string, manager?: EntityManager): Promise<string[]> {
    return this.organizations.managedBy(memberId, manager);
  }

  /** Who answers for an organization: its live owners and admins. */
  managerIds(organizationId: string, manager?: EntityManager): Promise<string[]> {
    return this.organizations.managersOf(organizationId, manager);
  }

  /** Many organizations as the viewer sees them, in the order of `ids` (unknown ones left out). */
  async organizationsByIds(
    ids: readonly string[],
    viewer: Viewer | undefined,
  ): Promise<Organization[]> {
    const byId = await this.byIds(ids, viewer);
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  /** A member's role in an organization, or null. */
  roleOf(organizationId: string, memberId: string): Promise<OrganizationRole | null> {
    return this.organizations.roleOf(organizationId, memberId);
  }

  private async byId(id: string, viewer: Viewer | undefined): Promise<Organization | null> {
    const organization = await this.organizations.findById(id);
    return organization ? ((await this.views([organization], viewer))[0] ?? null) : null;
  }

  /** In a transaction (a manager), the organization's row stays locked until it ends. */
  private async requireRole(
    manager: EntityManager | undefined,
    organizationId: string,
    viewer: Viewer,
    roles: readonly string[],
  ): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(organizationId, manager, !!manager);
    if (!organization) throw this.notFound();
    const role = await this.organizations.roleOf(organizationId, viewer.id, manager);
    if (!role || !roles.includes(role)) {
      throw new AppException(
        ErrorKind.FORBIDDEN,
        'ORGANIZATION_ROLE_REQUIRED',
        `Only the organization's ${roles.join(' or ').toLowerCase()}s may do this`,
      );
    }
    return organization;
  }

  private assertNeighborhood(neighborhood: string | null | undefined): void {
    if (neighborhood && !this.city.hasNeighborhood(neighborhood)) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'UNKNOWN_NEIGHBORHOOD',
        'neighborhood must be a neighborhood of the city',
        'neighborhood',
      );
    }
  }

  private invitationNotFound(): AppException {
    return new AppException(
      ErrorKind.NOT_FOUND,
      'INVITATION_NOT_FOUND',
      'No such invitation',
      'invitationId',
    );
  }

  private notFound(): AppException {
    return new AppException(
      ErrorKind.NOT_FOUND,
      'ORGANIZATION_NOT_FOUND',
      'No such organization',
      'organizationId',
    );
  }

  /**
   * The organizations the viewer may see, as they see them, in the order of `rows`: a hidden one
   * only to its people (owners, admins, members) and city staff.
   */
  private async views(
    rows: OrganizationEntity[],
    viewer: Viewer | undefined,
    loaded?: { statements: OrganizationStatementEntity[]; memberships: MembershipRow[] },
  ): Promise<Organization[]> {
    const ids = rows.map((row) => row.id);
    const [statements, memberships] = loaded
      ? [loaded.statements, loaded.memberships]
      : await Promise.all([
          this.organizations.statementsFor(ids),
          this.organizations.membershipsFor(ids),
        ]);
    // Pending invitations only of the organizations the viewer manages, all in one query.
    const managed = memberships
      .filter((m) => m.member.id === viewer?.id && MANAGERS.includes(m.role))
      .map((m) => m.organizationId);
    const invitations = await this.organizations.pendingInvitationsOf(managed);
    const staff = isStaff(viewer);
    const ownPeople = new Set(
      memberships.filter((m) => m.member.id === viewer?.id).map((m) => m.organizationId),
    );
    return rows
      .filter((row) => !row.hiddenAt || staff || ownPeople.has(row.id))
      .map((row) => toView(row, statements, memberships, invitations, viewer));
  }
}

function toView(
  row: OrganizationEntity,
  statements: OrganizationStatementEntity[],
  memberships: MembershipRow[],
  invitations: PendingInvitationRow[],
  viewer: Viewer | undefined,
): Organization {
  const own = statements.filter((s) => s.organizationId === row.id);
  // Members hidden or suspended now are named to themselves and city staff only.
  const staff = isStaff(viewer);
  const people = memberships.filter(
    (m) => m.organizationId === row.id && (!m.withheld || staff || m.member.id === viewer?.id),
  );
  const viewerRole = people.find((p) => p.member.id === viewer?.id)?.role ?? null;
  const statement = ({ id, category, text }: OrganizationStatementEntity) => ({
    id,
    category,
    text,
  });
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type,
    sectors: row.sectors,
    sizeBand: row.sizeBand,
    neighborhood: row.neighborhood,
    address: row.address,
    website: row.website,
    description: row.description,
    foundedYear: row.foundedYear,
    logoUrl: row.logoKey ? imageUrl('logos', row.logoKey) : null,
    verified: row.verifiedAt !== null,
    verificationPending: row.verificationRequestedAt !== null,
    hidden: row.hiddenAt !== null,
    needs: own.filter((s) => s.kind === 'NEED').map(statement),
    offers: own.filter((s) => s.kind === 'OFFER').map(statement),
    members: people.map(({ role, member }) => ({
      role,
      member: {
        id: member.id,
        handle: member.handle,
        displayName: member.displayName,
        headline: member.headline,
        isConnector: member.roles.includes('CONNECTOR'),
      },
    })),
    viewerRole,
    pendingInvitations:
      viewerRole && MANAGERS.includes(viewerRole)
        ? invitations.filter((i) => i.organizationId === row.id).map(toPendingInvitation)
        : null,
  };
}

/** The invitee by name when invited by handle; the address only when that is what was typed. */
function toPendingInvitation(row: PendingInvitationRow): PendingOrganizationInvitation {
  return {
    id: row.id,
    role: row.role,
    invitedAt: row.createdAt,
    invitedBy: row.invitedBy,
    member: row.invitee,
    email: row.inviteeMemberId ? null : row.email,
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** An organization's links for the spam limits: its website, and links in its description. */
function linkFieldsOf(organization: { website?: string | null; description?: string | null }) {
  return {
    website: organization.website ? [organization.website] : [],
    description: organization.description ?? '',
  };
}
