import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { TestSession } from '../support/session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'a-long-walk-along-the-harbor';

async function expectNoAxeViolations(page: Page): Promise<void> {
  // Let opening fades finish: half-transparent text would fail the contrast check.
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describeInBrowser('the network in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  /** A member (signed up over the API), signed in through the sign-in page in their own browser. */
  async function member(
    handle: string,
    displayName: string,
    roles?: string[],
  ): Promise<{ id: string; context: BrowserContext; page: Page }> {
    const session = new TestSession(app);
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      { input: { displayName, handle, email: `${handle}@example.org`, password: PASSWORD } },
    );
    const id = response.data!.signUp.viewer.id;
    if (roles) {
      await app.app
        .get(DataSource)
        .query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(`${handle}@example.org`);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: displayName }).waitFor();
    return { id, context, page };
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a connector introduces two members, both accept, they exchange messages, and each sees live notifications', async () => {
    const carla = await member('carla-connector', 'Carla Mendes', ['MEMBER', 'CONNECTOR']);
    const femi = await member('femi-founder', 'Femi Adeyemi');
    const priya = await member('priya-partner', 'Priya Natarajan');

    // Femi asks Carla to connect from her profile; Carla accepts on her network page.
    await femi.page.goto(`${app.url}/m/carla-connector`);
    await femi.page.getByRole('button', { name: 'Connect', exact: true }).click();
    await femi.page.getByRole('textbox', { name: /Add a note/ }).fill('We met at the food fair.');
    await femi.page.getByRole('button', { name: 'Send request' }).click();
    await femi.page.getByText('Request sent to Carla Mendes.').waitFor();
    await expectNoAxeViolations(femi.page);

    await carla.page.goto(`${app.url}/network`);
    await carla.page.getByText('We met at the food fair.').waitFor();
    await expectNoAxeViolations(carla.page);
    await carla.page.getByRole('button', { name: 'Accept the request from Femi Adeyemi' }).click();
    await carla.page.getByText('You and Femi Adeyemi are now connected.').waitFor();

    // Femi and Priya both wait on their introductions pages: the bell must update live.
    await femi.page.goto(`${app.url}/introductions`);
    await priya.page.goto(`${app.url}/introductions`);
    await femi.page.getByRole('button', { name: 'Notifications (1 unread)' }).waitFor();
    await priya.page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    // Priya is one of Carla's connections too; Carla introduces Femi to her from Femi's profile.
    await app.app
      .get(DataSource)
      .query('INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1)', [
        carla.id,
        priya.id,
      ]);
    await carla.page.goto(`${app.url}/m/femi-founder`);
    await carla.page
      .getByRole('button', { name: 'Introduce Femi Adeyemi to one of your connections' })
      .click();
    const dialog = carla.page.getByRole('dialog', { name: 'Introduce Femi Adeyemi to…' });
    await dialog.getByRole('combobox', { name: /One of your connections/ }).click();
    await carla.page.getByRole('option', { name: 'Priya Natarajan' }).click();
    await dialog
      .getByRole('textbox', { name: /Why should they meet/ })
      .fill('Femi needs a kitchen; Priya runs one.');
    await expectNoAxeViolations(carla.page);
    await dialog.getByRole('button', { name: 'Make the introduction' }).click();
    await carla.page
      .getByText('You introduced Femi Adeyemi to Priya Natarajan.', { exact: false })
      .waitFor();

    // Told live, without reloading: Femi already had "Carla accepted" unread, Priya nothing.
    await femi.page.getByRole('button', { name: 'Notifications (2 unread)' }).waitFor();
    await priya.page.getByRole('button', { name: 'Notifications (1 unread)' }).waitFor();
    for (const [who, other] of [
      [femi, 'Priya Natarajan'],
      [priya, 'Femi Adeyemi'],
    ] as const) {
      await who.page.reload();
      await who.page.getByText('Femi needs a kitchen; Priya runs one.').first().waitFor();
      await expectNoAxeViolations(who.page);
      await who.page.getByRole('button', { name: `Accept the introduction to ${other}` }).click();
      await who.page.getByText(`You accepted the introduction to ${other}.`).waitFor();
    }

    // Complete: the conversation of three opens with Carla's note; Femi writes; Priya reads it live.
    await priya.page.goto(`${app.url}/messages`);
    await priya.page
      .getByRole('link', { name: /Carla Mendes/ })
      .first()
      .click();
    await priya.page.getByText('Femi needs a kitchen; Priya runs one.').first().waitFor();

    await femi.page.goto(`${app.url}/messages`);
    await femi.page
      .getByRole('link', { name: /Carla Mendes/ })
      .first()
      .click();
    const composer = femi.page.getByRole('textbox', { name: /^Message to/ });
    await composer.fill('Priya, could I see the kitchen on Friday?');
    await composer.press('Enter');
    await femi.page.getByText('Message sent.').waitFor();
    await expectNoAxeViolations(femi.page);

    await priya.page
      .getByText('Priya, could I see the kitchen on Friday?', { exact: true })
      .waitFor();
    await expectNoAxeViolations(priya.page);

    // Carla, on another page, is told live that the introduction completed and of the message.
    await carla.page.goto(`${app.url}/network`);
    await carla.page.getByRole('button', { name: /^Notifications \(\d+ unread\)/ }).click();
    await carla.page
      .getByText(/Your introduction through .* is complete|new message/)
      .first()
      .waitFor();

    for (const who of [carla, femi, priya]) await who.context.close();
  });

  it('fits a 375-pixel phone on the network, introductions and messages pages', async () => {
    const { context } = await member('phone-member', 'Pat Phone');
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [path, heading] of [
      ['/network', 'My network'],
      ['/introductions', 'Introductions'],
      ['/messages', 'Messages'],
    ]) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(`${path}: ${overflow}`).toBe(`${path}: 0`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});
