import {
  byScore,
  diversify,
  dismissalPenalty,
  dismissalSignals,
  scoreCandidate,
  scoreOpportunity,
  scoreOrganization,
  scorePerson,
  WEIGHTS,
  type ScoringContext,
} from './match-scoring.js';
import type {
  DismissalSignals,
  OpportunityFacts,
  OrganizationFacts,
  PersonFacts,
  ScoredCandidate,
  SeekerFacts,
} from './match.types.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const noSignals = (): DismissalSignals => ({
  organizations: new Set(),
  categories: new Map(),
  opportunityKinds: new Map(),
});
const context = (signals = noSignals()): ScoringContext => ({
  defaultLanguage: 'en',
  signals,
  now: NOW,
});

const me: SeekerFacts = {
  id: 'me',
  sectors: ['72'],
  stage: 'EARLY_REVENUE',
  neighborhood: 'roxbury',
  languages: ['en', 'es'],
  needs: ['FUNDING', 'SPACE'],
  offers: ['TRAINING'],
  organizationIds: [],
};

const person = (overrides: Partial<PersonFacts> = {}): PersonFacts => ({
  id: 'p',
  sectors: [],
  stage: null,
  neighborhood: null,
  languages: [],
  needs: [],
  offers: [],
  organizationIds: [],
  mutual: 0,
  connectorCanIntroduce: false,
  ...overrides,
});

const opportunity = (overrides: Partial<OpportunityFacts> = {}): OpportunityFacts => ({
  id: 'o',
  kind: 'FUNDING',
  subkind: 'LOAN',
  title: 'Main Street Microloans',
  organizationId: 'lender',
  posterId: 'poster',
  sectors: [],
  stages: [],
  neighborhoods: [],
  citywide: true,
  remote: false,
  categories: ['FUNDING'],
  deadline: null,
  ...overrides,
});

const organization = (overrides: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  id: 'org',
  sectors: [],
  neighborhood: null,
  needs: [],
  offers: [],
  verified: false,
  programmeStages: [],
  ...overrides,
});

const codes = (candidate: ScoredCandidate | null) => candidate?.reasons.map((r) => r.code);

