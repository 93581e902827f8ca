import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import { CATEGORY_PHRASES } from '../../common/taxonomy/need-offer-categories.js';
import type { MemberEntity } from '../members/member.entity.js';
import { MembersService, type MatchFacts } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import { isStaff } from '../members/standing.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import { StandingService } from '../standing/standing.service.js';
import type { ConnectionRequestEntity } from './connection.entity.js';
import type {
  ConnectionRequest,
  ConnectionState,
  IntroductionPath,
  PersonSuggestion,
  Reason,
  ViewerConnection,
} from './connection.model.js';
import { ConnectionsRepository } from './connections.repository.js';
import { GraphRepository } from './graph.repository.js';

/** How many second-degree members people-you-may-know ranks before keeping the best. */
const SUGGESTION_POOL = 200;
/**
 * People-you-may-know looks through this many of the viewer's most recent connections: exact for
 * most members, and a connector with thousands of connections costs no more than a member with
 * a hundred (the counts shown are then counted in full).
 */
export const SUGGESTION_SOURCES = 100;

/**
 * Connections, requests, blocks and the graph queries built on them. Every write runs in one
 * transaction and checks who may make it; blocks hide members from each other everywhere.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConnectionsRepository,
    private readonly graph: GraphRepository,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly standing: StandingService,
  ) {}

  // ---------------------------------------------------------------- requests

  /**
   * Sends a request, or connects at once when the other member had already asked. Refusals for a
   * block against the viewer read exactly like a privacy refusal, so a block is never revealed.
   */
  async request(viewer: Viewer, memberId: string, note = ''): Promise<Member> {
    if (memberId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'CANNOT_CONNECT_TO_SELF',
        'You cannot connect to yourself',
        'memberId',
      );
    }
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockMember(manager, viewer.id);
      const sender = await this.members.findById(viewer.id, manager);
      const target = await this.liveMember(memberId, manager);
      if (!sender || sender.deletedAt) throw signInRequired();
      if (await this.repository.hasBlocked(viewer.id, memberId, manager)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'MEMBER_BLOCKED',
          'You blocked this member; unblock them first',
          'memberId',
        );
      }
      if (await this.graph.isConnected(viewer.id, memberId, manager)) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_CONNECTED',
          'You are already connected',
          'memberId',
        );
      }
      const open = await this.repository.openBetween(manager, viewer.id, memberId);
      if (open.fromA) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'REQUEST_PENDING',
          'Your request is already waiting for an answer',
          'memberId',
        );
      }
      if (await this.repository.hasBlocked(memberId, viewer.id, manager)) throw notAccepting();
      if (open.fromB) {
        // They asked first: both want it, so connect.
        await this.repository.connect(manager, viewer.id, memberId);
        await this.repository.closeBetween(manager, viewer.id, memberId, 'ACCEPTED');
        added.push(
          ...(await this.notifications.notify(manager, {
            memberId,
            type: 'CONNECTION_ACCEPTED',
            actorId: viewer.id,
            subjectId: open.fromB.id,
          })),
        );
        return;
      }
      const audience = target.privacy?.connectionRequests ?? 'ANYONE';
      if (audience === 'NOBODY') throw notAccepting();
      if (audience === 'SECOND_DEGREE') {
        const mutual = await this.graph.mutualConnections(viewer.id, memberId, 1, manager);
        if (mutual.length === 0) throw notAccepting();
      }
      // A request reaches someone who did not ask (its note is a message): a restricted member
      // cannot send one, and new accounts send a few a day.
      await this.standing.assertMayAct(manager, viewer.id, 'connectionRequests');
      const request = await this.repository.insertRequest(manager, {
        senderId: viewer.id,
        recipientId: memberId,
        note,
      });
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId,
          type: 'CONNECTION_REQUESTED',
          actorId: viewer.id,
          subjectId: request.id,
        })),
      );
    });
    await this.notifications.publish(added);
    return this.requireProfile(memberId, viewer);
  }

  async accept(viewer: Viewer, requestId: string): Promise<Member> {
    const added: NotificationAdded[] = [];
    const senderId = await this.dataSource.transaction(async (manager) => {
      const request = await this.repository.findRequest(manager, requestId, true);
      if (!request || request.recipientId !== viewer.id || request.status !== 'PENDING') {
        throw requestNotFound();
      }
      await this.liveMember(request.senderId, manager, 'requestId');
      await this.repository.connect(manager, request.senderId, viewer.id);
      await this.repository.closeBetween(manager, request.senderId, viewer.id, 'ACCEPTED');
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId: request.senderId,
          type: 'CONNECTION_ACCEPTED',
          actorId: viewer.id,
          subjectId: request.id,
        })),
      );
      return request.senderId;
    });
    await this.notifications.publish(added);
    return this.requireProfile(senderId, viewer);
  }

  /** The sender is not told: to them the request still looks pending. */
  async decline(viewer: Viewer, requestId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.repository.findRequest(manager, requestId, true);
      if (!request || request.recipientId !== viewer.id || request.status !== 'PENDING') {
        throw requestNotFound();
      }
      await this.repository.setStatus(manager, request.id, 'DECLINED');
    });
    return true;
  }

  async withdraw(viewer: Viewer, requestId: string): Promise<Member | null> {
    const recipientId = await this.dataSource.transaction(async (manager) => {
      const request = await this.repository.findRequest(manager, requestId, true);
      if (
        !request ||
        request.senderId !== viewer.id ||
        (request.status !== 'PENDING' && request.status !== 'DECLINED')
      ) {
        throw requestNotFound();
      }
      await this.repository.setStatus(manager, request.id, 'WITHDRAWN');
      await this.notifications.retract(manager, 'CONNECTION_REQUESTED', request.id);
      return request.recipientId;
    });
    return (await this.members.profiles([recipientId], viewer))[0] ?? null;
  }

  async remove(viewer: Viewer, memberId: string): Promise<Member | null> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.disconnect(manager, viewer.id, memberId))) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'NOT_CONNECTED',
          'You are not connected to this member',
          'memberId',
        );
      }
    });
    return (await this.members.profiles([memberId], viewer))[0] ?? null;
  }

  /** Blocking ends the connection and any open request; nobody is told. */
  async block(viewer: Viewer, memberId: string): Promise<boolean> {
    if (memberId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'CANNOT_BLOCK_SELF',
        'You cannot block yourself',
        'memberId',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await this.liveMember(memberId, manager, 'memberId', true);
      await this.repository.block(manager, viewer.id, memberId);
      await this.repository.disconnect(manager, viewer.id, memberId);
      await this.repository.closeBetween(manager, viewer.id, memberId, 'WITHDRAWN');
    });
    return true;
  }

  async unblock(viewer: Viewer, memberId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.unblock(manager, viewer.id, memberId))) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'NOT_BLOCKED',
          'You have not blocked this member',
          'memberId',
        );
      }
    });
    return true;
  }

  async dismissSuggestion(viewer: Viewer, memberId: string): Promise<boolean> {
    if (memberId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'CANNOT_DISMISS_SELF',
        'You cannot dismiss yourself',
        'memberId',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await this.liveMember(memberId, manager);
      await this.repository.dismiss(manager, viewer.id, memberId);
    });
    return true;
  }

  // ---------------------------------------------------------------- reads

  async requests(
    viewer: Viewer,
    direction: 'RECEIVED' | 'SENT',
    first: number,
    after: string | undefined,
  ): Promise<Page<ConnectionRequest>> {
    const rows = await this.repository.pageOfRequests(
      viewer.id,
      direction,
      first,
      after,
      isStaff(viewer),
    );
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    const profiles = await this.members.profileMap(
      page.flatMap((row) => [row.senderId, row.recipientId]),
      viewer,
    );
    const nodes = page.flatMap((row) => {
      const sender = profiles.get(row.senderId);
      const recipient = profiles.get(row.recipientId);
      return sender && recipient ? [toRequest(row, sender, recipient)] : [];
    });
    return { nodes, pageInfo };
  }

  /**
   * A member's connections: your own, or those of a member you are connected to (as on other
   * professional networks, connections see each other's connections).
   */
  async connections(
    viewer: Viewer,
    memberId: string | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Page<Member>> {
    const whose = memberId ?? viewer.id;
    if (whose !== viewer.id) {
      const visible = (await this.members.profiles([whose], viewer)).length > 0;
      if (!visible) throw memberNotFound();
      if (!(await this.graph.isConnected(viewer.id, whose))) {
        throw new AppException(
          ErrorKind.FORBIDDEN,
          'CONNECTIONS_PRIVATE',
          "Only a member's connections see their connections",
          'memberId',
        );
      }
    }
    const rows = await this.repository.pageOfConnections(
      whose,
      viewer.id,
      first,
      after,
      isStaff(viewer),
    );
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.otherId,
    ]);
    const nodes = await this.members.profiles(
      page.map((row) => row.otherId),
      viewer,
    );
    return { nodes, pageInfo };
  }

  async mutualConnections(viewer: Viewer, memberId: string, first: number): Promise<Member[]> {
    if ((await this.members.profiles([memberId], viewer)).length === 0) throw memberNotFound();
    const ids = await this.graph.mutualConnections(viewer.id, memberId, first);
    return this.members.profiles(ids, viewer);
  }

  async blockedMembers(viewer: Viewer) {
    const rows = await this.repository.blockedBy(viewer.id);
    return rows.map((row) => ({ id: row.id, handle: row.handle, displayName: row.display_name }));
  }

  /**
   * Second-degree members, ranked by shared connections, shared sectors, a shared neighborhood,
   * and needs and offers that meet (either way), each with the reasons in plain words.
   */
  async peopleYouMayKnow(viewer: Viewer, first: number): Promise<PersonSuggestion[]> {
    const { candidates, complete } = await this.graph.secondDegree(
      viewer.id,
      SUGGESTION_POOL,
      SUGGESTION_SOURCES,
    );
    if (candidates.length === 0) return [];
    const facts = await this.members.matchFacts([viewer.id, ...candidates.map((c) => c.id)]);
    const me = facts.get(viewer.id);
    if (!me) return [];
    const ranked = candidates
      .flatMap((candidate) => {
        const them = facts.get(candidate.id);
        return them ? [{ candidate, them, ...suggestionScore(me, them, candidate.mutual) }] : [];
      })
      .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id))
      .slice(0, first);
    const ids = ranked.map((entry) => entry.candidate.id);
    // Counted through the recent connections only: the shown ones are counted in full.
    const [exact, profiles] = await Promise.all([
      complete ? Promise.resolve(null) : this.graph.mutualCounts(viewer.id, ids),
      this.members.profileMap(ids, viewer),
    ]);
    return ranked.flatMap(({ candidate, them, reasons }) => {
      const member = profiles.get(candidate.id);
      if (!member) return [];
      const mutual = exact?.get(candidate.id) ?? candidate.mutual;
      return [
        {
          member,
          mutualConnectionCount: mutual,
          reasons: exact ? suggestionScore(me, them, mutual).reasons : reasons,
        },
      ];
    });
  }

  /**
   * The shortest chain of connections from the viewer to a member, up to three hops, through
   * connectors where there is a choice. A bidirectional search: the viewer's connections and the
   * member's connections are read once each, and the middle hop is one indexed lookup between
   * the two sets; nothing recursive runs.
   */
  async introductionPath(viewer: Viewer, memberId: string): Promise<IntroductionPath | null> {
    if (memberId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'PATH_TO_SELF',
        'memberId must be someone else',
        'memberId',
      );
    }
    if ((await this.members.profiles([memberId], viewer)).length === 0) throw memberNotFound();
    const ids = await this.shortestPath(viewer.id, memberId);
    if (!ids) return null;
    const members = await this.members.profiles(ids, viewer);
    // Someone in the middle may be hidden from the viewer by a block: no path through them.
    return members.length === ids.length ? { members, degree: ids.length - 1 } : null;
  }

  /** Member ids from `from` to `to`, or null beyond three hops. */
  async shortestPath(from: string, to: string): Promise<string[] | null> {
    const hidden = await this.graph.hiddenFrom(from);
    const around = await this.graph.neighbors([from, to]);
    const mine = (around.get(from) ?? []).filter((id) => !hidden.has(id));
    if (mine.includes(to)) return [from, to];
    const theirs = (around.get(to) ?? []).filter((id) => !hidden.has(id) && id !== from);
    const theirSet = new Set(theirs);
    const common = mine.filter((id) => theirSet.has(id));
    if (common.length > 0) {
      const connectors = await this.graph.connectorsAmong(common);
      const best = [...common].sort(
        (a, b) => Number(connectors.has(b)) - Number(connectors.has(a)) || a.localeCompare(b),
      )[0];
      return [from, best, to];
    }
    // Probe from the smaller side; edges are stored both ways, so either direction finds them.
    const [small, large] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    const edges = await this.graph.reachableFrom(small, large);
    if (edges.length === 0) return null;
    const mineSet = new Set(mine);
    const pairs = edges.map((edge) =>
      mineSet.has(edge.member_id)
        ? { near: edge.member_id, far: edge.other_id }
        : { near: edge.other_id, far: edge.member_id },
    );
    const connectors = await this.graph.connectorsAmong([
      ...new Set(pairs.flatMap((pair) => [pair.near, pair.far])),
    ]);
    // The first hop matters most: it is who the viewer asks for the introduction.
    const weight = (pair: { near: string; far: string }) =>
      2 * Number(connectors.has(pair.near)) + Number(connectors.has(pair.far));
    const best = pairs.sort(
      (a, b) => weight(b) - weight(a) || a.near.localeCompare(b.near) || a.far.localeCompare(b.far),
    )[0];
    return [from, best.near, best.far, to];
  }

  /** Connects two members in the caller's transaction (an introduction both accepted). */
  async connectIn(manager: EntityManager, a: string, b: string): Promise<void> {
    await this.repository.connect(manager, a, b);
    await this.repository.closeBetween(manager, a, b, 'ACCEPTED');
  }

  /** For the member's data export, in the export's transaction. */
  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  // ---------------------------------------------------------------- per-member fields, batched

  /**
   * Degrees (1, 2, 3, or null) from the viewer to many members, for any number of them in three
   * queries bounded by the members asked about; a fourth reads the viewer's connections only when
   * some of them are further than two hops.
   */
  async degrees(viewerId: string, ids: readonly string[]): Promise<(number | null)[]> {
    const [hidden, first] = await Promise.all([
      this.graph.hiddenFrom(viewerId),
      this.graph.connectedAmong(viewerId, ids),
    ]);
    const rest = ids.filter((id) => id !== viewerId && !first.has(id) && !hidden.has(id));
    // A block ends the connection, so every shared connection is a visible one.
    const second = new Set((await this.graph.mutualCounts(viewerId, rest)).keys());
    const further = rest.filter((id) => !second.has(id));
    let third = new Set<string>();
    if (further.length > 0) {
      const mine = ((await this.graph.neighbors([viewerId])).get(viewerId) ?? []).filter(
        (id) => !hidden.has(id),
      );
      third = await this.graph.twoHopsFrom(mine, further);
    }
    return ids.map((id) =>
      id === viewerId || hidden.has(id)
        ? null
        : first.has(id)
          ? 1
          : second.has(id)
            ? 2
            : third.has(id)
              ? 3
              : null,
    );
  }

  async mutualCounts(viewerId: string, ids: readonly string[]): Promise<(number | null)[]> {
    const counts = await this.graph.mutualCounts(viewerId, ids);
    return ids.map((id) => (id === viewerId ? null : (counts.get(id) ?? 0)));
  }

  /** Where the viewer stands with each member, and whether a request may be sent now. */
  async viewerConnections(viewerId: string, ids: readonly string[]): Promise<ViewerConnection[]> {
    const standings = await this.repository.standingsWith(viewerId, ids);
    return ids.map((id) => {
      if (id === viewerId) {
        return { state: 'SELF', requestId: null, canRequest: false, blocked: false };
      }
      const standing = standings.get(id);
      const request = standing?.request ?? null;
      const state: ConnectionState = standing?.connected
        ? 'CONNECTED'
        : request?.sentByViewer
          ? 'REQUEST_SENT'
          : request
            ? 'REQUEST_RECEIVED'
            : 'NONE';
      const audience = standing?.audience ?? 'ANYONE';
      const canRequest =
        state === 'NONE' &&
        !!standing &&
        !standing.blockedByViewer &&
        !standing.blocksViewer &&
        (audience === 'ANYONE' || (audience === 'SECOND_DEGREE' && standing.sharesConnection));
      return {
        state,
        requestId: state === 'CONNECTED' ? null : (request?.id ?? null),
        canRequest,
        blocked: standing?.blockedByViewer ?? false,
      };
    });
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A live member the viewer may reach: a member hidden or suspended now does not exist to
   * others, except to be blocked (`withheldToo`), which protects the viewer when they are back.
   */
  private async liveMember(
    id: string,
    manager: EntityManager,
    field = 'memberId',
    withheldToo = false,
  ): Promise<MemberEntity> {
    const member = await this.members.findById(id, manager);
    if (!member || member.deletedAt) throw memberNotFound(field);
    if (!withheldToo && this.members.isWithheld(member)) throw memberNotFound(field);
    return member;
  }

  private async requireProfile(id: string, viewer: Viewer): Promise<Member> {
    const [member] = await this.members.profiles([id], viewer);
    if (!member) throw memberNotFound();
    return member;
  }
}

