import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { MAX_PAGE, pageOf, type Page } from '../../common/graphql/pagination.js';
import { CityService } from '../city/city.service.js';
import { StandingService } from '../standing/standing.service.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import type { Organization } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  MAX_CATEGORIES,
  type CreateOpportunityInput,
  type ExpressInterestInput,
  type OpportunitiesFilter,
  type RecordInterestOutcomeInput,
  type UpdateOpportunityInput,
} from './dto/opportunity.inputs.js';
import { renderMarkdown } from './markdown.js';
import { toInterest, type OpportunityInterest } from './opportunity-interest.model.js';
import type { OpportunityEntity } from './opportunity.entity.js';
import { toOpportunity, type Opportunity } from './opportunity.model.js';
import { KIND_CATEGORY, OPPORTUNITY_SUBKINDS, type OpportunityKind } from './opportunity.types.js';
import { OpportunitiesRepository, type OpportunityQuery } from './opportunities.repository.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

/** How often this process looks for opportunities past their deadline (the update is idempotent). */
const EXPIRY_SWEEP_MS = 10 * 60 * 1000;

/** Who the viewer is to opportunities: the organizations they manage, and whether staff. */
interface Access {
  viewerId: string | undefined;
  managed: ReadonlySet<string>;
  staff: boolean;
}

/** The page of interest asked for on one opportunity's `interests` field. */
export interface InterestPageKey {
  opportunityId: string;
  first: number;
  after: string | undefined;
}

/** Fields an opportunity is written with, once checked against its kind and the city. */
type Settled = Pick<
  OpportunityEntity,
  | 'subkind'
  | 'title'
  | 'description'
  | 'eligibility'
  | 'sectors'
  | 'stages'
  | 'neighborhoods'
  | 'citywide'
  | 'remote'
  | 'categories'
  | 'amountMin'
  | 'amountMax'
  | 'sizeSqFt'
  | 'deadline'
  | 'externalUrl'
>;

/**
 * Opportunities: posted by a member for themselves or for an organization they own or
 * administer; DRAFT until published (or sent to staff review, as the city profile asks); open
 * to everyone while PUBLISHED and before their deadline; then CLOSED by the poster side or
 * EXPIRED. Members express interest (the poster side is told) and save them.
 */
