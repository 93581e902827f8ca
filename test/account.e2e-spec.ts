import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession, waitForMail } from './support/session.js';

const PASSWORD = 'data-rights-passphrase';

describe('data rights: export and account deletion', () => {
  let app: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  async function member(handle: string) {
    const session = new TestSession(app);
    const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: {
          email: `${handle}@example.org`,
          handle,
          displayName: 'Lucía Pérez',
          password: PASSWORD,
        },
      },
    );
    await session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      {
        input: {
          bio: 'Bakery owner in Roslindale',
          needs: [{ category: 'FUNDING', text: 'A second oven' }],
          offers: [{ category: 'TRAINING', text: 'Sourdough classes' }],
        },
      },
    );
    await waitForMail(app, (m) => m.recipient === `${handle}@example.org`);
    return { session, id: signUp.data!.signUp.viewer.id, email: `${handle}@example.org` };
  }

  it('exports every row the member owns as one JSON document, without secrets', async () => {
    const { session, email, id } = await member('lucia-export');
    const friend = await member('lucia-friend');
    const stranger = await member('lucia-stranger');
    await db.query('INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1)', [
      id,
      friend.id,
    ]);
    await session.call(
      'mutation ($id: ID!) { requestConnection(input: { memberId: $id, note: "Hi" }) { id } }',
      {
        id: stranger.id,
      },
    );
    const response = await session.call<{ exportMyData: string }>('mutation { exportMyData }');
    expect(response.errors).toBeUndefined();
    const document = JSON.parse(response.data!.exportMyData) as Record<string, unknown>;
    expect(document).toMatchObject({
      format: 'growhere-member-export/1',
      member: { email, handle: 'lucia-export', bio: 'Bakery owner in Roslindale' },
      needs: [{ category: 'FUNDING', text: 'A second oven' }],
      offers: [{ category: 'TRAINING', text: 'Sourdough classes' }],
      links: [expect.objectContaining({ purpose: 'VERIFY_EMAIL', email })],
      mail: [expect.objectContaining({ subject: 'Confirm your email for GrowHere' })],
      network: {
        connections: [expect.objectContaining({ handle: 'lucia-friend' })],
        connectionRequests: [
          expect.objectContaining({
            direction: 'SENT',
            otherMember: 'lucia-stranger',
            note: 'Hi',
            status: 'PENDING',
          }),
        ],
        blockedMembers: [],
        dismissedSuggestions: [],
      },
      organizations: { memberships: [], invitations: [] },
    });
    expect((document.sessions as unknown[]).length).toBe(1);
    expect(response.data!.exportMyData).not.toMatch(/passwordHash|tokenHash|argon2/);
  });

  it('refuses deletion without the right password, changing nothing', async () => {
    const { session, id } = await member('lucia-keeps');
    const wrong = await session.call(
      'mutation { deleteMyAccount(input: { password: "not-my-password" }) }',
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const [row] = await db.query<{ deleted_at: Date | null }[]>(
      'SELECT deleted_at FROM member WHERE id = $1',
      [id],
    );
    expect(row.deleted_at).toBeNull();
  });

  it('deletes personal data, keeps a tombstone, revokes sessions and writes one audit entry', async () => {
    const { session, id, email } = await member('lucia-leaves');
    const friend = await member('lucia-left-behind');
    await db.query('INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1)', [
      id,
      friend.id,
    ]);
    const deleted = await session.call(
      `mutation { deleteMyAccount(input: { password: "${PASSWORD}" }) }`,
    );
    expect(deleted.data).toEqual({ deleteMyAccount: true });
    expect(session.lastSetCookie).toMatch(/growhere_refresh=;/);

    const [tombstone] = await db.query<Record<string, unknown>[]>(
      'SELECT email, handle, display_name, bio, password_hash, deleted_at FROM member WHERE id = $1',
      [id],
    );
    expect(tombstone).toMatchObject({
      display_name: 'Deleted member',
      bio: '',
      password_hash: null,
    });
    expect(tombstone.email).toMatch(/^deleted-[0-9a-f]{12}@deleted\.invalid$/);
    expect(tombstone.deleted_at).not.toBeNull();
    const counts = await db.query<
      { statements: string; tokens: string; mail: string; audit: string; network: string }[]
    >(
      `SELECT (SELECT count(*) FROM member_statement WHERE member_id = $1) AS statements,
              (SELECT count(*) FROM connection WHERE member_id = $1 OR other_id = $1) AS network,
              (SELECT count(*) FROM refresh_token WHERE member_id = $1) AS tokens,
              (SELECT count(*) FROM mail_outbox WHERE recipient = $2) AS mail,
              (SELECT count(*) FROM audit_entry WHERE target_id = $1::text AND action = 'member.account_deleted') AS audit`,
      [id, email],
    );
    expect(counts[0]).toEqual({
      statements: '0',
      network: '0',
      tokens: '0',
      mail: '0',
      audit: '1',
    });

    expect((await app.graphql('query { member(handle: "lucia-leaves") { id } }')).data).toEqual({
      member: null,
    });
    const signIn = await app.graphql(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password: PASSWORD } },
    );
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    // Inserting is allowed; row triggers fire only where a row exists.
    await db.query(
      "INSERT INTO audit_entry (action, target_type, target_id) VALUES ('test.append_only', 'member', 'x')",
    );
    for (const statement of [
      "UPDATE audit_entry SET reason = 'rewritten'",
      'DELETE FROM audit_entry',
      'TRUNCATE audit_entry',
    ]) {
      await expect(db.query(statement)).rejects.toThrow(/audit_entry is append-only/);
    }
    const [{ count }] = await db.query<{ count: string }[]>('SELECT count(*) FROM audit_entry');
    expect(Number(count)).toBeGreaterThan(0);
  });
});
