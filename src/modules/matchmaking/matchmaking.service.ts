import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { CityService } from '../city/city.service.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import { canSee, type Relation } from '../members/profiles.js';
import { DEFAULT_VISIBILITY } from '../members/profile.types.js';
import type { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import { toOpportunity, type Opportunity } from '../opportunities/opportunity.model.js';
import type { Organization } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { Match, MatchReason, MatchTargetValue } from './match.model.js';
import { reasonText, type Locale, type ReasonAudience } from './match-reasons.js';
import {
  byScore,
  diversify,
  dismissalSignals,
  scoreCandidate,
  scoreOpportunity,
  scoreOrganization,
  scorePerson,
  type ScoringContext,
} from './match-scoring.js';
import {
  MATCH_KINDS,
  type MatchDismissReason,
  type MatchKind,
  type OpportunityFacts,
  type OrganizationFacts,
  type PersonFacts,
  type ReasonFacts,
  type ScoredCandidate,
  type SeekerFacts,
} from './match.types.js';
import {
  MatchmakingRepository,
  type OpportunityRow,
  type OrganizationRow,
  type PersonRow,
  type SeekerRow,
} from './matchmaking.repository.js';

/** A match with its target loaded, before its reasons are put into words. */
export interface MatchView {
  kind: MatchKind;
  target: MatchTargetValue;
  score: number;
  reasons: ReasonFacts[];
  connectors: Member[];
  audience: ReasonAudience;
}

const MANAGER_ROLES: readonly string[] = ['OWNER', 'ADMIN'];

/**
 * Explainable matchmaking: members, organizations and opportunities for the viewer, each with
 * the reasons why, and the members and organizations an opportunity's poster could reach.
 *
 * A recommendation runs a fixed number of statements, whatever `first` is: the viewer's facts
 * with their dismissal signals; then, at once, the member, organization and opportunity
 * candidates (each kind one statement: a union of bounded sources, with their facts); then, for
 * the few chosen, at once the organizations, the opportunities, and the connectors of the people
 * followed by their profiles.
 */
@Injectable()
export class MatchmakingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MatchmakingRepository,
    private readonly members: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly city: CityService,
  ) {}

  async recommendations(
    viewer: Viewer,
    kinds: readonly MatchKind[] | undefined,
    first: number,
  ): Promise<Match[]> {
    const views = await this.matchesFor(viewer, kinds, first);
    return views.map((view) => this.toMatch(view, 'en'));
  }

  /** The viewer's best matches, loaded (the weekly digest writes them in the member's language). */
  async matchesFor(
    viewer: Viewer,
    kinds: readonly MatchKind[] | undefined,
    first: number,
  ): Promise<MatchView[]> {
    const wanted: readonly MatchKind[] = kinds?.length ? [...new Set(kinds)] : MATCH_KINDS;
    const row = await this.repository.seeker(viewer.id);
    if (!row) throw signInRequired();
    const me = toSeeker(row);
    const { people, organizations, opportunities } = await this.repository.recommendationCandidates(
      {
        viewerId: viewer.id,
        needs: me.needs,
        offers: me.offers,
        sectors: me.sectors,
        neighborhoods: me.neighborhood ? [me.neighborhood] : [],
        excluded: me.organizationIds,
      },
      wanted,
    );
    const context: ScoringContext = {
      defaultLanguage: this.city.city().defaultLocale,
      signals: dismissalSignals(
        row.signals.map((signal) => ({
          reason: signal.reason,
          organizationId: signal.organization_id,
          categories: signal.categories,
          opportunityKind: signal.opportunity_kind,
        })),
      ),
      now: new Date(),
    };
    const mine = new Set(me.organizationIds);
    const scored = [
      // Colleagues are people the viewer knows already, like connections.
      ...people
        .filter((person) => !person.organization_ids.some((id) => mine.has(id)))
        .map((person) => scorePerson(me, toPerson(person, 'member'), context)),
      ...organizations.map((organization) =>
        scoreOrganization(me, toOrganization(organization), context),
      ),
      ...opportunities.map((opportunity) =>
        scoreOpportunity(me, toOpportunityFacts(opportunity), context),
      ),
    ]
      .filter((candidate): candidate is ScoredCandidate => candidate !== null)
      .sort(byScore);
    return this.present(viewer, diversify(scored, first, wanted), null);
  }

  /**
   * Members and organizations that need what an opportunity answers, for its poster, the owners
   * and admins of its organization, and city staff. The poster's side (the poster, the
   * organization and its people) is left out; blocks with the viewer hide members as everywhere.
   */
  async candidatesForOpportunity(
    viewer: Viewer,
    opportunityId: string,
    first: number,
  ): Promise<Match[]> {
    const row = await this.repository.findOpportunity(opportunityId);
    if (!row) throw opportunityNotFound();
    await this.assertManages(viewer, row);
    const opportunity = toOpportunityFacts({
      ...row,
      organization_id: row.organizationId,
      poster_id: row.posterId,
    });
    const { people, organizations } = await this.repository.opportunityCandidates({
      viewerId: viewer.id,
      needs: [],
      offers: opportunity.categories,
      sectors: opportunity.sectors,
      neighborhoods: opportunity.neighborhoods,
      excluded: row.organizationId ? [row.organizationId] : [],
    });
    const posterSide = (person: PersonRow) =>
      person.id === row.posterId ||
      (!!row.organizationId && person.organization_ids.includes(row.organizationId));
    const scored = [
      ...people
        .filter((person) => !posterSide(person))
        .map((person) =>
          scoreCandidate(opportunity, {
            ...toPerson(person, person.connected ? 'connection' : 'member'),
            kind: 'MEMBER',
          }),
        ),
      ...organizations.map((organization) =>
        scoreCandidate(opportunity, { ...toOrganization(organization), kind: 'ORGANIZATION' }),
      ),
    ]
      .filter((candidate): candidate is ScoredCandidate => candidate !== null)
      .sort(byScore);
    const chosen = diversify(scored, first, ['MEMBER', 'ORGANIZATION']);
    const views = await this.present(viewer, chosen, 'CANDIDATE');
    return views.map((view) => this.toMatch(view, 'en'));
  }

  /** Hides a target from the viewer's matches from then on; dismissing again keeps one record. */
  async dismiss(
    viewer: Viewer,
    targetId: string,
    reason: MatchDismissReason | undefined,
  ): Promise<boolean> {
    if (targetId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'CANNOT_DISMISS_SELF',
        'targetId must be someone or something other than you',
        'targetId',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const target = await this.repository.dismissalTarget(manager, viewer.id, targetId);
      if (!target) throw targetNotFound();
      await this.repository.dismiss(manager, viewer.id, targetId, reason ?? null, target);
    });
    return true;
  }

  /** Undoes a dismissal; undoing one that is not there is fine, for a target that exists. */
  async undismiss(viewer: Viewer, targetId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.repository.undismiss(manager, viewer.id, targetId)) return;
      if (!(await this.repository.dismissalTarget(manager, viewer.id, targetId))) {
        throw targetNotFound();
      }
    });
    return true;
  }

  /** The member's dismissals and digest, for their data export. */
  exportFor(manager: Parameters<MatchmakingRepository['exportFor']>[0], memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  /** On account deletion, in its transaction. */
  forgetMember(manager: Parameters<MatchmakingRepository['forgetMember']>[0], memberId: string) {
    return this.repository.forgetMember(manager, memberId);
  }

  /** Writes a match's reasons in one language. */
  toMatch(view: MatchView, locale: Locale): Match {
    const now = new Date();
    return {
      target: view.target,
      score: view.score,
      connectors: view.connectors,
      reasons: view.reasons.map((reason): MatchReason => ({
        code: reason.code,
        text: reasonText(reason, locale, view.audience, this.neighborhoodName, now),
        category: reason.category ?? null,
        offerText: reason.offerText ?? null,
        needText: reason.needText ?? null,
        sector: reason.sector ?? null,
        stage: reason.stage ?? null,
        neighborhood: reason.neighborhood ?? null,
        language: reason.language ?? null,
        count: reason.count ?? null,
        deadline: reason.deadline ?? null,
      })),
    };
  }

  private readonly neighborhoodName = (slug: string, locale: Locale): string => {
    const city = this.city.locales.includes(locale) ? this.city.city(locale) : this.city.city();
    return city.neighborhoods.find((n) => n.slug === slug)?.name ?? slug;
  };

  /**
   * Loads what was chosen, in a fixed number of statements: at once the organizations, the
   * opportunities, and the connectors of the people followed by the profiles (people and
   * connectors).
   * Anything that became hidden meanwhile is left out; reasons get the targets' own words.
   */
  private async present(
    viewer: Viewer,
    chosen: readonly ScoredCandidate[],
    audience: ReasonAudience | null,
  ): Promise<MatchView[]> {
    const ids = (kind: MatchKind) =>
      chosen.filter((candidate) => candidate.kind === kind).map((candidate) => candidate.id);
    const people = ids('MEMBER');
    // The people's profiles wait for their connectors; the rest is read meanwhile.
    const peopleAndConnectors = async () => {
      const rows = await this.repository.connectors(viewer.id, people);
      const profiles =
        people.length > 0
          ? await this.members.profileMap([...people, ...rows.flatMap((row) => row.via)], viewer)
          : new Map<string, Member>();
      return { network: new Map(rows.map((row) => [row.target, row])), profiles };
    };
    const [{ network, profiles }, organizations, opportunities] = await Promise.all([
      peopleAndConnectors(),
      ids('ORGANIZATION').length > 0
        ? this.organizations.organizationsByIds(ids('ORGANIZATION'), viewer)
        : Promise.resolve([] as Organization[]),
      this.repository.opportunitiesByIds(ids('OPPORTUNITY')),
    ]);
    const organizationsById = new Map(organizations.map((o) => [o.id, o]));
    const now = Date.now();
    const opportunitiesById = new Map(
      opportunities
        .filter((o) => o.status === 'PUBLISHED' && (!o.deadline || o.deadline.getTime() > now))
        .map((o): [string, Opportunity] => [o.id, toOpportunity(o)]),
    );
    return chosen.flatMap((candidate): MatchView[] => {
      const kindAudience = audience ?? candidate.kind;
      if (candidate.kind === 'MEMBER') {
        const member = profiles.get(candidate.id);
        if (!member) return [];
        const known = network.get(candidate.id);
        const connectors = (known?.via ?? []).flatMap((id) => profiles.get(id) ?? []);
        return [
          {
            kind: candidate.kind,
            target: member,
            score: candidate.score,
            reasons: inTheirWords(candidate.reasons, member, {
              mutual: known?.mutual ?? 0,
              connectors: known?.connectors ?? 0,
              neighborhood: member.location?.neighborhood ?? null,
            }),
            connectors,
            audience: kindAudience,
          },
        ];
      }
      const target =
        candidate.kind === 'ORGANIZATION'
          ? organizationsById.get(candidate.id)
          : opportunitiesById.get(candidate.id);
      if (!target) return [];
      return [
        {
          kind: candidate.kind,
          target,
          score: candidate.score,
          reasons:
            candidate.kind === 'ORGANIZATION'
              ? inTheirWords(candidate.reasons, target as Organization, null)
              : titled(candidate.reasons, target as Opportunity),
          connectors: [],
          audience: kindAudience,
        },
      ];
    });
  }

  /** The poster, the owners and admins of its organization, and city staff; others are refused. */
  private async assertManages(viewer: Viewer, row: OpportunityEntity): Promise<void> {
    if (row.posterId === viewer.id) return;
    if (viewer.roles.includes('STAFF') || viewer.roles.includes('ADMIN')) return;
    if (row.organizationId) {
      const role = await this.organizations.roleOf(row.organizationId, viewer.id);
      if (role && MANAGER_ROLES.includes(role)) return;
    }
    if (!(await this.repository.opportunityVisible(row.id))) throw opportunityNotFound();
    throw new AppException(
      ErrorKind.FORBIDDEN,
      'NOT_THE_POSTER',
      'Only the poster, its organization’s owners and admins, and city staff see its candidates',
      'opportunityId',
    );
  }
}

