import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startWebUi, type WebUi } from '../support/web-ui.js';

describe('time travel in the web UI: as known on, as published by, and what changed', () => {
  let ui: WebUi;
  const fact = '/v1/facts/global-coalition/member-count';
  let before: string;
  let amountThen: number;

  beforeAll(async () => {
    ui = await startWebUi();
    // An instant after the demo, then a correction of the claim the headline rests on.
    const now = await ui.app.request('GET', fact, { key: ui.app.keys.reader });
    amountThen = now.body.current.value.amount;
    await new Promise((resolve) => setTimeout(resolve, 20));
    before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const corrected = await ui.app.request('POST', `/v1/claims/${now.body.current.claimIds[0]}/corrections`, {
      key: ui.app.keys.editor,
      body: { value: { amount: amountThen + 1 }, reason: 'recounted' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    await ui.settled();
  });
  afterAll(() => ui?.close());

  const banner = (page: Page) => page.getByTestId('past-banner');
  const currentValue = async (page: Page) => {
    await page.getByTestId('current-value').waitFor();
    return page.getByTestId('current-value').textContent();
  };

  it('opens a fact as known at an instant from a shared address, says it is the past, and goes back to now', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count?knownAt=${before}`);
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toMatch(/You are looking at the past.*as factlog knew it on/);
    expect(await currentValue(page)).toBe(`${amountThen} members`);
    expect(await page.getByRole('heading', { name: 'Value as of then' }).count()).toBe(1);
    expect(await page.getByLabel('As known on').inputValue()).toBe(before.slice(0, 10));
    await page.screenshot({ path: `${ARTIFACTS}/fact-as-of.png`, fullPage: true });

    await banner(page).getByRole('link', { name: 'Back to now' }).click();
    await page.waitForURL((url) => !url.hash.includes('knownAt'));
    await page.getByRole('heading', { name: 'Current value' }).waitFor();
    expect(await banner(page).count()).toBe(0);
    expect(await currentValue(page)).toBe(`${amountThen + 1} members`);
  });

  it('puts the picked dates in the address: as published by a date, and as known on a day before the demo', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    await page.getByTestId('current-value').waitFor();
    await page.getByLabel('As published by').fill('2016-01-01');
    await page.waitForURL((url) => url.hash.includes('publishedBefore=2016-01-01'));
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('from sources published by 1 Jan 2016');
    // Only the London articles of January 2015 had been published: 60 and "over 60".
    // A locator, not waitForFunction: the page's CSP forbids the eval a string predicate needs.
    await page.getByTestId('current-value').filter({ hasText: '60' }).waitFor();
    const api = await ui.app.request('GET', `${fact}?publishedBefore=2016-01-01`, { key: ui.app.keys.reader });
    expect(await currentValue(page)).toContain(String(api.body.current.value.amount));

    // The day before anything was recorded: the fact did not exist yet.
    await page.getByLabel('As known on').fill('2020-01-01');
    await page.waitForURL((url) => url.hash.includes('knownAt=2020-01-01T23%3A59%3A59.999Z'));
    expect(new URL(page.url()).hash).toContain('publishedBefore=2016-01-01');
    await page.getByText('Could not load the fact').waitFor();
    expect(await banner(page).textContent()).toMatch(/knew it on .*2020/);
  });

  it('shows the contradiction queue as of a past instant, without resolving the past', async () => {
    const page = await ui.signIn('reviewer');
    await page.goto(`${ui.app.url}/#/contradictions?knownAt=${before}`);
    await banner(page).waitFor();
    const cards = page.getByTestId('contradiction');
    await cards.first().waitFor();
    const then = await ui.app.request('GET', `/v1/contradictions?status=open&knownAt=${before}`, { key: ui.app.keys.reader });
    expect(await cards.count()).toBe(then.body.items.length);
    expect(await page.getByRole('button', { name: /Resolve/ }).count()).toBe(0);
    // A fact opened from the queue of then is the fact of then.
    const link = cards.first().locator('h2 a');
    expect(await link.getAttribute('href')).toContain(`knownAt=${encodeURIComponent(before)}`);
    await page.screenshot({ path: `${ARTIFACTS}/contradictions-as-of.png`, fullPage: true });

    await banner(page).getByRole('link', { name: 'Back to now' }).click();
    await page.waitForURL((url) => !url.hash.includes('knownAt'));
    await page
      .getByRole('button', { name: /Resolve/ })
      .first()
      .waitFor();
    expect(await banner(page).count()).toBe(0);
  });

  it('shows what changed between two dates as a diff: who corrected what, from which value to which', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    const changes = page.getByTestId('fact-changes');
    const corrected = changes.locator('[data-kind="corrected"]');
    await corrected.waitFor();
    expect(await corrected.locator('del').textContent()).toBe(`${amountThen} members`);
    expect(await corrected.locator('ins').textContent()).toBe(`${amountThen + 1} members`);
    expect(await corrected.textContent()).toContain('recounted');
    expect(await corrected.textContent()).toContain('test editor');
    expect(await changes.locator('[data-kind="added"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('changes-ends').locator('ins').textContent()).toBe(`${amountThen + 1} members`);
    await page.screenshot({ path: `${ARTIFACTS}/fact-changes.png`, fullPage: true });

    // Dates picked go into the address; a window that ends before the demo holds nothing.
    await changes.getByLabel('From').fill('2020-01-01');
    await changes.getByLabel('to').fill('2020-01-02');
    await page.waitForURL((url) => url.hash.includes('changesFrom=2020-01-01') && url.hash.includes('changesTo=2020-01-02'));
    await changes.getByText('Nothing was recorded about this fact between these dates.').waitFor();
    expect(await page.getByTestId('changes-ends').textContent()).toContain('no value');
  });
});
