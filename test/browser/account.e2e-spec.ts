import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { TestSession } from '../support/session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The decoded width of an image on the page: proves it was served and is a real image. */
async function naturalWidth(page: Page, name: string): Promise<number> {
  const image = page.getByRole('img', { name });
  await image.waitFor();
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    return element.naturalWidth;
  });
}

describeInBrowser('joining GrowHere in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs up, confirms the email from the development outbox, signs out and back in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/join`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Display name').fill('Ana López');
    await page.getByLabel('Handle').fill('ana-lopez');
    await page.getByLabel('Email').fill('ana@example.org');
    await page.getByLabel(/^Password/).fill('a-sunny-day-in-jamaica-plain');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Onboarding right after sign-up: skip to the place, pick a neighborhood, add a need, finish.
    await page.getByRole('heading', { level: 1, name: 'Set up your profile' }).waitFor();
    await expectNoAxeViolations(page);
    for (let step = 0; step < 2; step += 1) {
      await page.getByRole('button', { name: 'Skip this step' }).click();
    }
    await page.getByRole('heading', { name: 'Where are you based?' }).waitFor();
    await page.getByRole('combobox', { name: 'Neighborhood' }).click();
    await page.getByRole('option', { name: 'Roxbury', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Need: Funding' }).click();
    await page
      .getByRole('textbox', { name: 'What do you need? (need 1)' })
      .fill('A loan for a second oven');
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: "You're all set" }).waitFor();

    // A photo, uploaded from the profile editor: re-encoded by the server, shown at once.
    await page.goto(`${app.url}/account/profile`);
    await page.getByRole('heading', { level: 2, name: 'Profile photo' }).waitFor();
    const photo = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#2f7d4f' },
    })
      .jpeg()
      .toBuffer();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ana.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText('Saved.').waitFor();
    await page.getByRole('img', { name: 'Photo of Ana López' }).waitFor();
    await expectNoAxeViolations(page);

    // An anonymous visitor sees the profile, its photo and its need; not the private email,
    // nor the neighborhood (members only by default).
    const visitor = await browser.newContext();
    const other = await visitor.newPage();
    await other.goto(`${app.url}/m/ana-lopez`);
    await other.getByRole('heading', { level: 1, name: 'Ana López' }).waitFor();
    await other.getByText('A loan for a second oven').waitFor();
    expect(await naturalWidth(other, 'Photo of Ana López')).toBe(512);
    expect(await other.getByText('ana@example.org').count()).toBe(0);
    expect(await other.getByText(/Roxbury/).count()).toBe(0);
    await expectNoAxeViolations(other);
    await visitor.close();

    // Another member, signed in through the sign-in page, sees the neighborhood but not the email.
    const bo = new TestSession(app);
    await bo.call('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: {
        displayName: 'Bo Chen',
        handle: 'bo-chen',
        email: 'bo@example.org',
        password: 'a-long-walk-along-the-harbor',
      },
    });
    const boContext = await browser.newContext();
    const boPage = await boContext.newPage();
    await boPage.goto(`${app.url}/sign-in`);
    await boPage.getByLabel('Email').fill('bo@example.org');
    await boPage.getByLabel(/^Password/).fill('a-long-walk-along-the-harbor');
    await boPage.getByRole('button', { name: 'Sign in' }).click();
    await boPage.getByRole('button', { name: 'Bo Chen' }).waitFor();
    await boPage.goto(`${app.url}/m/ana-lopez`);
    await boPage.getByRole('heading', { level: 1, name: 'Ana López' }).waitFor();
    await boPage.getByText(/Roxbury/).waitFor();
    expect(await boPage.getByText('ana@example.org').count()).toBe(0);
    await expectNoAxeViolations(boPage);
    await boContext.close();

    // The verification mail waits in the development outbox; follow it as a person would.
    await page.goto(`${app.url}/dev/mail`);
    await page.getByRole('link', { name: 'Confirm your email for GrowHere' }).first().click();
    await page.getByRole('link', { name: 'Confirm my email' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email confirmed' }).waitFor();
    await expectNoAxeViolations(page);

    // Signed in since sign-up: the header names the member; the menu signs out.
    await page.getByRole('button', { name: 'Ana López' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill('ana@example.org');
    await page.getByLabel(/^Password/).fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is incorrect.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(/^Password/).fill('a-sunny-day-in-jamaica-plain');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Ana López' }).waitFor();

    // The session survives a reload (refresh cookie), with no second sign-in.
    await page.reload();
    await page.getByRole('button', { name: 'Ana López' }).waitFor();
    await context.close();
  });

  it('fits a 375-pixel phone on the sign-up page', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/join`);
    await page.getByRole('button', { name: 'Create account' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('fits a 375-pixel phone, axe-clean, in the profile editor, the account settings and the deletion dialog', async () => {
    const session = new TestSession(app);
    await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: {
          displayName: 'Lucía Fernández',
          handle: 'lucia-f',
          email: 'lucia@example.org',
          password: 'a-long-walk-along-the-harbor',
        },
      },
    );
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill('lucia@example.org');
    await page.getByLabel(/^Password/).fill('a-long-walk-along-the-harbor');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Lucía Fernández' }).waitFor();

    for (const [path, heading] of [
      ['/account/profile', 'Edit your profile'],
      ['/account', 'Your account'],
    ]) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(`${path}: ${overflow}`).toBe(`${path}: 0`);
      await expectNoAxeViolations(page);
    }
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await dialog.waitFor();
    // Let the opening fade finish: half-transparent text would fail the contrast check.
    await page.evaluate(() =>
      Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