describe('scorePerson', () => {
  it('ranks a two-way match above one-way matches, even one meeting more needs', () => {
    const twoWay = scorePerson(
      me,
      person({ id: 'a', offers: ['FUNDING'], needs: ['TRAINING'] }),
      context(),
    );
    const oneWay = scorePerson(me, person({ id: 'b', offers: ['FUNDING'] }), context());
    const oneWayMore = scorePerson(
      me,
      person({ id: 'c', offers: ['FUNDING', 'SPACE'], needs: [] }),
      context(),
    );
    const otherWay = scorePerson(me, person({ id: 'd', needs: ['TRAINING'] }), context());
    expect(twoWay!.score).toBe(
      WEIGHTS.NEED_MEETS_OFFER + WEIGHTS.OFFER_MEETS_NEED + WEIGHTS.RECIPROCAL,
    );
    expect(oneWay!.score).toBe(WEIGHTS.NEED_MEETS_OFFER);
    expect(oneWayMore!.score).toBe(WEIGHTS.NEED_MEETS_OFFER + WEIGHTS.EXTRA_CATEGORY);
    expect(otherWay!.score).toBe(WEIGHTS.OFFER_MEETS_NEED);
    expect(twoWay!.score).toBeGreaterThan(oneWayMore!.score);
    expect(codes(twoWay)).toEqual(['NEED_MATCHES_OFFER', 'OFFER_MATCHES_NEED']);
    expect(twoWay!.reasons[0]).toEqual({ code: 'NEED_MATCHES_OFFER', category: 'FUNDING' });
  });

  it('counts sector, stage, place, language and the network, with their facts', () => {
    const scored = scorePerson(
      me,
      person({
        offers: ['FUNDING'],
        sectors: ['72', '54'],
        stage: 'GROWTH',
        neighborhood: 'roxbury',
        languages: ['en', 'es'],
        mutual: 3,
        connectorCanIntroduce: true,
        organizationIds: ['acme'],
      }),
      context(),
    );
    expect(scored).toMatchObject({ kind: 'MEMBER', groups: ['acme'] });
    expect(scored!.reasons).toEqual([
      { code: 'NEED_MATCHES_OFFER', category: 'FUNDING' },
      { code: 'CONNECTOR_CAN_INTRODUCE' },
      { code: 'MUTUAL_CONNECTIONS', count: 3 },
      { code: 'SAME_SECTOR', sector: '72' },
      { code: 'STAGE_FIT', stage: 'GROWTH' },
      { code: 'SAME_NEIGHBORHOOD', neighborhood: 'roxbury' },
      { code: 'SHARED_LANGUAGE', language: 'es' },
    ]);
    const expected =
      WEIGHTS.NEED_MEETS_OFFER +
      WEIGHTS.CONNECTOR +
      WEIGHTS.MUTUAL * 2 +
      WEIGHTS.SAME_SECTOR +
      WEIGHTS.ADJACENT_STAGE +
      WEIGHTS.SAME_NEIGHBORHOOD +
      WEIGHTS.SHARED_LANGUAGE;
    expect(scored!.score).toBeCloseTo(expected, 2);
  });

  it('never says the city’s main language, a far stage, or a neighborhood it does not know', () => {
    const scored = scorePerson(
      me,
      person({ offers: ['FUNDING'], languages: ['en'], stage: 'IDEA', neighborhood: null }),
      context(),
    );
    expect(codes(scored)).toEqual(['NEED_MATCHES_OFFER']);
  });

  it('leaves out someone with nothing in common', () => {
    expect(scorePerson(me, person({ sectors: ['11'] }), context())).toBeNull();
  });
});

describe('scoreOpportunity', () => {
  it('says which need it answers, in its own title', () => {
    const scored = scoreOpportunity(me, opportunity(), context());
    expect(scored).toMatchObject({ kind: 'OPPORTUNITY', groups: ['lender'] });
    expect(scored!.reasons).toEqual([
      {
        code: 'NEED_MATCHES_OFFER',
        category: 'FUNDING',
        offerText: 'Main Street Microloans',
        opportunityKind: 'FUNDING',
        opportunitySubkind: 'LOAN',
      },
    ]);
    expect(scored!.score).toBe(WEIGHTS.NEED_MEETS_OFFER);
  });

  it('rewards what is meant for the viewer and takes off what is meant for others', () => {
    const fitting = scoreOpportunity(
      me,
      opportunity({ sectors: ['72'], stages: ['EARLY_REVENUE'], neighborhoods: ['roxbury'] }),
      context(),
    );
    expect(codes(fitting)).toEqual([
      'NEED_MATCHES_OFFER',
      'SAME_SECTOR',
      'STAGE_FIT',
      'SAME_NEIGHBORHOOD',
    ]);
    expect(fitting!.score).toBe(
      WEIGHTS.NEED_MEETS_OFFER +
        WEIGHTS.SAME_SECTOR +
        WEIGHTS.STAGE_FIT +
        WEIGHTS.SAME_NEIGHBORHOOD,
    );
    const elsewhere = scoreOpportunity(
      me,
      opportunity({
        sectors: ['54'],
        stages: ['GROWTH'],
        neighborhoods: ['allston'],
        citywide: false,
      }),
      context(),
    );
    expect(elsewhere).toBeNull();
    const citywide = scoreOpportunity(
      me,
      opportunity({ neighborhoods: ['allston'], citywide: true }),
      context(),
    );
    expect(citywide!.score).toBe(WEIGHTS.NEED_MEETS_OFFER);
  });

  it('flags a deadline within 14 days, but never recommends for the deadline alone', () => {
    const soon = new Date(NOW.getTime() + 3 * DAY);
    expect(codes(scoreOpportunity(me, opportunity({ deadline: soon }), context()))).toEqual([
      'NEED_MATCHES_OFFER',
      'DEADLINE_SOON',
    ]);
    const later = new Date(NOW.getTime() + 15 * DAY);
    expect(codes(scoreOpportunity(me, opportunity({ deadline: later }), context()))).toEqual([
      'NEED_MATCHES_OFFER',
    ]);
    expect(
      scoreOpportunity(me, opportunity({ categories: ['TALENT'], deadline: soon }), context()),
    ).toBeNull();
  });

  it('groups a member’s own opportunity with its poster', () => {
    expect(scoreOpportunity(me, opportunity({ organizationId: null }), context())!.groups).toEqual([
      'member:poster',
    ]);
  });
});