function toRequest(
  row: ConnectionRequestEntity,
  sender: Member,
  recipient: Member,
): ConnectionRequest {
  return { id: row.id, sender, recipient, note: row.note, createdAt: row.createdAt };
}

const SECTOR_NAMES = new Map(NAICS_SECTORS.map((sector) => [sector.code, sector.name.en]));

/** Scores one suggestion and says why, in plain words. */
export function suggestionScore(
  me: MatchFacts,
  them: MatchFacts,
  mutual: number,
): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [
    {
      code: 'MUTUAL_CONNECTIONS',
      text: mutual === 1 ? '1 mutual connection' : `${mutual} mutual connections`,
      count: mutual,
    },
  ];
  // Each side's needs against the other's offers: the heart of a useful introduction.
  const theyOffer = [...me.needs].filter((category) => them.offers.has(category));
  const theyNeed = [...me.offers].filter((category) => them.needs.has(category));
  for (const category of theyOffer) {
    reasons.push({
      code: 'NEED_MATCHES_OFFER',
      text: `You need ${CATEGORY_PHRASES[category]}; they offer it`,
      category,
    });
  }
  for (const category of theyNeed) {
    reasons.push({
      code: 'OFFER_MATCHES_NEED',
      text: `They need ${CATEGORY_PHRASES[category]}; you offer it`,
      category,
    });
  }
  const sectors = them.sectors.filter((code) => me.sectors.includes(code));
  if (sectors.length > 0) {
    const name = SECTOR_NAMES.get(sectors[0]) ?? sectors[0];
    reasons.push({ code: 'SAME_SECTOR', text: `Also in ${name}`, sector: sectors[0] });
  }
  const sameNeighborhood = !!me.neighborhood && me.neighborhood === them.neighborhood;
  if (sameNeighborhood) {
    reasons.push({
      code: 'SAME_NEIGHBORHOOD',
      text: 'In your neighborhood',
      neighborhood: me.neighborhood!,
    });
  }
  const complementary = theyOffer.length + theyNeed.length;
  // Reciprocal fit counts most; shared connections grow with diminishing returns.
  const score =
    3 * Math.log2(1 + mutual) +
    4 * complementary +
    (theyOffer.length > 0 && theyNeed.length > 0 ? 3 : 0) +
    2 * Math.min(sectors.length, 2) +
    (sameNeighborhood ? 1.5 : 0);
  return { score, reasons };
}

function signInRequired(): AppException {
  return new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
}

function notAccepting(): AppException {
  return new AppException(
    ErrorKind.FORBIDDEN,
    'REQUESTS_NOT_ACCEPTED',
    'This member is not accepting connection requests from you',
    'memberId',
  );
}

function requestNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'REQUEST_NOT_FOUND',
    'No such connection request waiting for you',
    'requestId',
  );
}

function memberNotFound(field = 'memberId'): AppException {
  return new AppException(ErrorKind.NOT_FOUND, 'MEMBER_NOT_FOUND', 'No such member', field);
}
