import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { ConnectionsService } from '../connections/connections.service.js';
import { GraphRepository } from '../connections/graph.repository.js';
import { MembersService } from '../members/members.service.js';
import { MessagesService } from '../messages/messages.service.js';
import { StandingService } from '../standing/standing.service.js';
import type { Member } from '../members/profile.model.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import type {
  IntroductionEntity,
  IntroductionEventEntity,
  IntroductionOutcomeEntity,
  IntroductionRequestEntity,
} from './introduction.entity.js';
import {
  IntroductionRole,
  type IntroducerRecord,
  type Introduction,
  type IntroductionRequest,
  type IntroductionViewStatus,
} from './introduction.model.js';
import { INTRODUCTION_TTL_DAYS, type OutcomeKind } from './introduction.types.js';
import { IntroductionsRepository } from './introductions.repository.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often this process looks for introductions past their time (the update is idempotent). */
const EXPIRY_SWEEP_MS = 10 * 60 * 1000;

/**
 * Introductions: proposed by a connector (or someone connected to both), accepted by both sides
 * (double opt-in), then recorded with their outcomes. Requests for an introduction go to someone
 * connected to the member one wants to meet, who forwards or declines them.
 */
@Injectable()
export class IntroductionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IntroductionsService.name);
  private readonly sweep = new PeriodicJob(
    'Expiry sweep',
    EXPIRY_SWEEP_MS,
    () => this.expireDue(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntroductionsRepository,
    private readonly members: MembersService,
    private readonly graph: GraphRepository,
    private readonly connections: ConnectionsService,
    private readonly notifications: NotificationsService,
    private readonly messages: MessagesService,
    private readonly standing: StandingService,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  // ---------------------------------------------------------------- introductions

  async propose(
    viewer: Viewer,
    input: { memberAId: string; memberBId: string; note: string },
  ): Promise<Introduction> {
    const added: NotificationAdded[] = [];
    const id = await this.dataSource.transaction((manager) =>
      this.proposeIn(manager, viewer, input.memberAId, input.memberBId, input.note, added),
    );
    await this.notifications.publish(added);
    return this.requireView(id, viewer);
  }

  /** The checks and the insert of a proposal, in the caller's transaction; both sides are told. */
  private async proposeIn(
    manager: EntityManager,
    viewer: Viewer,
    memberAId: string,
    memberBId: string,
    note: string,
    added: NotificationAdded[],
  ): Promise<string> {
    if (memberAId === memberBId) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'SAME_MEMBER',
        'memberBId must be someone other than memberAId',
        'memberBId',
      );
    }
    if (viewer.id === memberAId || viewer.id === memberBId) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'INTRODUCE_SELF',
        'You cannot introduce yourself; ask for an introduction instead',
        viewer.id === memberAId ? 'memberAId' : 'memberBId',
      );
    }
    await this.standing.assertMayAct(manager, viewer.id, 'introductions');
    await this.liveMember(manager, memberAId, 'memberAId');
    await this.liveMember(manager, memberBId, 'memberBId');
    const introducer = await this.members.findById(viewer.id, manager);
    const isConnector = !!introducer?.roles.includes('CONNECTOR');
    const knowsBoth =
      (await this.graph.isConnected(viewer.id, memberAId, manager)) &&
      (await this.graph.isConnected(viewer.id, memberBId, manager));
    if (!isConnector && !knowsBoth) {
      throw new AppException(
        ErrorKind.FORBIDDEN,
        'INTRODUCER_NOT_CONNECTED',
        'Only connectors, or members connected to both, can introduce them',
      );
    }
    for (const [a, b] of [
      [memberAId, memberBId],
      [viewer.id, memberAId],
      [viewer.id, memberBId],
    ] as const) {
      if (await this.graph.isBlockedEitherWay(a, b, manager)) throw notPossible();
    }
    if (await this.graph.isConnected(memberAId, memberBId, manager)) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'ALREADY_CONNECTED',
        'They are already connected',
        'memberBId',
      );
    }
    if (await this.repository.openBetween(manager, memberAId, memberBId)) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'INTRODUCTION_PENDING',
        'An introduction of these two is already waiting for answers',
        'memberBId',
      );
    }
    const introduction = await this.repository.insert(manager, {
      introducerId: viewer.id,
      memberAId,
      memberBId,
      note,
      expiresAt: new Date(Date.now() + INTRODUCTION_TTL_DAYS * DAY_MS),
    });
    await this.repository.addEvent(manager, introduction.id, 'PROPOSED', viewer.id);
    added.push(
      ...(await this.notifications.notify(
        manager,
        [memberAId, memberBId].map((memberId) => ({
          memberId,
          type: 'INTRODUCTION_PROPOSED' as const,
          actorId: viewer.id,
          subjectId: introduction.id,
        })),
      )),
    );
    return introduction.id;
  }

  /** One side answers; when both have accepted they are connected and it is complete. */
  async answer(viewer: Viewer, introductionId: string, accept: boolean): Promise<Introduction> {
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const intro = await this.repository.findById(introductionId, manager, true);
      const side =
        intro?.memberAId === viewer.id ? 'A' : intro?.memberBId === viewer.id ? 'B' : null;
      if (!intro || !side) throw introductionNotFound();
      if (intro.status !== 'PROPOSED' || intro.expiresAt.getTime() <= Date.now()) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'INTRODUCTION_CLOSED',
          'This introduction is no longer waiting for answers',
          'introductionId',
        );
      }
      if ((side === 'A' ? intro.answerA : intro.answerB) !== null) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_ANSWERED',
          'You have already answered this introduction',
          'introductionId',
        );
      }
      const answer = accept ? 'ACCEPTED' : 'DECLINED';
      const answers = {
        answerA: side === 'A' ? answer : intro.answerA,
        answerB: side === 'B' ? answer : intro.answerB,
      };
      await this.repository.addEvent(manager, intro.id, answer, viewer.id);
      if (!accept) {
        await this.repository.update(manager, intro.id, { ...answers, status: 'DECLINED' });
        return;
      }
      if (answers.answerA === 'ACCEPTED' && answers.answerB === 'ACCEPTED') {
        if (await this.graph.isBlockedEitherWay(intro.memberAId, intro.memberBId, manager)) {
          throw notPossible();
        }
        await this.connections.connectIn(manager, intro.memberAId, intro.memberBId);
        await this.repository.update(manager, intro.id, {
          ...answers,
          status: 'COMPLETED',
          completedAt: new Date(),
        });
        await this.repository.addEvent(manager, intro.id, 'COMPLETED', null);
        // All three hear of it: each side with the other as the one it is about.
        added.push(
          ...(await this.notifications.notify(
            manager,
            [
              [intro.memberAId, intro.memberBId],
              [intro.memberBId, intro.memberAId],
              [intro.introducerId, viewer.id],
            ].map(([memberId, actorId]) => ({
              memberId,
              type: 'INTRODUCTION_COMPLETED' as const,
              actorId,
              subjectId: intro.id,
            })),
          )),
        );
        // The three of them can talk at once, starting from the introducer's note.
        await this.messages.openIntroductionConversation(manager, intro);
        return;
      }
      await this.repository.update(manager, intro.id, answers);
    });
    await this.notifications.publish(added);
    return this.requireView(introductionId, viewer);
  }

  /** Either party of a completed introduction says what came of it (again to change it). */
  async recordOutcome(
    viewer: Viewer,
    input: { introductionId: string; kind: OutcomeKind; note?: string },
  ): Promise<Introduction> {
    await this.dataSource.transaction(async (manager) => {
      const intro = await this.repository.findById(input.introductionId, manager, true);
      if (!intro || (intro.memberAId !== viewer.id && intro.memberBId !== viewer.id)) {
        throw introductionNotFound();
      }
      if (intro.status !== 'COMPLETED') {
        throw new AppException(
          ErrorKind.CONFLICT,
          'INTRODUCTION_NOT_COMPLETED',
          'Outcomes are recorded once both sides have accepted',
          'introductionId',
        );
      }
      await this.repository.saveOutcome(manager, intro.id, viewer.id, input.kind, input.note ?? '');
    });
    return this.requireView(input.introductionId, viewer);
  }

  async introduction(viewer: Viewer, id: string): Promise<Introduction | null> {
    const intro = await this.repository.findById(id);
    if (!intro || !involves(intro, viewer.id)) return null;
    return (await this.views([intro], viewer))[0] ?? null;
  }

  async page(
    viewer: Viewer,
    role: IntroductionRole,
    first: number,
    after: string | undefined,
  ): Promise<Page<Introduction>> {
    const rows = await this.repository.page(viewer.id, role, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: await this.views(page, viewer), pageInfo };
  }

  /** A connector's record: theirs to see, and city staff's. */
  async record(viewer: Viewer, memberId: string | undefined): Promise<IntroducerRecord> {
    const whose = memberId ?? viewer.id;
    if (whose !== viewer.id && !viewer.roles.includes('STAFF')) {
      throw new AppException(
        ErrorKind.FORBIDDEN,
        'RECORD_PRIVATE',
        "Only the introducer and city staff see an introducer's record",
        'memberId',
      );
    }
    return (await this.records([whose])).get(whose)!;
  }

  /**
   * Many introducers' records, keyed by member id, in one query whatever their number (for city
   * staff's overview of the connectors). Callers check who may see them.
   */
  async records(memberIds: readonly string[]): Promise<Map<string, IntroducerRecord>> {
    const rows = await this.repository.recordsOf([...new Set(memberIds)]);
    return new Map(
      memberIds.map((id) => {
        const own = rows.filter((row) => row.introducerId === id);
        const statuses = own.filter((row) => row.part === 'STATUS');
        const count = (status: string) => statuses.find((s) => s.key === status)?.count ?? 0;
        const record: IntroducerRecord = {
          made: statuses.reduce((sum, s) => sum + s.count, 0),
          waiting: count('PROPOSED'),
          completed: count('COMPLETED'),
          notNow: count('DECLINED'),
          expired: count('EXPIRED'),
          outcomes: own
            .filter((row) => row.part === 'OUTCOME')
            .map((row) => ({ kind: row.key as OutcomeKind, count: row.count })),
        };
        return [id, record];
      }),
    );
  }

  /** Marks introductions past their 14 days as expired; safe to run from several processes. */
  async expireDue(): Promise<number> {
    const ids = await this.dataSource.transaction((manager) => this.repository.expireDue(manager));
    if (ids.length > 0) this.logger.log(`Expired ${ids.length} introduction(s)`);
    return ids.length;
  }

  // ---------------------------------------------------------------- requests

  async request(
    viewer: Viewer,
    input: { introducerId: string; targetId: string; reason: string },
  ): Promise<IntroductionRequest> {
    const { introducerId, targetId } = input;
    if (introducerId === viewer.id || targetId === viewer.id || introducerId === targetId) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'THREE_PEOPLE',
        'An introduction needs three different people',
        introducerId === viewer.id || introducerId === targetId ? 'introducerId' : 'targetId',
      );
    }
    const added: NotificationAdded[] = [];
    const id = await this.dataSource.transaction(async (manager) => {
      await this.standing.assertMayAct(manager, viewer.id, 'introductions');
      const introducer = await this.liveMember(manager, introducerId, 'introducerId');
      await this.liveMember(manager, targetId, 'targetId');
      for (const [a, b] of [
        [viewer.id, introducerId],
        [viewer.id, targetId],
        [introducerId, targetId],
      ] as const) {
        if (await this.graph.isBlockedEitherWay(a, b, manager)) throw notPossible();
      }
      if (!(await this.graph.isConnected(introducerId, targetId, manager))) {
        throw new AppException(
          ErrorKind.BAD_USER_INPUT,
          'INTRODUCER_NOT_CONNECTED',
          'introducerId must be connected to the member you want to meet',
          'introducerId',
        );
      }
      const knowsIntroducer = await this.graph.isConnected(viewer.id, introducerId, manager);
      if (!knowsIntroducer && !introducer.roles.includes('CONNECTOR')) {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'NOT_CONNECTED_TO_INTRODUCER',
          'Ask a connection of yours, or a connector',
          'introducerId',
        );
      }
      if (await this.graph.isConnected(viewer.id, targetId, manager)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_CONNECTED',
          'You are already connected to this member',
          'targetId',
        );
      }
      if (await this.repository.pendingRequestExists(manager, viewer.id, introducerId, targetId)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'REQUEST_PENDING',
          'You have already asked them for this introduction',
          'targetId',
        );
      }
      const request = await this.repository.insertRequest(manager, {
        requesterId: viewer.id,
        introducerId,
        targetId,
        reason: input.reason,
      });
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId: introducerId,
          type: 'INTRODUCTION_REQUESTED',
          actorId: viewer.id,
          subjectId: request.id,
        })),
      );
      return request.id;
    });
    await this.notifications.publish(added);
    return this.requireRequestView(id, viewer);
  }

  /** The introducer passes the request on as a proposal to both. */
  async forwardRequest(
    viewer: Viewer,
    requestId: string,
    note: string | undefined,
  ): Promise<IntroductionRequest> {
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const request = await this.pendingRequestFor(manager, viewer, requestId);
      const introductionId = await this.proposeIn(
        manager,
        viewer,
        request.requesterId,
        request.targetId,
        note || request.reason,
        added,
      );
      await this.repository.updateRequest(manager, request.id, {
        status: 'FORWARDED',
        introductionId,
        answeredAt: new Date(),
      });
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId: request.requesterId,
          type: 'INTRODUCTION_REQUEST_ANSWERED',
          actorId: viewer.id,
          subjectId: request.id,
          data: { answer: 'FORWARDED', introductionId },
        })),
      );
    });
    await this.notifications.publish(added);
    return this.requireRequestView(requestId, viewer);
  }

  async declineRequest(
    viewer: Viewer,
    requestId: string,
    note: string | undefined,
  ): Promise<IntroductionRequest> {
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const request = await this.pendingRequestFor(manager, viewer, requestId);
      await this.repository.updateRequest(manager, request.id, {
        status: 'DECLINED',
        answerNote: note ?? '',
        answeredAt: new Date(),
      });
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId: request.requesterId,
          type: 'INTRODUCTION_REQUEST_ANSWERED',
          actorId: viewer.id,
          subjectId: request.id,
          data: { answer: 'DECLINED' },
        })),
      );
    });
    await this.notifications.publish(added);
    return this.requireRequestView(requestId, viewer);
  }

  async requests(
    viewer: Viewer,
    role: 'REQUESTER' | 'INTRODUCER',
    first: number,
    after: string | undefined,
  ): Promise<Page<IntroductionRequest>> {
    const rows = await this.repository.pageOfRequests(viewer.id, role, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: await this.requestViews(page, viewer), pageInfo };
  }

  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  // ---------------------------------------------------------------- views

  private async requireView(id: string, viewer: Viewer): Promise<Introduction> {
    const view = await this.introduction(viewer, id);
    if (!view) throw introductionNotFound();
    return view;
  }

  /** Introductions as the viewer may see them, in a fixed number of queries. */
  private async views(rows: IntroductionEntity[], viewer: Viewer): Promise<Introduction[]> {
    const ids = rows.map((row) => row.id);
    const [events, outcomes, people] = await Promise.all([
      this.repository.eventsOf(ids),
      this.repository.outcomesOf(ids),
      this.members.profileMap(
        rows.flatMap((row) => [row.introducerId, row.memberAId, row.memberBId]),
        viewer,
      ),
    ]);
    return rows.map((row) => toView(row, viewer.id, events, outcomes, people));
  }

  private async requireRequestView(id: string, viewer: Viewer): Promise<IntroductionRequest> {
    const request = await this.repository.findRequest(this.dataSource.manager, id);
    if (!request || (request.requesterId !== viewer.id && request.introducerId !== viewer.id)) {
      throw requestNotFound();
    }
    return (await this.requestViews([request], viewer))[0];
  }

  private async requestViews(
    rows: IntroductionRequestEntity[],
    viewer: Viewer,
  ): Promise<IntroductionRequest[]> {
    const people = await this.members.profileMap(
      rows.flatMap((row) => [row.requesterId, row.introducerId, row.targetId]),
      viewer,
    );
    return rows.map((row) => ({
      id: row.id,
      requester: people.get(row.requesterId) ?? null,
      introducer: people.get(row.introducerId) ?? null,
      target: people.get(row.targetId) ?? null,
      reason: row.reason,
      status: row.status,
      answerNote: row.answerNote,
      introductionId: row.introductionId,
      createdAt: row.createdAt,
    }));
  }

  private async pendingRequestFor(
    manager: EntityManager,
    viewer: Viewer,
    requestId: string,
  ): Promise<IntroductionRequestEntity> {
    const request = await this.repository.findRequest(manager, requestId, true);
    if (!request || request.introducerId !== viewer.id) throw requestNotFound();
    if (request.status !== 'PENDING') {
      throw new AppException(
        ErrorKind.CONFLICT,
        'REQUEST_ANSWERED',
        'You have already answered this request',
        'requestId',
      );
    }
    return request;
  }

  /** A live member others may reach (one hidden or suspended now does not exist to them). */
  private async liveMember(manager: EntityManager, id: string, field: string) {
    const member = await this.members.findById(id, manager);
    if (!member || member.deletedAt || this.members.isWithheld(member)) {
      throw new AppException(ErrorKind.NOT_FOUND, 'MEMBER_NOT_FOUND', 'No such member', field);
    }
    return member;
  }
}