/**
 * A member's or organization's reasons with their own words and what the viewer may see: the
 * text of the offer (or need) in each category, shared connections and connectors counted in
 * full, and a neighborhood only when the profile shows it to the viewer.
 */
function inTheirWords(
  reasons: readonly ReasonFacts[],
  target: Pick<Member, 'needs' | 'offers'>,
  network: { mutual: number; connectors: number; neighborhood: string | null } | null,
): ReasonFacts[] {
  const textOf = (list: { category: NeedOfferCategory; text: string }[], category?: string) =>
    list.find((statement) => statement.category === category)?.text;
  return reasons.flatMap((reason): ReasonFacts[] => {
    switch (reason.code) {
      case 'NEED_MATCHES_OFFER': {
        const offerText = textOf(target.offers, reason.category);
        return [offerText ? { ...reason, offerText } : reason];
      }
      case 'OFFER_MATCHES_NEED': {
        const needText = textOf(target.needs, reason.category);
        return [needText ? { ...reason, needText } : reason];
      }
      case 'MUTUAL_CONNECTIONS':
        if (!network) return [reason];
        return network.mutual > 0 ? [{ ...reason, count: network.mutual }] : [];
      case 'CONNECTOR_CAN_INTRODUCE':
        if (!network) return [reason];
        return network.connectors > 0 ? [{ ...reason, count: network.connectors }] : [];
      case 'SAME_NEIGHBORHOOD':
        if (!network) return [reason];
        return network.neighborhood === reason.neighborhood ? [reason] : [];
      default:
        return [reason];
    }
  });
}