describe('scoreOrganization', () => {
  it('matches both ways and credits its programmes for the viewer’s stage', () => {
    const scored = scoreOrganization(
      me,
      organization({
        offers: ['FUNDING'],
        needs: ['TRAINING'],
        sectors: ['72'],
        neighborhood: 'roxbury',
        verified: true,
        programmeStages: ['EARLY_REVENUE'],
      }),
      context(),
    );
    expect(codes(scored)).toEqual([
      'NEED_MATCHES_OFFER',
      'OFFER_MATCHES_NEED',
      'SAME_SECTOR',
      'STAGE_FIT',
      'SAME_NEIGHBORHOOD',
    ]);
    expect(scored!.score).toBe(
      WEIGHTS.NEED_MEETS_OFFER +
        WEIGHTS.OFFER_MEETS_NEED +
        WEIGHTS.RECIPROCAL +
        WEIGHTS.SAME_SECTOR +
        WEIGHTS.PROGRAMME_STAGE +
        WEIGHTS.SAME_NEIGHBORHOOD +
        WEIGHTS.VERIFIED,
    );
    expect(scored!.groups).toEqual(['org']);
  });
});

describe('dismissals as signals', () => {
  const signals = dismissalSignals([
    {
      reason: 'NOT_RELEVANT',
      organizationId: 'lender',
      categories: ['FUNDING'],
      opportunityKind: 'FUNDING',
    },
    {
      reason: 'NOT_RELEVANT',
      organizationId: null,
      categories: ['FUNDING', 'SPACE'],
      opportunityKind: null,
    },
    { reason: 'NOT_NOW', organizationId: 'bank', categories: ['SPACE'], opportunityKind: 'SPACE' },
  ]);

  it('reads only NOT_RELEVANT dismissals', () => {
    expect(signals.organizations).toEqual(new Set(['lender']));
    expect(signals.categories).toEqual(
      new Map([
        ['FUNDING', 2],
        ['SPACE', 1],
      ]),
    );
    expect(signals.opportunityKinds).toEqual(new Map([['FUNDING', 1]]));
  });

  it('takes off points for the organization, each offered category and the kind', () => {
    expect(
      dismissalPenalty(signals, {
        organizationIds: ['lender'],
        offeredMatches: ['FUNDING'],
        opportunityKind: 'FUNDING',
      }),
    ).toBe(
      WEIGHTS.DISMISSED_ORGANIZATION + 2 * WEIGHTS.DISMISSED_CATEGORY + WEIGHTS.DISMISSED_KIND,
    );
    expect(dismissalPenalty(signals, { organizationIds: ['bank'], offeredMatches: [] })).toBe(0);
    const before = scoreOpportunity(me, opportunity({ id: 'other' }), context())!.score;
    const after = scoreOpportunity(me, opportunity({ id: 'other' }), context(signals))?.score ?? 0;
    expect(after).toBeLessThan(before);
  });

  it('counts at most three dismissals of a category', () => {
    const many = dismissalSignals(
      Array.from({ length: 5 }, () => ({
        reason: 'NOT_RELEVANT' as const,
        organizationId: null,
        categories: ['SPACE' as const],
        opportunityKind: null,
      })),
    );
    expect(dismissalPenalty(many, { organizationIds: [], offeredMatches: ['SPACE'] })).toBe(
      3 * WEIGHTS.DISMISSED_CATEGORY,
    );
  });
});