@Injectable()
export class OpportunitiesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OpportunitiesService.name);
  private readonly sweep = new PeriodicJob(
    'Expiry sweep',
    EXPIRY_SWEEP_MS,
    () => this.expireDue(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OpportunitiesRepository,
    private readonly members: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    private readonly city: CityService,
    private readonly standing: StandingService,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  // ---------------------------------------------------------------- reading

  async opportunity(viewer: Viewer | undefined, id: string): Promise<Opportunity | null> {
    return (await this.byIds([id], viewer))[0] ?? null;
  }

  /**
   * The opportunities among `ids` that the viewer may see, in the order of `ids`, in at most
   * three queries whatever their number: for other modules (search, matchmaking) and loaders.
   */
  async byIds(ids: readonly string[], viewer: Viewer | undefined): Promise<Opportunity[]> {
    const rows = await this.repository.findByIds([...new Set(ids)]);
    const [access, blocked, withheld] = await Promise.all([
      this.access(viewer),
      this.blockedPosters(rows, viewer),
      this.repository.withheldAmong(rows.map((row) => row.id)),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(ids)].flatMap((id) => {
      const row = byId.get(id);
      return row && canRead(row, access, blocked, withheld) ? [present(row)] : [];
    });
  }

  /**
   * Whether moderation withholds each opportunity from all but its poster side and staff (itself,
   * its organization or its poster hidden or suspended): for `Opportunity.hidden`, which only
   * they ever see true.
   */
  async hiddenFlags(ids: readonly string[]): Promise<boolean[]> {
    const withheld = await this.repository.withheldAmong(ids);
    return ids.map((id) => withheld.has(id));
  }

  /**
   * A page of opportunities. Everyone sees what is open, newest published first; `postedByMe`
   * lists the viewer's own and their organizations' in every status, newest first; statuses are
   * a filter for those lists and for city staff.
   */
  async list(
    viewer: Viewer | undefined,
    filter: OpportunitiesFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Page<Opportunity>> {
    const staff = isStaff(viewer);
    if (filter?.postedByMe && !viewer) {
      throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
    }
    if (filter?.statuses?.length && !filter.postedByMe && !staff) {
      throw new AppException(
        ErrorKind.FORBIDDEN,
        'STATUSES_FOR_OWN_ONLY',
        'statuses filters your own opportunities (postedByMe); only city staff filter all',
        'statuses',
      );
    }
    const scope: OpportunityQuery['scope'] = filter?.postedByMe
      ? 'MINE'
      : filter?.statuses?.length
        ? 'ALL'
        : 'PUBLISHED';
    const rows = await this.repository.page(
      {
        viewerId: viewer?.id,
        scope,
        kinds: filter?.kinds,
        sectors: filter?.sectors,
        stages: filter?.stages,
        neighborhoods: filter?.neighborhoods,
        organizationId: filter?.organizationId,
        statuses: filter?.statuses,
      },
      first,
      after,
    );
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      (scope === 'PUBLISHED' ? row.publishedAt! : row.createdAt).toISOString(),
      row.id,
    ]);
    return { nodes: page.map(present), pageInfo };
  }

  /** The viewer's saved opportunities that are still open to them, newest saved first. */
  async saved(viewer: Viewer, first: number, after: string | undefined) {
    const rows = await this.repository.savedPage(viewer.id, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.savedAt.toISOString(),
      row.opportunity.id,
    ]);
    return { nodes: page.map((row) => present(row.opportunity)), pageInfo };
  }

  /** The interest the viewer expressed, active and withdrawn, newest first. */
  async myInterests(
    viewer: Viewer,
    first: number,
    after: string | undefined,
  ): Promise<Page<OpportunityInterest>> {
    const rows = await this.repository.memberInterestPage(viewer.id, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: page.map(toInterest), pageInfo };
  }

  renderMarkdown(markdown: string): string {
    return renderMarkdown(markdown);
  }

  // ---------------------------------------------------------------- batches for resolved fields

  /** The organizations the viewer owns or administers (one query). */
  async managedBy(viewer: Viewer | undefined): Promise<ReadonlySet<string>> {
    return new Set(viewer ? await this.organizations.managedOrganizationIds(viewer.id) : []);
  }

  /** The poster side: who posted it, or an owner or admin of its organization. */
  canEdit(opportunity: Opportunity, viewer: Viewer | undefined, managed: ReadonlySet<string>) {
    return canManage(opportunity, { viewerId: viewer?.id, managed, staff: false });
  }

  /** Members by id as the viewer may see them (null when hidden or gone). */
  async people(ids: readonly string[], viewer: Viewer | undefined): Promise<(Member | null)[]> {
    const people = await this.members.profileMap(ids, viewer);
    return ids.map((id) => people.get(id) ?? null);
  }

  async organizationsById(
    ids: readonly string[],
    viewer: Viewer | undefined,
  ): Promise<(Organization | null)[]> {
    const organizations = await this.organizations.byIds(ids, viewer);
    return ids.map((id) => organizations.get(id) ?? null);
  }

  async savedFlags(viewer: Viewer, ids: readonly string[]): Promise<boolean[]> {
    const saved = await this.repository.savedAmong(viewer.id, ids);
    return ids.map((id) => saved.has(id));
  }

  async viewerInterests(
    viewer: Viewer,
    ids: readonly string[],
  ): Promise<(OpportunityInterest | null)[]> {
    const rows = await this.repository.interestsOf(viewer.id, ids);
    const byOpportunity = new Map(rows.map((row) => [row.opportunityId, toInterest(row)]));
    return ids.map((id) => byOpportunity.get(id) ?? null);
  }

  async interestCounts(ids: readonly string[]): Promise<number[]> {
    const counts = await this.repository.activeCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /**
   * Pages of interest of many opportunities (one query per distinct page asked for), for
   * viewers the caller found may see them: the poster side and city staff.
   */
  async interestPages(keys: readonly InterestPageKey[]): Promise<Page<OpportunityInterest>[]> {
    const groups = new Map<string, InterestPageKey[]>();
    for (const key of keys) {
      if (key.first < 1 || key.first > MAX_PAGE) {
        throw new AppException(
          ErrorKind.BAD_USER_INPUT,
          'INVALID_INPUT',
          `first must be between 1 and ${MAX_PAGE}`,
          'first',
        );
      }
      const group = `${key.first}:${key.after ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const pages = new Map<InterestPageKey, Page<OpportunityInterest>>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const rows = await this.repository.interestPages(
        group.map((key) => key.opportunityId),
        first,
        after,
      );
      for (const key of group) {
        const own = rows.filter((row) => row.opportunityId === key.opportunityId);
        const { rows: page, pageInfo } = pageOf(own, first, (row) => [
          row.createdAt.toISOString(),
          row.id,
        ]);
        pages.set(key, { nodes: page.map(toInterest), pageInfo });
      }
    }
    return keys.map((key) => pages.get(key)!);
  }

  /**
   * The opportunity of each interest, in any status: only the interested member and the poster
   * side are ever given an interest, and both have seen what it is about.
   */
  async forInterests(ids: readonly string[]): Promise<(Opportunity | null)[]> {
    const rows = await this.repository.findByIds([...new Set(ids)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? present(row) : null;
    });
  }

  // ---------------------------------------------------------------- writing

  async create(viewer: Viewer, input: CreateOpportunityInput): Promise<Opportunity> {
    const settled = this.settle(input.kind, undefined, input);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.standing.assertMayAct(manager, viewer.id, 'opportunities');
      if (input.organizationId) {
        const managed = await this.organizations.managedOrganizationIds(viewer.id, manager);
        if (!managed.includes(input.organizationId)) {
          throw new AppException(
            ErrorKind.FORBIDDEN,
            'ORGANIZATION_ROLE_REQUIRED',
            'organizationId must be an organization you own or administer',
            'organizationId',
          );
        }
      }
      await this.standing.assertFewLinks(manager, viewer.id, {
        description: settled.description,
      });
      const id = await this.repository.insert(manager, {
        ...settled,
        kind: input.kind,
        status: 'DRAFT',
        posterId: viewer.id,
        organizationId: input.organizationId ?? null,
      });
      if (input.publish) {
        await this.publishIn(manager, (await this.repository.findById(id, manager, true))!);
      }
      return id;
    });
    return this.requireView(id, viewer);
  }

  /** The poster side edits what is not yet closed; lists replace whole; the kind stays. */
  async update(viewer: Viewer, input: UpdateOpportunityInput): Promise<Opportunity> {
    await this.dataSource.transaction(async (manager) => {
      await this.standing.assertMayAct(manager, viewer.id, 'opportunityEdits');
      const row = await this.editable(manager, viewer, input.opportunityId);
      assertOpen(row);
      const settled = this.settle(row.kind, row, input);
      await this.standing.assertFewLinks(
        manager,
        viewer.id,
        { description: settled.description },
        { description: row.description },
      );
      await this.repository.update(manager, row.id, settled);
    });
    return this.requireView(input.opportunityId, viewer);
  }

  /** DRAFT → PUBLISHED, or IN_REVIEW when the city asks staff to review it first. */
  async publish(viewer: Viewer, opportunityId: string): Promise<Opportunity> {
    await this.dataSource.transaction(async (manager) => {
      await this.standing.assertMayAct(manager, viewer.id, 'opportunityEdits');
      const row = await this.editable(manager, viewer, opportunityId);
      await this.publishIn(manager, row);
    });
    return this.requireView(opportunityId, viewer);
  }

  async close(viewer: Viewer, opportunityId: string): Promise<Opportunity> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.editable(manager, viewer, opportunityId);
      assertOpen(row);
      await this.repository.update(manager, row.id, { status: 'CLOSED', closedAt: new Date() });
    });
    return this.requireView(opportunityId, viewer);
  }

  /** Marks published opportunities past their deadline as expired; safe from several processes. */
  async expireDue(): Promise<number> {
    const ids = await this.dataSource.transaction((manager) => this.repository.expireDue(manager));
    if (ids.length > 0) this.logger.log(`Expired ${ids.length} opportunit(ies)`);
    return ids.length;
  }

  // ---------------------------------------------------------------- interest and saves

  /**
   * The viewer is interested, for themselves or for an organization they administer; the
   * poster and the owners and admins of the posting organization are told.
   */
  async expressInterest(viewer: Viewer, input: ExpressInterestInput): Promise<OpportunityInterest> {
    // Read before the transaction: nothing may wait on a second connection while it is open.
    const forOrganization = input.organizationId
      ? ((await this.organizations.byIds([input.organizationId], viewer)).get(
          input.organizationId,
        ) ?? null)
      : null;
    const added: NotificationAdded[] = [];
    const interestId = await this.dataSource.transaction(async (manager) => {
      // Interest alone answers what the poster asked for; a message with it is messaging.
      if (input.message?.trim()) await this.standing.assertMayAct(manager, viewer.id, 'interests');
      const row = await this.repository.findById(input.opportunityId, manager, true);
      if (!row) throw opportunityNotFound();
      const managed = new Set(await this.organizations.managedOrganizationIds(viewer.id, manager));
      const access: Access = { viewerId: viewer.id, managed, staff: isStaff(viewer) };
      if (canManage(row, access)) {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'OWN_OPPORTUNITY',
          'You cannot express interest in your own or your organization’s opportunity',
          'opportunityId',
        );
      }
      const blocked = row.organizationId
        ? new Set<string>()
        : await this.repository.blockedAmong(viewer.id, [row.posterId!], manager);
      const withheld = await this.repository.withheldAmong([row.id], manager);
      if (isBlocked(row, blocked) || withheld.has(row.id) || (!row.publishedAt && !access.staff)) {
        throw opportunityNotFound();
      }
      if (!isOpen(row)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'OPPORTUNITY_CLOSED',
          'This opportunity is no longer open',
          'opportunityId',
        );
      }
      if (input.organizationId && !managed.has(input.organizationId)) {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'ORGANIZATION_ROLE_REQUIRED',
          'organizationId must be an organization you own or administer',
          'organizationId',
        );
      }
      const values = {
        organizationId: input.organizationId ?? null,
        message: input.message ?? '',
      };
      const existing = await this.repository.findInterest(manager, row.id, viewer.id);
      if (existing?.status === 'ACTIVE') {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_INTERESTED',
          'You have already expressed interest in this opportunity',
          'opportunityId',
        );
      }
      let id: string;
      if (existing) {
        await this.repository.reactivateInterest(manager, existing.id, values);
        id = existing.id;
      } else {
        id = await this.repository.insertInterest(manager, {
          ...values,
          opportunityId: row.id,
          memberId: viewer.id,
        });
      }
      const recipients = new Set([
        ...(row.posterId ? [row.posterId] : []),
        ...(row.organizationId
          ? await this.organizations.managerIds(row.organizationId, manager)
          : []),
      ]);
      added.push(
        ...(await this.notifications.notify(
          manager,
          [...recipients].map((memberId) => ({
            memberId,
            type: 'OPPORTUNITY_INTEREST' as const,
            actorId: viewer.id,
            subjectId: row.id,
            data: {
              opportunityTitle: row.title,
              ...(forOrganization ? { organizationName: forOrganization.name } : {}),
            },
          })),
        )),
      );
      return id;
    });
    await this.notifications.publish(added);
    return this.requireInterest(interestId);
  }

  /** The viewer takes their interest back (the poster side still sees it, as withdrawn). */
  async withdrawInterest(viewer: Viewer, opportunityId: string): Promise<OpportunityInterest> {
    const id = await this.dataSource.transaction(async (manager) => {
      const interest = await this.repository.findInterest(manager, opportunityId, viewer.id);
      if (!interest) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'INTEREST_NOT_FOUND',
          'You have not expressed interest in this opportunity',
          'opportunityId',
        );
      }
      if (interest.status === 'ACTIVE') {
        await this.repository.updateInterest(manager, interest.id, { status: 'WITHDRAWN' });
      }
      return interest.id;
    });
    return this.requireInterest(id);
  }

  /** The poster side says what came of an interest (again to change it). */
  async recordOutcome(
    viewer: Viewer,
    input: RecordInterestOutcomeInput,
  ): Promise<OpportunityInterest> {
    await this.dataSource.transaction(async (manager) => {
      const interest = await this.repository.findInterestById(input.interestId, manager, true);
      const row = interest ? await this.repository.findById(interest.opportunityId, manager) : null;
      if (!interest || !row) throw interestNotFound();
      const managed = new Set(await this.organizations.managedOrganizationIds(viewer.id, manager));
      if (!canManage(row, { viewerId: viewer.id, managed, staff: false })) {
        if (isStaff(viewer) || interest.memberId === viewer.id) {
          throw new AppException(
            ErrorKind.FORBIDDEN,
            'POSTER_ONLY',
            'Only the poster side records what came of an interest',
            'interestId',
          );
        }
        throw interestNotFound();
      }
      await this.repository.updateInterest(manager, interest.id, {
        outcomeKind: input.kind,
        outcomeNote: input.note ?? '',
        outcomeRecordedAt: new Date(),
      });
    });
    return this.requireInterest(input.interestId);
  }

  /** Keeps an opportunity the viewer can see; saving it twice is saving it once. */
  async save(viewer: Viewer, opportunityId: string): Promise<Opportunity> {
    const opportunity = await this.requireView(opportunityId, viewer);
    await this.repository.save(viewer.id, opportunityId);
    return opportunity;
  }

  async unsave(viewer: Viewer, opportunityId: string): Promise<Opportunity> {
    const opportunity = await this.requireView(opportunityId, viewer);
    await this.repository.unsave(viewer.id, opportunityId);
    return opportunity;
  }

  // ---------------------------------------------------------------- account

  /** What the member posted, the interest they expressed and what they saved. */
  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  /** On account deletion, in its transaction: see the repository. */
  forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    return this.repository.forgetMember(manager, memberId);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The row, locked, for the poster side to change. Others who can see it (city staff, anyone
   * when it is published) are refused; to the rest it does not exist.
   */
  private async editable(
    manager: EntityManager,
    viewer: Viewer,
    opportunityId: string,
  ): Promise<OpportunityEntity> {
    const row = await this.repository.findById(opportunityId, manager, true);
    if (!row) throw opportunityNotFound();
    const managed = new Set(await this.organizations.managedOrganizationIds(viewer.id, manager));
    const access: Access = { viewerId: viewer.id, managed, staff: isStaff(viewer) };
    if (canManage(row, access)) return row;
    const withheld = await this.repository.withheldAmong([row.id], manager);
    if (access.staff || (isOpen(row) && !withheld.has(row.id))) {
      throw new AppException(
        ErrorKind.FORBIDDEN,
        'POSTER_ONLY',
        'Only its poster and the owners and admins of its organization may change it',
        'opportunityId',
      );
    }
    throw opportunityNotFound();
  }

  private async publishIn(manager: EntityManager, row: OpportunityEntity): Promise<void> {
    if (row.status !== 'DRAFT') {
      throw new AppException(
        ErrorKind.CONFLICT,
        'NOT_A_DRAFT',
        row.status === 'IN_REVIEW'
          ? 'This opportunity is waiting for review by city staff'
          : 'Only a draft can be published',
        'opportunityId',
      );
    }
    if (row.deadline && row.deadline.getTime() <= Date.now()) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'DEADLINE_PASSED',
        'deadline has passed: set a later one to publish',
        'deadline',
      );
    }
    if (await this.needsReview(manager, row)) {
      await this.repository.update(manager, row.id, {
        status: 'IN_REVIEW',
        reviewRequestedAt: new Date(),
      });
      return;
    }
    await this.repository.update(manager, row.id, {
      status: 'PUBLISHED',
      publishedAt: new Date(),
      reviewNote: null,
    });
  }

  /** As the city profile asks: some kinds, and posters who never had one published. */
  private async needsReview(manager: EntityManager, row: OpportunityEntity): Promise<boolean> {
    const review = this.city.opportunityReview;
    if (review.kinds.includes(row.kind)) return true;
    if (!review.newPosters) return false;
    const published = await this.repository.hasPublished(
      manager,
      row.organizationId ? { organizationId: row.organizationId } : { memberId: row.posterId! },
    );
    return !published;
  }

  /**
   * The fields to write: the input over what is there, checked against the kind and the city.
   * On update, `null` clears what may be empty and leaves the rest; `undefined` keeps.
   */
  private settle(
    kind: OpportunityKind,
    current: OpportunityEntity | undefined,
    input: CreateOpportunityInput | UpdateOpportunityInput,
  ): Settled {
    const pick = <T>(given: T | null | undefined, kept: T | null | undefined, none: T): T =>
      given !== undefined && given !== null ? given : given === null ? none : (kept ?? none);
    const keep = <T>(given: T | null | undefined, kept: T | null | undefined): T | null =>
      given !== undefined ? given : (kept ?? null);
    const settled: Settled = {
      title: input.title ?? current!.title,
      subkind: keep(input.subkind, current?.subkind),
      description: pick(input.description, current?.description, ''),
      eligibility: pick(input.eligibility, current?.eligibility, ''),
      sectors: unique(pick(input.sectors, current?.sectors, [])),
      stages: unique(pick(input.stages, current?.stages, [])),
      neighborhoods: unique(pick(input.neighborhoods, current?.neighborhoods, [])),
      remote: pick(input.remote, current?.remote, false),
      citywide: false,
      categories: unique([KIND_CATEGORY[kind], ...(input.categories ?? current?.categories ?? [])]),
      amountMin: keep(input.amountMin, current?.amountMin),
      amountMax: keep(input.amountMax, current?.amountMax),
      sizeSqFt: keep(input.sizeSqFt, current?.sizeSqFt),
      deadline: keep(input.deadline, current?.deadline),
      externalUrl: keep(input.externalUrl, current?.externalUrl),
    };
    const bad = (reason: string, message: string, field: string) =>
      new AppException(ErrorKind.BAD_USER_INPUT, reason, message, field);

    if (
      settled.subkind &&
      !(OPPORTUNITY_SUBKINDS[kind] as readonly string[]).includes(settled.subkind)
    ) {
      const allowed = OPPORTUNITY_SUBKINDS[kind];
      throw bad(
        'SUBKIND_NOT_OF_KIND',
        allowed.length
          ? `subkind of a ${kind} opportunity must be one of ${allowed.join(', ')}`
          : `A ${kind} opportunity has no subkind`,
        'subkind',
      );
    }
    if (kind !== 'FUNDING' && (settled.amountMin !== null || settled.amountMax !== null)) {
      throw bad(
        'AMOUNT_FOR_FUNDING_ONLY',
        'Only FUNDING opportunities have an amount range',
        settled.amountMin !== null ? 'amountMin' : 'amountMax',
      );
    }
    if (
      settled.amountMin !== null &&
      settled.amountMax !== null &&
      settled.amountMin > settled.amountMax
    ) {
      throw bad('AMOUNT_RANGE', 'amountMin must not be above amountMax', 'amountMin');
    }
    if (kind !== 'SPACE' && settled.sizeSqFt !== null) {
      throw bad('SIZE_FOR_SPACE_ONLY', 'Only SPACE opportunities have a size', 'sizeSqFt');
    }
    const unknown = settled.neighborhoods.find((slug) => !this.city.hasNeighborhood(slug));
    if (unknown) {
      throw bad(
        'UNKNOWN_NEIGHBORHOOD',
        `neighborhoods must be neighborhoods of the city (not ${unknown})`,
        'neighborhoods',
      );
    }
    // No place given (no neighborhood, not remote) means the whole city. A stored citywide
    // holds until the place changes; then it follows the new place unless given again.
    const placeChanged = input.neighborhoods !== undefined || input.remote !== undefined;
    const citywide = input.citywide ?? (placeChanged ? false : (current?.citywide ?? false));
    if (citywide && settled.neighborhoods.length > 0) {
      throw bad(
        'CITYWIDE_WITH_NEIGHBORHOODS',
        'A citywide opportunity lists no neighborhoods',
        'citywide',
      );
    }
    settled.citywide = settled.neighborhoods.length === 0 && (citywide || !settled.remote);
    if (input.deadline && input.deadline.getTime() <= Date.now()) {
      throw bad('DEADLINE_PASSED', 'deadline must be in the future', 'deadline');
    }
    if (settled.categories.length > MAX_CATEGORIES) {
      throw bad(
        'TOO_MANY_CATEGORIES',
        `categories lists at most ${MAX_CATEGORIES} needs, its kind’s included`,
        'categories',
      );
    }
    return settled;
  }

  private async access(viewer: Viewer | undefined): Promise<Access> {
    return { viewerId: viewer?.id, managed: await this.managedBy(viewer), staff: isStaff(viewer) };
  }

  /** The posters of members' own opportunities among `rows` on either side of a block. */
  private async blockedPosters(
    rows: OpportunityEntity[],
    viewer: Viewer | undefined,
  ): Promise<Set<string>> {
    if (!viewer) return new Set();
    const posters = rows.flatMap((row) =>
      !row.organizationId && row.posterId && row.posterId !== viewer.id ? [row.posterId] : [],
    );
    return this.repository.blockedAmong(viewer.id, [...new Set(posters)]);
  }

  private async requireView(id: string, viewer: Viewer): Promise<Opportunity> {
    const opportunity = await this.opportunity(viewer, id);
    if (!opportunity) throw opportunityNotFound();
    return opportunity;
  }

  private async requireInterest(id: string): Promise<OpportunityInterest> {
    const row = await this.repository.findInterestById(id);
    if (!row) throw interestNotFound();
    return toInterest(row);
  }
}

function isStaff(viewer: Viewer | undefined): boolean {
  return !!viewer?.roles.includes('STAFF');
}

/** Open to everyone: published, and its deadline (if any) not passed. */
function isOpen(row: Pick<OpportunityEntity, 'status' | 'deadline'>): boolean {
  return row.status === 'PUBLISHED' && (!row.deadline || row.deadline.getTime() > Date.now());
}

function canManage(
  row: Pick<OpportunityEntity, 'posterId' | 'organizationId'>,
  access: Access,
): boolean {
  if (!access.viewerId) return false;
  return (
    row.posterId === access.viewerId ||
    (row.organizationId !== null && access.managed.has(row.organizationId))
  );
}

/** A member's own opportunity, across a block with the viewer. */
function isBlocked(row: OpportunityEntity, blocked: ReadonlySet<string>): boolean {
  return !row.organizationId && !!row.posterId && blocked.has(row.posterId);
}

/** The poster side and staff read it in any status; others while it is open, unless withheld. */
function canRead(
  row: OpportunityEntity,
  access: Access,
  blocked: ReadonlySet<string>,
  withheld: ReadonlySet<string>,
): boolean {
  if (canManage(row, access) || access.staff) return true;
  return isOpen(row) && !isBlocked(row, blocked) && !withheld.has(row.id);
}

/** Closed and expired opportunities (by the sweep or by their deadline) stay as they are. */
function assertOpen(row: OpportunityEntity): void {
  const expired =
    row.status === 'EXPIRED' ||
    (row.status === 'PUBLISHED' && !!row.deadline && row.deadline.getTime() <= Date.now());
  if (row.status === 'CLOSED' || expired) {
    throw new AppException(
      ErrorKind.CONFLICT,
      'OPPORTUNITY_CLOSED',
      `This opportunity is ${expired ? 'expired' : 'closed'}`,
      'opportunityId',
    );
  }
}

/** The row as readers see it: PUBLISHED past its deadline reads EXPIRED before the sweep. */
function present(row: OpportunityEntity): Opportunity {
  const opportunity = toOpportunity(row);
  if (row.status === 'PUBLISHED' && row.deadline && row.deadline.getTime() <= Date.now()) {
    opportunity.status = 'EXPIRED';
    opportunity.closedAt = row.deadline;
  }
  return opportunity;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function opportunityNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'OPPORTUNITY_NOT_FOUND',
    'No such opportunity',
    'opportunityId',
  );
}

function interestNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'INTEREST_NOT_FOUND',
    'No such interest for you',
    'interestId',
  );
}