function involves(intro: IntroductionEntity, memberId: string): boolean {
  return [intro.introducerId, intro.memberAId, intro.memberBId].includes(memberId);
}

/** The status as this viewer may see it: a decline is "not now" except to the one who made it. */
function viewStatus(intro: IntroductionEntity, viewerId: string): IntroductionViewStatus {
  if (intro.status === 'DECLINED') {
    const declinedByViewer =
      (intro.memberAId === viewerId && intro.answerA === 'DECLINED') ||
      (intro.memberBId === viewerId && intro.answerB === 'DECLINED');
    return declinedByViewer ? 'DECLINED' : 'NOT_NOW';
  }
  if (intro.status === 'PROPOSED') {
    if (intro.expiresAt.getTime() <= Date.now()) return 'EXPIRED';
    return intro.answerA === 'ACCEPTED' || intro.answerB === 'ACCEPTED'
      ? 'ACCEPTED_BY_ONE'
      : 'PROPOSED';
  }
  return intro.status;
}

function toView(
  row: IntroductionEntity,
  viewerId: string,
  events: IntroductionEventEntity[],
  outcomes: IntroductionOutcomeEntity[],
  people: Map<string, Member>,
): Introduction {
  // The second acceptance is the completion itself: one step, not two.
  const own = events.filter((event) => event.introductionId === row.id);
  const firstAcceptance = own.find((event) => event.kind === 'ACCEPTED');
  const history = own
    .filter((event) => event.kind !== 'ACCEPTED' || event === firstAcceptance)
    .map((event) => ({
      status: eventStatus(event, viewerId),
      occurredAt: event.occurredAt,
    }));
  return {
    id: row.id,
    introducer: people.get(row.introducerId) ?? null,
    memberA: people.get(row.memberAId) ?? null,
    memberB: people.get(row.memberBId) ?? null,
    note: row.note,
    status: viewStatus(row, viewerId),
    viewerAnswer:
      row.memberAId === viewerId ? row.answerA : row.memberBId === viewerId ? row.answerB : null,
    viewerRole:
      row.introducerId === viewerId ? IntroductionRole.INTRODUCER : IntroductionRole.PARTICIPANT,
    history,
    outcomes: outcomes
      .filter((outcome) => outcome.introductionId === row.id)
      .map((outcome) => ({
        member: people.get(outcome.memberId) ?? null,
        kind: outcome.kind,
        note: outcome.note,
        recordedAt: outcome.recordedAt,
      })),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    completedAt: row.completedAt,
  };
}

function eventStatus(event: IntroductionEventEntity, viewerId: string): IntroductionViewStatus {
  switch (event.kind) {
    case 'ACCEPTED':
      return 'ACCEPTED_BY_ONE';
    case 'DECLINED':
      return event.actorId === viewerId ? 'DECLINED' : 'NOT_NOW';
    default:
      return event.kind;
  }
}

function notPossible(): AppException {
  return new AppException(
    ErrorKind.FORBIDDEN,
    'INTRODUCTION_NOT_POSSIBLE',
    'This introduction cannot be made',
  );
}

function introductionNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'INTRODUCTION_NOT_FOUND',
    'No such introduction for you',
    'introductionId',
  );
}

function requestNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'REQUEST_NOT_FOUND',
    'No such introduction request for you',
    'requestId',
  );
}
