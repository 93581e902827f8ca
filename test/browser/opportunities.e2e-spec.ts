import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchChromium } from '../support/browser.js';
import { TestSession } from '../support/session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'a-long-walk-along-the-harbor';
const LOAN_TITLE = 'Small-business loans up to $50,000';

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

/** Nothing wider than a 375 px phone: no sideways scrolling. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describeInBrowser('opportunities and matches in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  /** A member signed up over the API, then signed in through the sign-in page in their own browser. */
  async function member(
    handle: string,
    displayName: string,
  ): Promise<{ id: string; session: TestSession; context: BrowserContext; page: Page }> {
    const session = new TestSession(app);
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { displayName, handle, email: `${handle}@example.org`, password: PASSWORD } },
    );
    const id = response.data!.signUp.viewer.id;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(`${handle}@example.org`);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: displayName }).waitFor();
    return { id, session, context, page };
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("an entrepreneur who needs funding finds a lender's loan programme in For you, says she is interested, and the lender sees it", async () => {
    // The lender posts a loan programme for her organization.
    const lena = await member('lena-lends', 'Lena Okafor');
    const organization = await lena.session.call<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Harbor Community Lending", slug: "harbor-lending", type: LENDER }) { id } }',
    );
    expect(organization.errors).toBeUndefined();
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const posted = await lena.session.call<{ createOpportunity: { id: string; status: string } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id status } }`,
      {
        input: {
          organizationId: organization.data!.createOrganization.id,
          kind: 'FUNDING',
          subkind: 'LOAN',
          title: LOAN_TITLE,
          description: 'Loans for **food businesses** and shops, decided in *two weeks*.',
          eligibility: 'Businesses registered in the city.',
          amountMin: 5000,
          amountMax: 50000,
          citywide: true,
          deadline,
          publish: true,
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.createOpportunity.status).toBe('PUBLISHED');
    const opportunityId = posted.data!.createOpportunity.id;

    // The entrepreneur says on her profile that she needs funding.
    const ana = await member('ana-bakes', 'Ana Ruiz');
    const profile = await ana.session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      {
        input: {
          headline: 'Baker in Dorchester',
          sectors: ['72'],
          stage: 'EARLY_REVENUE',
          needs: [{ category: 'FUNDING', text: 'A loan for a second oven' }],
        },
      },
    );
    expect(profile.errors).toBeUndefined();

    // For you shows the loan programme with the reason, in plain words.
    await ana.page.goto(`${app.url}/for-you`);
    const card = ana.page.getByRole('link', { name: LOAN_TITLE });
    await card.waitFor();
    await ana.page
      .getByText(/You need funding; it offers/)
      .first()
      .waitFor();
    await expectNoAxeViolations(ana.page);
    await expectFitsPhone(ana.page);

    // She opens it and says she is interested.
    await card.click();
    await ana.page.waitForURL(`**/opportunities/${opportunityId}`);
    await ana.page.getByRole('heading', { name: LOAN_TITLE }).waitFor();
    await ana.page.getByText('food businesses').waitFor();
    await expectNoAxeViolations(ana.page);
    await ana.page.getByRole('button', { name: "I'm interested" }).click();
    await ana.page
      .getByRole('textbox', { name: 'A message for the poster (optional)' })
      .fill('We bake for 40 restaurants and need a second oven.');
    await expectNoAxeViolations(ana.page);
    await ana.page.getByRole('button', { name: 'Send' }).click();
    await ana.page.getByText('Sent. The poster can now see your interest.').waitFor();
    await expectFitsPhone(ana.page);

    // The lender sees her interest on the opportunity.
    await lena.page.goto(`${app.url}/opportunities/${opportunityId}`);
    await lena.page.getByRole('heading', { name: 'Interest (1 active)' }).waitFor();
    await lena.page.getByText('We bake for 40 restaurants and need a second oven.').waitFor();
    await lena.page.getByText('Ana Ruiz').first().waitFor();
    await expectNoAxeViolations(lena.page);
    await expectFitsPhone(lena.page);

    await ana.context.close();
    await lena.context.close();
  });
});