describe('scoreCandidate', () => {
  const offer = opportunity({
    sectors: ['72'],
    stages: ['IDEA'],
    neighborhoods: ['roxbury'],
    citywide: false,
  });

  it('finds those who need what it offers, with how they fit', () => {
    const scored = scoreCandidate(offer, {
      ...person({
        needs: ['FUNDING'],
        sectors: ['72'],
        stage: 'IDEA',
        neighborhood: 'roxbury',
        mutual: 1,
      }),
      kind: 'MEMBER',
    });
    expect(codes(scored)).toEqual([
      'OFFER_MATCHES_NEED',
      'MUTUAL_CONNECTIONS',
      'SAME_SECTOR',
      'STAGE_FIT',
      'SAME_NEIGHBORHOOD',
    ]);
    expect(
      scoreCandidate(offer, {
        ...organization({ needs: ['FUNDING'], sectors: ['54'] }),
        kind: 'ORGANIZATION',
      })!.score,
    ).toBe(WEIGHTS.OFFER_MEETS_NEED + WEIGHTS.OTHER_SECTOR);
  });

  it('leaves out those who do not need it', () => {
    expect(
      scoreCandidate(offer, {
        ...person({ offers: ['FUNDING'], sectors: ['72'] }),
        kind: 'MEMBER',
      }),
    ).toBeNull();
  });
});

describe('diversify', () => {
  const candidate = (
    id: string,
    score: number,
    kind: ScoredCandidate['kind'],
    groups: string[] = [],
  ): ScoredCandidate => ({ id, score, kind, groups, reasons: [{ code: 'SAME_SECTOR' }] });

  it('keeps at most two of one organization, people and opportunities together', () => {
    const ranked = [
      candidate('o1', 10, 'OPPORTUNITY', ['lender']),
      candidate('o2', 9, 'OPPORTUNITY', ['lender']),
      candidate('p1', 8, 'MEMBER', ['lender', 'cafe']),
      candidate('o3', 7, 'OPPORTUNITY', ['lender']),
      candidate('o4', 6, 'OPPORTUNITY', ['bank']),
      candidate('p2', 5, 'MEMBER', ['cafe']),
    ].sort(byScore);
    expect(diversify(ranked, 10, ['OPPORTUNITY', 'MEMBER']).map((c) => c.id)).toEqual([
      'o1',
      'o2',
      'o4',
      'p2',
    ]);
  });

  it('mixes kinds when several are asked, and fills up when one runs short', () => {
    const ranked = [
      ...Array.from({ length: 8 }, (_, i) => candidate(`o${i}`, 20 - i, 'OPPORTUNITY')),
      candidate('m1', 5, 'MEMBER'),
      candidate('m2', 4, 'MEMBER'),
      candidate('g1', 3, 'ORGANIZATION'),
    ];
    const mixed = diversify(ranked, 6, ['MEMBER', 'OPPORTUNITY', 'ORGANIZATION']);
    expect(mixed.map((c) => c.id)).toEqual(['o0', 'o1', 'o2', 'm1', 'm2', 'g1']);
    expect(
      diversify(ranked, 3, ['MEMBER', 'OPPORTUNITY', 'ORGANIZATION']).map((c) => c.id),
    ).toEqual(['o0', 'm1', 'g1']);
    expect(diversify(ranked, 4, ['OPPORTUNITY']).map((c) => c.id)).toEqual([
      'o0',
      'o1',
      'o2',
      'o3',
    ]);
  });
});
