import { startTestApp, type TestApp } from './support/test-app.js';
import { allMail, linkToken, TestSession, waitForMail } from './support/session.js';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        id
        handle
        displayName
        email
        emailVerified
        roles
        locale
      }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      viewer {
        id
        email
      }
    }
  }
`;
const REFRESH = 'mutation { refreshSession { accessToken viewer { id } } }';
const VIEWER = '{ viewer { id handle email emailVerified roles } }';
const VERIFY = 'mutation ($token: String!) { verifyEmail(input: { token: $token }) { email } }';

const PASSWORD = 'harbor-kitchen-lease-2026';
let counter = 0;
function newcomer(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    email: `newcomer${counter}@example.org`,
    handle: `newcomer-${counter}`,
    displayName: `New Comer ${counter}`,
    password: PASSWORD,
    ...overrides,
  };
}

interface ViewerData {
  viewer: {
    id: string;
    handle: string;
    email: string;
    emailVerified: boolean;
    roles: string[];
  } | null;
}

describe('accounts and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000', PUBLIC_URL: 'https://growhere.test' });
  });
  afterAll(() => app?.close());

  async function signUp(session: TestSession, input = newcomer()) {
    const response = await session.call<{ signUp: { viewer: { id: string; email: string } } }>(
      SIGN_UP,
      { input },
    );
    expect(response.errors).toBeUndefined();
    return { ...input, id: response.data!.signUp.viewer.id };
  }

  it('signs up, signs in at once, and sets an httpOnly SameSite refresh cookie on /graphql', async () => {
    const session = new TestSession(app);
    const input = newcomer({
      email: '  Femi.Adeyemi@Example.ORG ',
      handle: 'femi-a',
      locale: 'es',
    });
    const response = await session.call<{ signUp: Record<string, unknown> }>(SIGN_UP, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.signUp.viewer).toMatchObject({
      handle: 'femi-a',
      email: 'femi.adeyemi@example.org',
      emailVerified: false,
      roles: ['MEMBER'],
      locale: 'es',
    });
    expect(session.lastSetCookie).toMatch(/^growhere_refresh=[^;]+;/);
    expect(session.lastSetCookie).toMatch(/Path=\/graphql/);
    expect(session.lastSetCookie).toMatch(/HttpOnly/);
    expect(session.lastSetCookie).toMatch(/SameSite=Strict/);

    const signedIn = await session.call<ViewerData>(VIEWER);
    expect(signedIn.data!.viewer).toMatchObject({ handle: 'femi-a', emailVerified: false });
    const anonymous = await app.graphql<ViewerData>(VIEWER);
    expect(anonymous.data!.viewer).toBeNull();
  });

  it('mails a verification link (in the member’s language) that verifies once', async () => {
    const session = new TestSession(app);
    const member = await signUp(session, newcomer({ locale: 'es' }));
    const mail = await waitForMail(app, (m) => m.recipient === member.email);
    expect(mail.subject).toBe('Confirma tu correo para GrowHere');
    expect(mail.text).toContain('https://growhere.test/verify-email?token=');

    const token = linkToken(mail);
    const verified = await app.graphql(VERIFY, { token });
    expect(verified.data).toEqual({ verifyEmail: { email: member.email } });
    expect((await session.call<ViewerData>(VIEWER)).data!.viewer!.emailVerified).toBe(true);

    const again = await app.graphql(VERIFY, { token });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_INVALID',
      field: 'token',
    });
  });

  it('refuses a taken email or handle as a CONFLICT naming the field, writing nothing', async () => {
    const first = await signUp(new TestSession(app));
    const mailBefore = (await allMail(app)).length;

    const sameEmail = await app.graphql(SIGN_UP, {
      input: newcomer({ email: first.email.toUpperCase() }),
    });
    expect(sameEmail.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const sameHandle = await app.graphql(SIGN_UP, { input: newcomer({ handle: first.handle }) });
    expect(sameHandle.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });

    expect((await allMail(app)).length).toBe(mailBefore);
  });

  it('checks every sign-up field and names it', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ handle: 'No Spaces!' }, 'handle'],
      [{ handle: 'ab' }, 'handle'],
      [{ displayName: '   ' }, 'displayName'],
      [{ locale: 'fr' }, 'locale'],
      [{ password: 'short-pass' }, 'password', 'PASSWORD_TOO_SHORT'],
      [{ password: 'x'.repeat(129) }, 'password', 'PASSWORD_TOO_LONG'],
      [{ password: 'qwerty123456' }, 'password', 'PASSWORD_TOO_COMMON'],
      [{ password: 'aaaaaaaaaaaaaaaa' }, 'password', 'PASSWORD_TOO_COMMON'],
      [{ handle: 'marisol-v', password: 'marisol-v-is-here' }, 'password', 'PASSWORD_TOO_PERSONAL'],
    ];
    for (const [overrides, field, reason] of cases) {
      const response = await app.graphql(SIGN_UP, { input: newcomer(overrides) });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        ...(reason ? { reason } : {}),
      });
    }
  });

  it('answers an unknown email and a wrong password alike, and signs in with the right one', async () => {
    const member = await signUp(new TestSession(app));
    const unknown = await app.graphql(SIGN_IN, {
      input: { email: 'nobody@example.org', password: PASSWORD },
    });
    const wrong = await app.graphql(SIGN_IN, {
      input: { email: member.email, password: 'not-the-password-at-all' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
    });
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);

    const session = new TestSession(app);
    const right = await session.call<{ signIn: { viewer: { id: string } } }>(SIGN_IN, {
      input: { email: member.email.toUpperCase(), password: PASSWORD },
    });
    expect(right.data!.signIn.viewer.id).toBe(member.id);
  });

  it('locks an account for a while after five failed sign-ins', async () => {
    const member = await signUp(new TestSession(app));
    for (let i = 0; i < 5; i += 1) {
      await app.graphql(SIGN_IN, { input: { email: member.email, password: `wrong-guess-${i}` } });
    }
    const locked = await app.graphql(SIGN_IN, {
      input: { email: member.email, password: PASSWORD },
    });
    expect(locked.errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'ACCOUNT_LOCKED',
    });
    expect(locked.errors?.[0].message).toMatch(/Try again in 15 minutes/);
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const session = new TestSession(app);
    await signUp(session);
    const firstCookie = session.cookie!;
    const refreshed = await session.call<{ refreshSession: { viewer: { id: string } } }>(REFRESH);
    expect(refreshed.errors).toBeUndefined();
    expect(session.cookie).not.toBe(firstCookie);

    // A thief replays the first cookie: the family is revoked, so the owner's new one dies too.
    const thief = new TestSession(app);
    thief.cookie = firstCookie;
    const replay = await thief.call(REFRESH);
    expect(replay.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_INVALID',
    });
    const owner = await session.call(REFRESH);
    expect(owner.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out here, or everywhere', async () => {
    const laptop = new TestSession(app);
    const member = await signUp(laptop);
    const phone = new TestSession(app);
    await phone.call(SIGN_IN, { input: { email: member.email, password: PASSWORD } });
    const tablet = new TestSession(app);
    await tablet.call(SIGN_IN, { input: { email: member.email, password: PASSWORD } });

    expect((await laptop.call('mutation { signOut }')).data).toEqual({ signOut: true });
    expect(laptop.lastSetCookie).toMatch(/growhere_refresh=;/);
    expect((await laptop.call(REFRESH)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await phone.call(REFRESH)).errors).toBeUndefined();

    await phone.call('mutation { signOut(input: { everywhere: true }) }');
    expect((await tablet.call(REFRESH)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a forgotten password by mail, without revealing who has an account', async () => {
    const session = new TestSession(app);
    const member = await signUp(session);
    const request = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';
    expect((await app.graphql(request, { email: 'ghost@example.org' })).data).toEqual({
      requestPasswordReset: true,
    });
    expect((await app.graphql(request, { email: member.email })).data).toEqual({
      requestPasswordReset: true,
    });
    const mail = await waitForMail(
      app,
      (m) => m.recipient === member.email && m.subject === 'Reset your GrowHere password',
    );
    expect((await allMail(app)).some((m) => m.recipient === 'ghost@example.org')).toBe(false);

    const reset =
      'mutation ($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }';
    const weak = await app.graphql(reset, { token: linkToken(mail), password: 'short' });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const done = await app.graphql(reset, {
      token: linkToken(mail),
      password: 'a-brand-new-passphrase',
    });
    expect(done.data).toEqual({ resetPassword: true });

    expect((await session.call(REFRESH)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const old = await app.graphql(SIGN_IN, { input: { email: member.email, password: PASSWORD } });
    expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await app.graphql(SIGN_IN, {
      input: { email: member.email, password: 'a-brand-new-passphrase' },
    });
    expect(fresh.errors).toBeUndefined();
  });

  it('changes the password, keeping this device signed in and ending the others', async () => {
    const here = new TestSession(app);
    const member = await signUp(here);
    const elsewhere = new TestSession(app);
    await elsewhere.call(SIGN_IN, { input: { email: member.email, password: PASSWORD } });
    const change =
      'mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }';

    const anonymous = await app.graphql(change, { current: PASSWORD, next: 'another-long-phrase' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await here.call(change, {
      current: 'not-my-password',
      next: 'another-long-phrase',
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    expect(
      (await here.call(change, { current: PASSWORD, next: 'another-long-phrase' })).data,
    ).toEqual({ changePassword: true });
    expect((await here.call(REFRESH)).errors).toBeUndefined();
    expect((await elsewhere.call(REFRESH)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes the email only once the new address is confirmed', async () => {
    const session = new TestSession(app);
    const member = await signUp(session);
    const taken = await signUp(new TestSession(app));
    const change =
      'mutation ($email: String!, $password: String!) { changeEmail(input: { newEmail: $email, password: $password }) }';

    const conflict = await session.call(change, { email: taken.email, password: PASSWORD });
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'newEmail' });
    expect(
      (await session.call(change, { email: 'moved@example.org', password: PASSWORD })).data,
    ).toEqual({
      changeEmail: true,
    });
    expect((await session.call<ViewerData>(VIEWER)).data!.viewer!.email).toBe(member.email);

    const mail = await waitForMail(app, (m) => m.recipient === 'moved@example.org');
    expect((await app.graphql(VERIFY, { token: linkToken(mail) })).data).toEqual({
      verifyEmail: { email: 'moved@example.org' },
    });
    expect((await session.call<ViewerData>(VIEWER)).data!.viewer).toMatchObject({
      email: 'moved@example.org',
      emailVerified: true,
    });
  });

  it('refuses forged or tampered access tokens on signed-in operations', async () => {
    const session = new TestSession(app);
    await signUp(session);
    const [header, payload] = session.accessToken!.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const tampered = `${header}.${payload}.${'A'.repeat(43)}`;
    const change =
      'mutation { changePassword(input: { currentPassword: "x", newPassword: "another-long-phrase" }) }';
    for (const token of [unsigned, tampered]) {
      const response = await app.graphql(change, undefined, { authorization: `Bearer ${token}` });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Public queries still answer, as for anyone without a session.
      const viewer = await app.graphql<ViewerData>(VIEWER, undefined, {
        authorization: `Bearer ${token}`,
      });
      expect(viewer.data).toEqual({ viewer: null });
    }
  });
});

describe('per-address limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => app?.close());

  it('refuses more sign-in attempts from one address than the limit', async () => {
    const attempt = () =>
      app.graphql(SIGN_IN, { input: { email: 'someone@example.org', password: 'whatever-it-is' } });
    for (let i = 0; i < 3; i += 1) {
      expect((await attempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt()).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