/** An opportunity's reasons with its title as the offer, in its own words. */
function titled(reasons: readonly ReasonFacts[], opportunity: Opportunity): ReasonFacts[] {
  return reasons.map((reason) =>
    reason.code === 'NEED_MATCHES_OFFER' ? { ...reason, offerText: opportunity.title } : reason,
  );
}

function toSeeker(row: SeekerRow): SeekerFacts {
  return {
    id: row.id,
    sectors: row.sectors,
    stage: row.stage,
    neighborhood: row.neighborhood,
    languages: row.languages,
    needs: row.needs,
    offers: row.offers,
    organizationIds: row.organization_ids,
  };
}

/** A member as matching compares them, with their neighborhood only if the viewer may see it. */
function toPerson(row: PersonRow, relation: Relation): PersonFacts {
  const location = row.location_visibility ?? DEFAULT_VISIBILITY.location;
  return {
    id: row.id,
    sectors: row.sectors,
    stage: row.stage,
    neighborhood: canSee(location, relation) ? row.neighborhood : null,
    languages: row.languages,
    needs: row.needs,
    offers: row.offers,
    organizationIds: row.organization_ids,
    mutual: row.mutual,
    connectorCanIntroduce: row.via_connector,
  };
}

function toOrganization(row: OrganizationRow): OrganizationFacts {
  return {
    id: row.id,
    sectors: row.sectors,
    neighborhood: row.neighborhood,
    needs: row.needs,
    offers: row.offers,
    verified: row.verified,
    programmeStages: row.programme_stages,
  };
}

function toOpportunityFacts(
  row: Pick<
    OpportunityRow,
    | 'id'
    | 'kind'
    | 'subkind'
    | 'organization_id'
    | 'poster_id'
    | 'sectors'
    | 'stages'
    | 'neighborhoods'
    | 'citywide'
    | 'remote'
    | 'categories'
    | 'deadline'
  > & { title?: string },
): OpportunityFacts {
  return {
    id: row.id,
    kind: row.kind,
    subkind: row.subkind,
    title: row.title,
    organizationId: row.organization_id,
    posterId: row.poster_id,
    sectors: row.sectors,
    stages: row.stages,
    neighborhoods: row.neighborhoods,
    citywide: row.citywide,
    remote: row.remote,
    categories: row.categories,
    deadline: row.deadline,
  };
}

function signInRequired(): AppException {
  return new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
}

function opportunityNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'OPPORTUNITY_NOT_FOUND',
    'No such opportunity',
    'opportunityId',
  );
}

function targetNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'MATCH_TARGET_NOT_FOUND',
    'targetId names no member, organization or opportunity you can see',
    'targetId',
  );
}
