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

  it('a partner posts a kitchen through the form with a preview; a member finds it from the header search, on the results page and by the kind filter', async () => {
    const dora = await member('dora-kitchens', 'Dora Mensah');
    const organization = await dora.session.call<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Dorchester Shared Kitchens", slug: "dorchester-kitchens", type: COWORKING }) { id } }',
    );
    expect(organization.errors).toBeUndefined();
    // A second published opportunity, so that the kind filter has something to leave out.
    const job = await dora.session.call(
      'mutation ($orgId: ID!) { createOpportunity(input: { organizationId: $orgId, kind: JOB, title: "Line cook, evenings", publish: true }) { id } }',
      { orgId: organization.data!.createOrganization.id },
    );
    expect(job.errors).toBeUndefined();

    // Dora posts through the form, checking the Markdown preview first.
    const page = dora.page;
    await page.goto(`${app.url}/opportunities/new`);
    await page.getByRole('heading', { name: 'Post an opportunity' }).waitFor();
    await page.getByLabel('Post for').selectOption({ label: 'Dorchester Shared Kitchens' });
    await page.getByRole('combobox', { name: /^Kind/ }).click();
    await page.getByRole('option', { name: 'Space', exact: true }).click();
    await page.getByRole('combobox', { name: /^Type/ }).click();
    await page.getByRole('option', { name: 'Kitchen', exact: true }).click();
    await page
      .getByRole('textbox', { name: /^Title/ })
      .fill('Shared commercial kitchen by the hour');
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill('A **licensed kitchen** for caterers and bakers.\n\n<script>alert(1)</script>');
    await page.getByRole('textbox', { name: 'Size (square feet)' }).fill('800');
    const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Deadline').fill(deadline);
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByRole('tabpanel', { name: 'Preview' });
    await preview.locator('strong', { hasText: 'licensed kitchen' }).waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Shared commercial kitchen by the hour' }).waitFor();
    await page.getByText('licensed kitchen').waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    await expectNoAxeViolations(page);

    // A member finds it from the header's search box with the keyboard.
    const omar = await member('omar-caters', 'Omar Haddad');
    await omar.page.goto(`${app.url}/organizations`);
    const box = omar.page.getByRole('combobox', { name: 'Search GrowHere' });
    await box.fill('kitchn');
    const option = omar.page.getByRole('option', { name: /Shared commercial kitchen by the hour/ });
    await option.waitFor();
    await expectNoAxeViolations(omar.page);
    // Results come grouped (people, organizations, opportunities): arrow down to the kitchen.
    for (
      let step = 0;
      step < 6 && (await option.getAttribute('aria-selected')) !== 'true';
      step++
    ) {
      await box.press('ArrowDown');
    }
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await omar.page
      .getByRole('heading', { name: 'Shared commercial kitchen by the hour' })
      .waitFor();

    // The full results page, with the word highlighted.
    await omar.page.goto(`${app.url}/search?q=kitchen`);
    await omar.page
      .locator('mark', { hasText: /kitchen/i })
      .first()
      .waitFor();
    await expectNoAxeViolations(omar.page);
    await expectFitsPhone(omar.page);

    // Browsing opportunities: the kind filter, with its count, leaves the job out.
    await omar.page.goto(`${app.url}/opportunities`);
    await omar.page.getByRole('link', { name: 'Line cook, evenings' }).waitFor();
    await omar.page.getByRole('checkbox', { name: 'Space (1)' }).click();
    await omar.page
      .getByRole('link', { name: 'Line cook, evenings' })
      .waitFor({ state: 'detached' });
    await omar.page.getByRole('link', { name: 'Shared commercial kitchen by the hour' }).waitFor();
    expect(omar.page.url()).toContain('kind=SPACE');
    expect(await omar.page.getByRole('checkbox', { name: 'Space (1)' }).isChecked()).toBe(true);
    await expectNoAxeViolations(omar.page);
    await expectFitsPhone(omar.page);

    await dora.context.close();
    await omar.context.close();
  });
});
