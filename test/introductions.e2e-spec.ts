import { DataSource } from 'typeorm';
import { IntroductionsService } from '../src/modules/introductions/introductions.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'introductions-passphrase';
const FIELDS = `id note status viewerAnswer viewerRole
  introducer { handle } memberA { handle } memberB { handle }
  history { status } outcomes { member { handle } kind note }`;
const PROPOSE = `mutation ($a: ID!, $b: ID!, $note: String!) {
  proposeIntroduction(input: { memberAId: $a, memberBId: $b, note: $note }) { ${FIELDS} } }`;
const ANSWER = `mutation ($id: ID!, $accept: Boolean!) {
  answerIntroduction(input: { introductionId: $id, accept: $accept }) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { introduction(id: $id) { ${FIELDS} } }`;
const REQUEST_FIELDS = `id reason status answerNote introductionId
  requester { handle } introducer { handle } target { handle }`;

interface Person {
  handle: string;
  id: string;
  session: TestSession;
}

type Intro = {
  id: string;
  status: string;
  viewerAnswer: string | null;
  viewerRole: string;
  history: { status: string }[];
  outcomes: { member: { handle: string }; kind: string; note: string }[];
};

describe('introductions', () => {
  let app: TestApp;
  let db: DataSource;

  async function person(handle: string, roles?: string[]): Promise<Person> {
    const session = new TestSession(app);
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: { email: `${handle}@example.org`, handle, displayName: handle, password: PASSWORD },
      },
    );
    const id = response.data!.signUp.viewer.id;
    if (roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
    }
    return { handle, id, session };
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function connected(a: Person, b: Person): Promise<boolean> {
    const rows = await db.query<unknown[]>(
      'SELECT 1 FROM connection WHERE member_id = $1 AND other_id = $2',
      [a.id, b.id],
    );
    return rows.length > 0;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('a connector introduces two members; both accept; they are connected; outcomes are recorded', async () => {
    const carla = await person('intro-carla', ['MEMBER', 'CONNECTOR']);
    const femi = await person('intro-femi');
    const priya = await person('intro-priya');

    const proposed = await carla.session.call<{ proposeIntroduction: Intro }>(PROPOSE, {
      a: femi.id,
      b: priya.id,
      note: '  Femi needs a kitchen; Priya runs one.  ',
    });
    expect(proposed.errors).toBeUndefined();
    const intro = proposed.data!.proposeIntroduction;
    expect(intro).toMatchObject({
      note: 'Femi needs a kitchen; Priya runs one.',
      status: 'PROPOSED',
      viewerRole: 'INTRODUCER',
      viewerAnswer: null,
      history: [{ status: 'PROPOSED' }],
    });

    // Each side sees the note and the other's profile; strangers see nothing.
    const asFemi = await femi.session.call<{ introduction: Intro }>(ONE, { id: intro.id });
    expect(asFemi.data!.introduction).toMatchObject({
      viewerRole: 'PARTICIPANT',
      memberB: { handle: 'intro-priya' },
    });
    const stranger = await person('intro-stranger');
    expect((await stranger.session.call(ONE, { id: intro.id })).data).toEqual({
      introduction: null,
    });
    const strangerAnswer = await stranger.session.call(ANSWER, { id: intro.id, accept: true });
    expect(strangerAnswer.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'introductionId',
    });

    const first = await femi.session.call<{ answerIntroduction: Intro }>(ANSWER, {
      id: intro.id,
      accept: true,
    });
    expect(first.data!.answerIntroduction).toMatchObject({
      status: 'ACCEPTED_BY_ONE',
      viewerAnswer: 'ACCEPTED',
    });
    expect(await connected(femi, priya)).toBe(false);
    const again = await femi.session.call(ANSWER, { id: intro.id, accept: false });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'ALREADY_ANSWERED' });

    const second = await priya.session.call<{ answerIntroduction: Intro }>(ANSWER, {
      id: intro.id,
      accept: true,
    });
    expect(second.data!.answerIntroduction).toMatchObject({
      status: 'COMPLETED',
      history: [{ status: 'PROPOSED' }, { status: 'ACCEPTED_BY_ONE' }, { status: 'COMPLETED' }],
    });
    expect(await connected(femi, priya)).toBe(true);

    const RECORD = `mutation ($id: ID!, $kind: OutcomeKind!, $note: String) {
      recordIntroductionOutcome(input: { introductionId: $id, kind: $kind, note: $note }) { ${FIELDS} } }`;
    expect(
      (await carla.session.call(RECORD, { id: intro.id, kind: 'SPACE' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    await femi.session.call(RECORD, { id: intro.id, kind: 'MET', note: 'Coffee on Tuesday' });
    const changed = await femi.session.call<{ recordIntroductionOutcome: Intro }>(RECORD, {
      id: intro.id,
      kind: 'SPACE',
      note: 'Renting her kitchen at night',
    });
    expect(changed.data!.recordIntroductionOutcome.outcomes).toEqual([
      { member: { handle: 'intro-femi' }, kind: 'SPACE', note: 'Renting her kitchen at night' },
    ]);
    await priya.session.call(RECORD, { id: intro.id, kind: 'SPACE' });

    const record = await carla.session.call(
      '{ introducerRecord { made waiting completed notNow expired outcomes { kind count } } }',
    );
    expect(record.data).toEqual({
      introducerRecord: {
        made: 1,
        waiting: 0,
        completed: 1,
        notNow: 0,
        expired: 0,
        outcomes: [{ kind: 'SPACE', count: 1 }],
      },
    });
    const peek = await femi.session.call(
      'query ($id: ID!) { introducerRecord(memberId: $id) { made } }',
      {
        id: carla.id,
      },
    );
    expect(peek.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    const inbox = await priya.session.call<{ introductions: { nodes: { id: string }[] } }>(
      '{ introductions(role: PARTICIPANT) { nodes { id } } }',
    );
    expect(inbox.data!.introductions.nodes).toEqual([{ id: intro.id }]);
    const made = await carla.session.call<{ introductions: { nodes: { id: string }[] } }>(
      '{ introductions(role: INTRODUCER) { nodes { id } } }',
    );
    expect(made.data!.introductions.nodes).toEqual([{ id: intro.id }]);
  });

  it('keeps a decline private: the introducer and the other side see "not now"', async () => {
    const gus = await person('intro-gus');
    const ada = await person('intro-ada');
    const ben = await person('intro-ben');
    await connect(gus, ada);
    await connect(gus, ben);
    const proposed = await gus.session.call<{ proposeIntroduction: Intro }>(PROPOSE, {
      a: ada.id,
      b: ben.id,
      note: 'You both bake.',
    });
    const id = proposed.data!.proposeIntroduction.id;
    await ada.session.call(ANSWER, { id, accept: true });
    const declined = await ben.session.call<{ answerIntroduction: Intro }>(ANSWER, {
      id,
      accept: false,
    });
    expect(declined.data!.answerIntroduction.status).toBe('DECLINED');
    for (const who of [gus, ada]) {
      const seen = await who.session.call<{ introduction: Intro }>(ONE, { id });
      expect(seen.data!.introduction.status).toBe('NOT_NOW');
      expect(seen.data!.introduction.history.map((h) => h.status)).toEqual([
        'PROPOSED',
        'ACCEPTED_BY_ONE',
        'NOT_NOW',
      ]);
    }
    expect(await connected(ada, ben)).toBe(false);
  });

  it('refuses introductions nobody may make, with clear errors', async () => {
    const hal = await person('intro-hal');
    const ivy = await person('intro-ivy');
    const jon = await person('intro-jon');
    const kai = await person('intro-kai', ['MEMBER', 'CONNECTOR']);
    const error = async (who: Person, variables: Record<string, unknown>) =>
      (await who.session.call(PROPOSE, variables)).errors?.[0].extensions;

    expect(await error(hal, { a: ivy.id, b: jon.id, note: 'Hi' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INTRODUCER_NOT_CONNECTED',
    });
    expect(await error(kai, { a: ivy.id, b: ivy.id, note: 'Hi' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberBId',
    });
    expect(await error(kai, { a: kai.id, b: ivy.id, note: 'Hi' })).toMatchObject({
      reason: 'INTRODUCE_SELF',
      field: 'memberAId',
    });
    expect(await error(kai, { a: ivy.id, b: jon.id, note: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    await connect(ivy, jon);
    expect(await error(kai, { a: ivy.id, b: jon.id, note: 'Hi' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_CONNECTED',
    });
    expect((await kai.session.call(PROPOSE, { a: ivy.id, b: hal.id, note: 'Hi' })).errors).toBe(
      undefined,
    );
    expect(await error(kai, { a: hal.id, b: ivy.id, note: 'Again' })).toMatchObject({
      reason: 'INTRODUCTION_PENDING',
    });
    // A block between the two reads as "cannot be made", without saying who blocked whom.
    await jon.session.call('mutation ($id: ID!) { blockMember(input: { memberId: $id }) }', {
      id: hal.id,
    });
    expect(await error(kai, { a: jon.id, b: hal.id, note: 'Hi' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INTRODUCTION_NOT_POSSIBLE',
    });
    const [{ count }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM introduction WHERE introducer_id = $1',
      [kai.id],
    );
    expect(count).toBe(1);
  });

  it('turns a request into a proposal when the introducer forwards it, or tells the requester no', async () => {
    const lia = await person('intro-lia');
    const max = await person('intro-max');
    const noa = await person('intro-noa');
    const oli = await person('intro-oli');
    await connect(lia, max);
    await connect(max, noa);
    await connect(max, oli);
    const REQUEST = `mutation ($introducer: ID!, $target: ID!, $reason: String!) {
      requestIntroduction(input: { introducerId: $introducer, targetId: $target, reason: $reason }) { ${REQUEST_FIELDS} } }`;

    const asked = await lia.session.call<{ requestIntroduction: { id: string; status: string } }>(
      REQUEST,
      { introducer: max.id, target: noa.id, reason: 'I need a distributor for my sauces' },
    );
    expect(asked.data!.requestIntroduction).toMatchObject({ status: 'PENDING' });
    const requestId = asked.data!.requestIntroduction.id;
    const duplicate = await lia.session.call(REQUEST, {
      introducer: max.id,
      target: noa.id,
      reason: 'Again',
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ reason: 'REQUEST_PENDING' });
    const notTheirs = await lia.session.call(REQUEST, {
      introducer: noa.id,
      target: oli.id,
      reason: 'Hi',
    });
    expect(notTheirs.errors?.[0].extensions).toMatchObject({
      reason: 'INTRODUCER_NOT_CONNECTED',
      field: 'introducerId',
    });

    const received = await max.session.call<{
      introductionRequests: { nodes: { id: string; requester: { handle: string } }[] };
    }>('{ introductionRequests(role: INTRODUCER) { nodes { id requester { handle } } } }');
    expect(received.data!.introductionRequests.nodes).toEqual([
      { id: requestId, requester: { handle: 'intro-lia' } },
    ]);
    const FORWARD = `mutation ($id: ID!, $note: String) {
      forwardIntroductionRequest(input: { requestId: $id, note: $note }) { ${REQUEST_FIELDS} } }`;
    const byOther = await noa.session.call(FORWARD, { id: requestId });
    expect(byOther.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const forwarded = await max.session.call<{
      forwardIntroductionRequest: { status: string; introductionId: string };
    }>(FORWARD, { id: requestId });
    expect(forwarded.data!.forwardIntroductionRequest.status).toBe('FORWARDED');
    const proposal = await noa.session.call<{ introduction: Intro & { note: string } }>(ONE, {
      id: forwarded.data!.forwardIntroductionRequest.introductionId,
    });
    expect(proposal.data!.introduction).toMatchObject({
      note: 'I need a distributor for my sauces',
      status: 'PROPOSED',
    });

    const second = await lia.session.call<{ requestIntroduction: { id: string } }>(REQUEST, {
      introducer: max.id,
      target: oli.id,
      reason: 'Would love to meet Oli',
    });
    const declined = await max.session.call<{
      declineIntroductionRequest: { status: string; answerNote: string };
    }>(
      `mutation ($id: ID!) { declineIntroductionRequest(input: { requestId: $id, note: "Oli is travelling this month" }) { ${REQUEST_FIELDS} } }`,
      { id: second.data!.requestIntroduction.id },
    );
    expect(declined.data!.declineIntroductionRequest).toMatchObject({
      status: 'DECLINED',
      answerNote: 'Oli is travelling this month',
    });
  });

  it('expires introductions left unanswered for 14 days', async () => {
    const pia = await person('intro-pia', ['MEMBER', 'CONNECTOR']);
    const quinn = await person('intro-quinn');
    const rae = await person('intro-rae');
    const proposed = await pia.session.call<{ proposeIntroduction: Intro }>(PROPOSE, {
      a: quinn.id,
      b: rae.id,
      note: 'Both in textiles',
    });
    const id = proposed.data!.proposeIntroduction.id;
    await db.query(
      "UPDATE introduction SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [id],
    );
    const late = await quinn.session.call(ANSWER, { id, accept: true });
    expect(late.errors?.[0].extensions).toMatchObject({ reason: 'INTRODUCTION_CLOSED' });

    expect(await app.app.get(IntroductionsService).expireDue()).toBeGreaterThanOrEqual(1);
    const seen = await pia.session.call<{ introduction: Intro }>(ONE, { id });
    expect(seen.data!.introduction).toMatchObject({
      status: 'EXPIRED',
      history: [{ status: 'PROPOSED' }, { status: 'EXPIRED' }],
    });
    // Idempotent: a second sweep (another process, say) changes nothing.
    const [{ count }] = await db.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM introduction_event WHERE introduction_id = $1 AND kind = 'EXPIRED'",
      [id],
    );
    await app.app.get(IntroductionsService).expireDue();
    const [{ count: after }] = await db.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM introduction_event WHERE introduction_id = $1 AND kind = 'EXPIRED'",
      [id],
    );
    expect(after).toBe(count);
  });
});
