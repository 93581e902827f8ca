import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { TestSession } from '../support/session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'keep-the-commons-clean';

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describeInBrowser('trust and safety in Chromium', () => {
  let app: TestApp;
  let db: DataSource;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A member signed up over the API (roles set in the database), signed in through the page. */
  async function member(
    handle: string,
    displayName: string,
    roles?: string[],
  ): Promise<{ id: string; session: TestSession; page: Page }> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { displayName, handle, email, password: PASSWORD } },
    );
    const id = response.data!.signUp.viewer.id;
    if (roles) await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: displayName }).waitFor();
    return { id, session, page };
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('three members report a spam profile, it disappears, staff suspend it from the queue, and the audit log shows it', async () => {
    // A spam account, signed in on its own device (its session must end at once).
    const spammer = new TestSession(app);
    const signedUp = await spammer.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: {
          displayName: 'Cheap Leads Now',
          handle: 'cheap-leads',
          email: 'cheap-leads@example.org',
          password: PASSWORD,
        },
      },
    );
    const spammerId = signedUp.data!.signUp.viewer.id;
    const edited = await spammer.call(
      'mutation { updateProfile(input: { headline: "10,000 guaranteed customers for $9" }) { id } }',
    );
    expect(edited.errors).toBeUndefined();

    // Three members report it from its profile, each in their own browser.
    const reporters = [
      await member('rita-reports', 'Rita Alves'),
      await member('omar-reports', 'Omar Haddad'),
      await member('june-reports', 'June Park'),
    ];
    for (const [index, reporter] of reporters.entries()) {
      const page = reporter.page;
      await page.goto(`${app.url}/m/cheap-leads`);
      await page.getByRole('heading', { name: 'Cheap Leads Now' }).waitFor();
      await page.getByRole('button', { name: 'Report Cheap Leads Now' }).click();
      const dialog = page.getByRole('dialog', { name: 'Report Cheap Leads Now' });
      await dialog.getByRole('radio', { name: /^Spam/ }).check();
      if (index === 0) {
        await dialog.getByLabel(/^Details/).fill('Sends the same advert to everyone.');
        await expectNoAxeViolations(page);
      }
      await dialog.getByRole('button', { name: 'Send report' }).click();
      await dialog.getByText('Thank you. Your report was sent to city staff.').waitFor();
    }

    // Hidden until staff review it: a fourth member finds no such profile, nor does search.
    const visitor = await member('vera-visits', 'Vera Costa');
    await visitor.page.goto(`${app.url}/m/cheap-leads`);
    await visitor.page.getByRole('heading', { name: 'Member not found' }).waitFor();
    const found = await visitor.session.call<{ search: { totalCount: number } }>(
      '{ search(query: "Cheap Leads") { totalCount } }',
    );
    expect(found.data!.search.totalCount).toBe(0);

    // Staff find it at the top of the queue, hidden automatically, and suspend its owner.
    const ada = await member('ada-staff', 'Ada Okoro', ['MEMBER', 'STAFF', 'ADMIN']);
    await ada.page.goto(`${app.url}/staff/queue`);
    await ada.page.getByRole('heading', { name: 'Moderation queue' }).waitFor();
    await ada.page.getByRole('link', { name: 'Cheap Leads Now' }).first().click();
    await ada.page.getByRole('heading', { name: '3 reports' }).waitFor();
    await expectNoAxeViolations(ada.page);
    await ada.page.getByRole('button', { name: 'Suspend the owner' }).click();
    const suspend = ada.page.getByRole('dialog', { name: 'Suspend Cheap Leads Now?' });
    await suspend.getByRole('radio', { name: 'Indefinitely, until staff lift it' }).check();
    await suspend.getByLabel(/^Reason/).fill('Spam sent to members who never asked for it');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await ada.page.getByText('Cheap Leads Now is suspended until staff lift it.').waitFor();

    // The spammer's session ends at once: the access token it holds is refused.
    const after = await spammer.call('{ viewer { id } unreadNotificationCount }');
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const refreshed = await spammer.call('mutation { refreshSession { accessToken } }');
    expect(refreshed.errors?.length).toBeGreaterThan(0);

    // The audit log shows the suspension, by Ada, with its reason.
    await ada.page.goto(`${app.url}/staff/audit`);
    await ada.page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const row = ada.page.getByRole('row').filter({ hasText: 'moderation.suspend' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(
      'Spam sent to members who never asked for it',
    );
    await expect(row.textContent()).resolves.toContain('Ada Okoro');
    const [entry] = await db.query<{ target_id: string; actor_id: string }[]>(
      "SELECT target_id, actor_id FROM audit_entry WHERE action = 'moderation.suspend'",
    );
    expect(entry).toEqual({ target_id: spammerId, actor_id: ada.id });
    await expectNoAxeViolations(ada.page);
  });
});
