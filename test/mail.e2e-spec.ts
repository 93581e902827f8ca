import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { MailWorker } from '../src/modules/mail/mail.worker.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
}

describe('the mail outbox with a real SMTP server', () => {
  let app: TestApp;
  let port: number;
  let smtp: SMTPServer | undefined;
  const received: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    port = await freePort();
    app = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, AUTH_RATE_LIMIT: '100' });
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) =>
      smtp ? smtp.close(() => resolve(undefined)) : resolve(undefined),
    );
  });

  const outbox = (email: string) =>
    app.app
      .get(DataSource)
      .query<OutboxRow[]>(
        'SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = $1',
        [email],
      );

  it('keeps the mail while SMTP is down, and delivers it when SMTP is back', async () => {
    const email = 'outbox@example.org';
    const signUp = await app.graphql(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      {
        input: {
          email,
          handle: 'outbox-test',
          displayName: 'Out Box',
          password: 'a-long-and-fine-phrase',
        },
      },
    );
    expect(signUp.errors).toBeUndefined();

    // Nothing listens on the SMTP port: the worker tries, records the error, and keeps the mail.
    const worker = app.app.get(MailWorker);
    await worker.drain();
    const [failed] = await outbox(email);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(port, '127.0.0.1', resolve));

    // The backoff has passed (30 s after the first attempt): the next pass delivers it.
    await app.app
      .get(DataSource)
      .query('UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1', [email]);
    // The background pass may get there first; either way it is sent once.
    await worker.drain();
    for (let i = 0; i < 50 && (await outbox(email))[0].status !== 'SENT'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await outbox(email))[0]).toMatchObject({
      status: 'SENT',
      attempts: 2,
      last_error: null,
    });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual([email]);
    expect(received[0].raw).toMatch(/Subject: Confirm your email for GrowHere/);
    expect(received[0].raw).toMatch(/verify-email\?token=/);
  });

  it('does not expose the development outbox when real mail is configured', async () => {
    expect((await fetch(`${app.url}/dev/mail`)).status).toBe(404);
  });
});
