import { copyFile, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, LAPTOP, startWebUi, type WebUi } from '../support/web-ui.js';

describe('the web UI in a browser, on the demo data', () => {
  let ui: WebUi;

  beforeAll(async () => {
    ui = await startWebUi();
  });
  afterAll(() => ui?.close());

  const chart = (page: Page) => page.getByTestId('fact-chart');
  /** Each claim's mark on the chart: its label and where it sits in the SVG. */
  const chartMarks = (page: Page) =>
    chart(page)
      .locator('svg circle[aria-label]')
      .evaluateAll((circles) =>
        circles.map((c) => ({ label: c.getAttribute('aria-label') ?? '', x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })),
      );
  const flags = (page: Page) =>
    page
      .getByTestId('fact-flags')
      .locator('[data-flag]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));

  it('explains a refused key in words, from the problem details', async () => {
    const page = await (await ui.browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(`${ui.app.url}/`);
    await page.getByLabel('API key').fill('fl_not-a-key-anyone-made');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Unauthorized \(401\).*the API key is unknown or revoked/);
  });

  it('shows a reader the queue and the claims, without the controls a reader may not use', async () => {
    const page = await ui.signIn('reader');
    expect(await page.locator('header.top .role').textContent()).toBe('reader');
    await page.getByRole('link', { name: 'Contradictions' }).click();
    const card = page.getByTestId('contradiction').filter({ hasText: 'Global Coalition to Defeat ISIS / member count' });
    await card.waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Resolve/ }).count()).toBe(0);

    await card
      .locator('.claim-card')
      .filter({ hasText: /all.60/ })
      .getByRole('link', { name: '60 members', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Provenance' }).waitFor();
    const provenance = await page.locator('.pairs').textContent();
    expect(provenance).toContain('all\u00a060');
    expect(provenance).toContain('John Kerry');
    expect(provenance).toContain('Newsroom24');
    expect(await page.getByRole('button', { name: 'Record verdict' }).count()).toBe(0);

    // The workflow shows where the claim stands, and offers a reader nothing to press.
    const panel = page.getByTestId('workflow-panel');
    expect(await panel.getByTestId('workflow-status').textContent()).toMatch(/^unstarted/);
    expect(await panel.locator('[aria-current="step"]').textContent()).toBe('unstarted');
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await panel.getByRole('textbox').count()).toBe(0);
    expect(await panel.textContent()).toContain('Editors move claims through review');
    // No verdict yet, so no ClaimReview to export; the fact's timeline is always there.
    expect(await page.getByRole('link', { name: /ClaimReview/ }).count()).toBe(0);
    expect(await page.getByText("ClaimReview export: after a reviewer's verdict").count()).toBe(1);
    expect(await page.getByRole('link', { name: "Export the fact's timeline (CSV)" }).count()).toBe(1);
  });

  it('takes a reviewer from the fact list to the chart, through the queue, to a resolution in the audit log', async () => {
    const page = await ui.signIn('reviewer');

    await page.getByLabel('Search by subject or metric').fill('anti-ISIL coalition');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('search-note').filter({ hasText: 'anti-ISIL coalition' }).waitFor();
    const rows = page.locator('table.facts tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.filter({ hasText: 'iraq-territory-held' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Global Coalition to Defeat ISIS / member count' }).click();

    // Five claims, three of them on 22 January 2015 ("over 60", "all 60", "full 60 members").
    await chart(page).locator('svg circle[aria-label]').first().waitFor();
    const marks = await chartMarks(page);
    const at = (value: string) => marks.filter((m) => m.label.startsWith(`${value},`));
    expect(marks).toHaveLength(5);
    expect(at('more than 60 members')).toHaveLength(1);
    expect(at('60 members')).toHaveLength(2);
    expect(at('72 members')).toHaveLength(1);
    expect(at('84 members')).toHaveLength(1);
    // Later on the x axis and higher up (smaller y in SVG) as the coalition grew.
    const [sixty, seventyTwo, eightyFour] = [at('60 members')[0]!, at('72 members')[0]!, at('84 members')[0]!];
    expect(sixty.x).toBeLessThan(seventyTwo.x);
    expect(seventyTwo.x).toBeLessThan(eightyFour.x);
    expect(sixty.y).toBeGreaterThan(seventyTwo.y);
    expect(seventyTwo.y).toBeGreaterThan(eightyFour.y);
    expect(at('more than 60 members')[0]!.y).toBe(sixty.y);
    expect(await chart(page).locator('svg .value-label text').allTextContents()).toEqual(['60 ×2 · >60', '72', '84']);
    expect(await chart(page).locator('svg .ring-open circle').count()).toBe(3);
    // Named by the entity's name, once it has been read.
    await expect.poll(() => chart(page).locator('svg').getAttribute('aria-label')).toBe('member count of Global Coalition to Defeat ISIS over valid time');
    expect(await chart(page).locator('.legend-sources li').count()).toBe(3);
    expect(await flags(page)).toContain('contradicted');
    expect(await page.getByTestId('current-value').textContent()).toBe('84 members');
    expect(await page.getByTestId('timeline-table').locator('tbody tr').count()).toBe(5);
    await page.screenshot({ path: `${ARTIFACTS}/fact-page.png`, fullPage: true });
    // The README's screenshot is refreshed on request only, so that a test run leaves the tree clean.
    if (process.env.UPDATE_README_SCREENSHOT) await copyFile(`${ARTIFACTS}/fact-page.png`, 'docs/fact-page.png');

    await page.getByRole('link', { name: 'Contradictions' }).click();
    const tension = page.getByTestId('contradiction').filter({ hasText: '22 Jan 2015' });
    await tension.waitFor();
    expect(await page.getByTestId('contradiction').count()).toBe(1);
    expect(await tension.locator('.severity').textContent()).toBe('low');
    expect((await tension.locator('.claim-value').allTextContents()).sort()).toEqual(['60 members', '60 members', 'more than 60 members']);
    await page.screenshot({ path: `${ARTIFACTS}/contradictions.png`, fullPage: true });

    // The dialog by keyboard alone: open it, leave it empty, then choose, explain and submit.
    await tension.getByRole('button', { name: 'Resolve…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Resolve/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('alert').textContent()).toContain('choose at least one claim to prefer');
    expect(await dialog.getByRole('checkbox').count()).toBe(3);
    await dialog.getByRole('checkbox', { name: /all.60/ }).focus();
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

    await notice.getByRole('link', { name: 'Global Coalition to Defeat ISIS / member count' }).click();
    await page.getByTestId('decision').waitFor();
    // The chart is drawn once the timeline has arrived, which may be after the decision shows.
    await chart(page).locator('svg .ring-resolved circle').nth(2).waitFor();
    expect(await flags(page)).not.toContain('contradicted');
    expect(await chart(page).locator('svg .ring-open circle').count()).toBe(0);
    expect(await chart(page).locator('svg .ring-resolved circle').count()).toBe(3);
    const decision = await page.getByTestId('decision').textContent();
    expect(decision).toContain('test reviewer preferred 60 members');
    expect(decision).toContain('Kerry gave the exact count later in the same briefing');

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Actor (key name)').fill('test reviewer');
    await page.getByRole('button', { name: 'Filter' }).click();
    const first = page.getByTestId('audit-table').locator('tbody tr').first();
    await first.filter({ hasText: 'ContradictionResolved' }).waitFor();
    expect(await first.textContent()).toContain('test reviewer');
    expect(await first.textContent()).toContain('reason: Kerry gave the exact count');
    await first.getByRole('link', { name: 'Global Coalition to Defeat ISIS / member count' }).waitFor();
    // The unfiltered page may still show until the filtered one arrives (its newest row is the same event).
    await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBe(1);

    // Offline by construction: every script, style and read came from the factlog server.
    expect(ui.offsite).toEqual([]);
  });

  it('lets a reviewer record a verdict on a claim, then export it as a ClaimReview', async () => {
    const page = await ui.signIn('reviewer');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    // The demo's 84 carries a verdict already: the 72 of July 2017 has none.
    await page.getByTestId('timeline-table').getByRole('link', { name: '72 members' }).click();
    await page.getByRole('heading', { name: 'Fact-check' }).waitFor();
    expect(await page.getByRole('link', { name: /ClaimReview/ }).count()).toBe(0);
    await page.getByLabel('Verdict', { exact: true }).selectOption('accurate');
    await page.getByLabel('Note on the verdict (optional)').fill('matches the State Department count');
    await page.getByRole('button', { name: 'Record verdict' }).click();
    await page.locator('table.history tbody tr').filter({ hasText: 'ClaimReviewed' }).waitFor();
    expect(await page.locator('.pairs').textContent()).toContain('verdict accurate');
    expect(await page.locator('table.history tbody tr').last().textContent()).toContain('test reviewer');

    const exported = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export ClaimReview (JSON-LD)' }).click();
    const download = await exported;
    expect(download.suggestedFilename()).toMatch(/^claim-review-[0-9a-f-]{36}\.jsonld$/);
    const review = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${ui.app.url}/#/facts/global-coalition/member-count`,
      claimReviewed: '72-member global coalition',
      author: { name: 'test reviewer' },
      reviewRating: { alternateName: 'accurate', ratingExplanation: 'matches the State Department count' },
      itemReviewed: { datePublished: '2017-07' },
    });
  });

  it('says a tie is contested and shows the competing value; marks a verdict out of date after a correction', async () => {
    const page = await ui.signIn('editor');
    const source = await ui.app.request('POST', '/v1/sources', {
      key: ui.app.keys.editor,
      body: { title: 'Coalition meets in Marrakech', publisher: 'Wire', publishedAt: '2022-05-12', kind: 'news_article', language: 'en' },
    });
    const claim = await ui.app.request('POST', '/v1/claims', {
      key: ui.app.keys.editor,
      body: { sourceId: source.body.id, subject: 'global-coalition', metric: 'member-count', value: { amount: 85 }, validTime: { at: '2022-05-11' } },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    // Once the projector has the claim, the page reads it.
    await ui.app.request('GET', `/v1/facts/global-coalition/member-count?minPosition=${claim.body.position}`, { key: ui.app.keys.reader });
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    await page.getByTestId('current-contested').waitFor();
    expect(await page.getByTestId('current-value').textContent()).toBe('85 members');
    expect(await page.getByTestId('current-basis').textContent()).toBe('tie');
    expect(await page.getByTestId('current-competing').textContent()).toMatch(/Competing values: 84 members \(1 claim\) against 1 for 85 members/);
    expect(await flags(page)).toEqual(expect.arrayContaining(['contradicted', 'contested']));

    // The demo's verdict on The National's 84 judged 84: corrected, it is out of date.
    const timeline = await ui.app.request('GET', '/v1/facts/global-coalition/member-count/timeline', { key: ui.app.keys.reader });
    const eightyFour = timeline.body.claims.find((c: { value: { amount: number } }) => c.value.amount === 84);
    const corrected = await ui.app.request('POST', `/v1/claims/${eightyFour.id}/corrections`, {
      key: ui.app.keys.editor,
      body: { value: { amount: 83, qualifier: 'exact' }, reason: 'a misreading' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    await page.goto(`${ui.app.url}/#/claims/${eightyFour.id}`);
    await page.getByTestId('verdict-outdated').waitFor();
    expect(await page.getByTestId('verdict-outdated').textContent()).toBe('out of date');
  });
});
