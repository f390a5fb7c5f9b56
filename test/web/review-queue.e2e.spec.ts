import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, PHONE, startWebUi, type WebUi } from '../support/web-ui.js';

interface Item {
  readonly id: string;
  readonly verdict: string | null;
  readonly status: string;
}

describe('the review queue marks verdicts that a correction left out of date, in a browser', () => {
  let ui: WebUi;
  let id: string;

  const review = async (query = '') => (await ui.app.request('GET', `/v1/review?limit=200${query}`, { key: ui.app.keys.reader })).body.items as Item[];
  const rows = (page: Page) => page.getByTestId('review-table').locator('tbody tr');
  const verdictCell = (page: Page) => page.locator(`[data-claim="${id}"] td.verdict-cell`);

  beforeAll(async () => {
    ui = await startWebUi();
    // A demo claim nobody has judged yet: a reviewer judges it, then an editor corrects it.
    id = (await review()).find((i) => i.verdict === null && i.status !== 'published')!.id;
    const reviewed = await ui.app.request('POST', `/v1/claims/${id}/reviews`, { key: ui.app.keys.reviewer, body: { verdict: 'accurate' } });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    const corrected = await ui.app.request('POST', `/v1/claims/${id}/corrections`, {
      key: ui.app.keys.editor,
      body: { value: { amount: 61, qualifier: 'exact' }, reason: 'a misreading' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    await ui.settled();
  });
  afterAll(() => ui?.close());

  it('shows "accurate — out of date" with why, and finds such claims with the filter', async () => {
    const page = await ui.signIn('editor');
    await page.goto(`${ui.app.url}/#/review`);
    await verdictCell(page).waitFor();
    expect(await verdictCell(page).textContent()).toBe('accurate — out of date');
    const mark = verdictCell(page).getByTestId('verdict-outdated');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute('title')).toBe('The claim was corrected after this verdict: the verdict judged an earlier version and is to be redone');
    // Claims whose verdict still stands, or that have none, carry no mark.
    expect(await rows(page).getByTestId('verdict-outdated').count()).toBe((await review('&verdictOutdated=true')).length);

    await page.getByLabel('Verdict out of date').check();
    await expect.poll(() => page.url()).toContain('verdictOutdated=true');
    const wanted = (await review('&verdictOutdated=true')).map((i) => i.id);
    expect(wanted).toContain(id);
    await expect.poll(() => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')))).toEqual(wanted);
    expect(await rows(page).getByTestId('verdict-outdated').count()).toBe(wanted.length);
    await page.screenshot({ path: `${ARTIFACTS}/review-page-verdict-outdated.png`, fullPage: true });
  });

  it('shows the mark in the claim card on a phone, within the screen', async () => {
    const page = await ui.signIn('editor', PHONE);
    await page.goto(`${ui.app.url}/#/review?verdictOutdated=true`);
    const cell = verdictCell(page);
    await cell.waitFor();
    expect(await cell.evaluate((c) => c.ownerDocument.defaultView!.getComputedStyle(c, '::before').content)).toBe('"Verdict"');
    const mark = cell.getByTestId('verdict-outdated');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe(' — out of date');
    expect((await mark.boundingBox())!.x + (await mark.boundingBox())!.width).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.screenshot({ path: `${ARTIFACTS}/review-page-verdict-outdated-phone.png`, fullPage: true });
  });

  it('clears the mark once a reviewer judges the corrected claim', async () => {
    const again = await ui.app.request('POST', `/v1/claims/${id}/reviews`, { key: ui.app.keys.reviewer, body: { verdict: 'inaccurate' } });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    await ui.settled();
    const page = await ui.signIn('editor');
    await page.goto(`${ui.app.url}/#/review`);
    await verdictCell(page).waitFor();
    expect(await verdictCell(page).textContent()).toBe('inaccurate');
    const wanted = (await review('&verdictOutdated=true')).map((i) => i.id);
    expect(wanted).not.toContain(id);
    await page.getByLabel('Verdict out of date').check();
    if (wanted.length === 0) await page.getByText('No claims match.').waitFor();
    else await expect.poll(() => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')))).toEqual(wanted);
  });
});
