import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { linkToken, TestSession, waitForMail } from '../support/session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'a-long-walk-along-the-harbor';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** How far the page scrolls sideways: 0 when it fits the viewport. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describeInBrowser('organizations in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  /** A member with a confirmed email (through the development outbox), signed in in a browser. */
  async function member(
    handle: string,
    displayName: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const email = `${handle}@example.org`;
    const session = new TestSession(app);
    await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: { displayName, handle, email, password: PASSWORD },
      },
    );
    const mail = await waitForMail(app, (m) => m.recipient === email);
    await session.call(
      'mutation ($token: String!) { verifyEmail(input: { token: $token }) { email } }',
      {
        token: linkToken(mail),
      },
    );
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: displayName }).waitFor();
    return { context, page };
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates an organization, gives it a logo, invites a member who accepts, on a phone-sized screen', async () => {
    const phone = { width: 375, height: 812 };
    const { context: owner, page } = await member('rosa-owner', 'Rosa Díaz', phone);

    await page.goto(`${app.url}/organizations/new`);
    await page.getByRole('heading', { level: 1, name: 'Add an organization' }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('textbox', { name: 'Name' }).fill('Dudley Bakery Cooperative');
    await page.getByRole('textbox', { name: 'Address on GrowHere' }).fill('dudley-bakery');
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Small business' }).click();
    await page.getByRole('button', { name: 'Create organization' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dudley Bakery Cooperative' }).waitFor();
    expect(page.url()).toBe(`${app.url}/o/dudley-bakery`);
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // A logo, uploaded from the edit page and re-encoded by the server.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 2, name: 'Logo' }).waitFor();
    const logo = await sharp({
      create: {
        width: 1200,
        height: 400,
        channels: 4,
        background: { r: 200, g: 90, b: 20, alpha: 1 },
      },
    })
      .png()
      .toBuffer();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await page.getByText('Saved.').waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const [src, width] = await page
      .getByRole('img', { name: 'Logo of Dudley Bakery Cooperative' })
      .evaluate(async (image: HTMLImageElement) => {
        await image.decode();
        return [image.getAttribute('src'), image.naturalWidth] as const;
      });
    expect(src).toMatch(/^\/media\/logos\/[0-9a-f-]{36}-[0-9a-f]{16}\.webp$/);
    // Fitted inside 512×512 without cropping: 1200×400 becomes 512×171.
    expect(width).toBe(512);

    // An invitation by handle, from the organization's page.
    const { context: guest, page: guestPage } = await member('tomas-baker', 'Tomás Ruiz');
    await page.goto(`${app.url}/o/dudley-bakery`);
    await page.getByRole('textbox', { name: 'Handle or email' }).fill('tomas-baker');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to @tomas-baker.').waitFor();
    await expectNoAxeViolations(page);

    // The invitee sees it on /invitations (counted in the account menu) and accepts.
    await guestPage.goto(`${app.url}/invitations`);
    await guestPage.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await guestPage.getByText('Dudley Bakery Cooperative').first().waitFor();
    await expectNoAxeViolations(guestPage);
    await guestPage
      .getByRole('button', { name: 'Accept the invitation from Dudley Bakery Cooperative' })
      .click();
    await guestPage.getByText('You joined Dudley Bakery Cooperative.').waitFor();
    await guestPage.getByRole('link', { name: 'Go to Dudley Bakery Cooperative' }).click();
    await guestPage.getByRole('heading', { level: 1, name: 'Dudley Bakery Cooperative' }).waitFor();
    await guestPage.getByRole('link', { name: 'Tomás Ruiz' }).waitFor();

    // And the member's profile names the organization, with its logo.
    await guestPage.goto(`${app.url}/m/tomas-baker`);
    const organizations = guestPage.getByRole('region', { name: 'Organizations' });
    await organizations.getByRole('link', { name: 'Dudley Bakery Cooperative' }).waitFor();
    await expectNoAxeViolations(guestPage);

    await guest.close();
    await owner.close();
  });

  it('lists organizations, filters them and fits a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/organizations`);
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await page.getByRole('link', { name: 'Dudley Bakery Cooperative' }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('checkbox', { name: 'Verified only' }).check();
    await expect(
      page.getByRole('link', { name: 'Dudley Bakery Cooperative' }).waitFor({ state: 'detached' }),
    ).resolves.toBeUndefined();
    await context.close();
  });
});
