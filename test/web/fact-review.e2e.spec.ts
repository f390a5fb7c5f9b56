import { copyFile, mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, seedDemo, startTestApp, type TestApp } from '#test-support';
import { launchChromium } from '../support/browser.js';
import { ensureWebBundle } from '../support/web-bundle.js';

const ARTIFACTS = 'test-results/web';
const LAPTOP = { width: 1366, height: 768 };

describe('the web UI in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  const offsite: string[] = [];

  beforeAll(async () => {
    await ensureWebBundle();
    app = await startTestApp();
    await seedDemo(app);
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A fresh tab (its own sessionStorage) at a laptop's size, signed in with a role's key. */
  async function signIn(role: Role): Promise<Page> {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) offsite.push(request.url());
    });
    await page.goto(`${app.url}/`);
    await page.getByLabel('API key').fill(app.keys[role]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Facts', exact: true }).waitFor();
    return page;
  }

  const chartLabels = (page: Page) =>
    page.getByTestId('fact-chart').locator('svg circle[aria-label]').evaluateAll((circles) => circles.map((c) => c.getAttribute('aria-label') ?? ''));
  const flags = (page: Page) => page.getByTestId('fact-flags').locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));

  it('explains a refused key in words, from the problem details', async () => {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(`${app.url}/`);
    await page.getByLabel('API key').fill('fl_not-a-key-anyone-made');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Unauthorized \(401\).*the API key is unknown or revoked/);
  });

  it('shows a reader the queue and the claims, without the controls a reader may not use', async () => {
    const page = await signIn('reader');
    expect(await page.locator('header.top .role').textContent()).toBe('reader');
    await page.getByRole('link', { name: 'Contradictions' }).click();
    const card = page.getByTestId('contradiction').filter({ hasText: 'global-coalition / member-count' });
    await card.waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Resolve/ }).count()).toBe(0);

    await card.getByRole('link', { name: '60 members', exact: true }).click();
    await page.getByRole('heading', { name: 'Provenance' }).waitFor();
    const provenance = await page.locator('.pairs').textContent();
    expect(provenance).toContain('all\u00a060');
    expect(provenance).toContain('John Kerry');
    expect(provenance).toContain('Newsroom24');
    expect(await page.getByRole('button', { name: 'Record verdict' }).count()).toBe(0);
    // The claim has no review workflow until the API keeps one: the panel stays away.
    expect(await page.getByTestId('workflow-panel').count()).toBe(0);
  });

  it('takes a reviewer from the fact list to the chart, through the queue, to a resolution in the audit log', async () => {
    const page = await signIn('reviewer');

    await page.getByLabel('Search by subject or metric').fill('anti-ISIL coalition');
    await page.getByRole('button', { name: 'Search' }).click();
    const rows = page.locator('table.facts tbody tr');
    await rows.filter({ hasText: 'member-count' }).waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.filter({ hasText: 'iraq-territory-held' }).count()).toBe(0);
    await page.getByRole('link', { name: 'global-coalition / member-count' }).click();

    const chart = page.getByTestId('fact-chart');
    await chart.locator('svg circle[aria-label]').first().waitFor();
    const marks = await chartLabels(page);
    for (const value of ['more than 60 members', '60 members', '72 members', '84 members']) {
      expect(marks.some((label) => label.startsWith(`${value},`)), `${value} among ${marks.join(' | ')}`).toBe(true);
    }
    expect(await chart.locator('svg .value-label text').allTextContents()).toEqual(['>60 · 60', '72', '84']);
    expect(await chart.locator('svg .ring-open circle').count()).toBe(2);
    expect(await chart.locator('svg').getAttribute('aria-label')).toBe('member-count of global-coalition over valid time');
    expect(await flags(page)).toContain('contradicted');
    expect(await page.getByTestId('current-value').textContent()).toBe('84 members');
    expect(await page.getByTestId('timeline-table').locator('tbody tr').count()).toBe(4);
    await page.screenshot({ path: `${ARTIFACTS}/fact-page.png`, fullPage: true });
    await copyFile(`${ARTIFACTS}/fact-page.png`, 'docs/fact-page.png');

    await page.getByRole('link', { name: 'Contradictions' }).click();
    const tension = page.getByTestId('contradiction').filter({ hasText: '22 Jan 2015' });
    await tension.waitFor();
    expect(await tension.locator('.severity').textContent()).toBe('low');
    expect(await tension.locator('.claim-value').allTextContents()).toEqual(expect.arrayContaining(['more than 60 members', '60 members']));
    await page.screenshot({ path: `${ARTIFACTS}/contradictions.png`, fullPage: true });

    // The dialog by keyboard alone: open it, leave it empty, then choose, explain and submit.
    await tension.getByRole('button', { name: 'Resolve…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Resolve/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('alert').textContent()).toContain('choose at least one claim to prefer');
    await dialog.getByRole('checkbox', { name: /^60 members/ }).focus();
    await page.keyboard.press('Space');
    await dialog.getByLabel('Reason').focus();
    await page.keyboard.type('Kerry gave the exact count later in the same briefing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'Resolved the contradiction' });
    await notice.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('No open contradictions.').waitFor();

    await notice.getByRole('link', { name: 'global-coalition / member-count' }).click();
    await page.getByTestId('decision').waitFor();
    expect(await flags(page)).not.toContain('contradicted');
    expect(await chart.locator('svg .ring-open circle').count()).toBe(0);
    expect(await chart.locator('svg .ring-resolved circle').count()).toBe(2);
    expect(await page.getByTestId('decision').textContent()).toContain('Kerry gave the exact count later in the same briefing');

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Actor (key name)').fill('test reviewer');
    await page.getByRole('button', { name: 'Filter' }).click();
    const first = page.getByTestId('audit-table').locator('tbody tr').first();
    await first.filter({ hasText: 'ContradictionResolved' }).waitFor();
    expect(await first.textContent()).toContain('test reviewer');
    expect(await first.getByRole('link', { name: 'global-coalition / member-count' }).count()).toBe(1);
    expect(await page.getByTestId('audit-table').locator('tbody tr').count()).toBe(1);

    // Offline by construction: every script, style and read came from the factlog server.
    expect(offsite).toEqual([]);
  });

  it('lets a reviewer record a verdict on a claim, which its history then shows', async () => {
    const page = await signIn('reviewer');
    await page.goto(`${app.url}/#/facts/global-coalition/member-count`);
    await page.getByTestId('timeline-table').getByRole('link', { name: '84 members' }).click();
    await page.getByRole('heading', { name: 'Fact-check' }).waitFor();
    await page.getByLabel('Verdict').selectOption('accurate');
    await page.getByLabel('Note (optional)').fill('matches the State Department count');
    await page.getByRole('button', { name: 'Record verdict' }).click();
    await page.locator('table.history tbody tr').filter({ hasText: 'ClaimReviewed' }).waitFor();
    expect(await page.locator('.pairs').textContent()).toContain('verdict accurate');
    expect(await page.locator('table.history tbody tr').last().textContent()).toContain('test reviewer');
  });
});
