import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/config/project-root.js';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

describeInBrowser('the "Why Boston" landing page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(projectRoot, 'client/dist/index.html'))) {
      throw new Error('client/dist is missing: run `npm run build` (npm test does)');
    }
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders the pitch, switches to Spanish, and has no accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);

    // The page says it is loading first; then the city's pitch replaces it.
    await page.getByRole('heading', { level: 1, name: 'Why Boston' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Talent' }).waitFor();
    await page.getByRole('heading', { name: 'Quality of life' }).waitFor();
    expect(await page.getByText('675,647').count()).toBeGreaterThan(0);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectNoAxeViolations(page);

    await page.getByText('Español', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '¿Por qué Boston?' }).waitFor();
    await page.getByRole('heading', { name: 'Talento' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expectNoAxeViolations(page);

    // The choice is remembered on the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '¿Por qué Boston?' }).waitFor();
    await context.close();
  });

  it('works by keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.closest('main') !== null),
    ).resolves.toBe(true);
    await context.close();
  });

  it('reads well on a 375-pixel phone: no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Talent' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
