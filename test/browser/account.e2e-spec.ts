import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
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
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await expectNoAxeViolations(page);

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
});
