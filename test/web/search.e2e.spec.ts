import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startWebUi, type WebUi } from '../support/web-ui.js';

describe('the search box of the header, in a browser', () => {
  let ui: WebUi;

  beforeAll(async () => {
    ui = await startWebUi();
    // A title that would run script if the UI ever took a hit as HTML.
    const source = await ui.app.request('POST', '/v1/sources', {
      key: ui.app.keys.editor,
      body: { title: 'Zanzibar cloves <img src=x onerror="window.pwned=1">', publisher: 'Spice Gazette', publishedAt: '2019-03', kind: 'other' },
    });
    expect(source.status).toBe(201);
    await ui.settled();
  });
  afterAll(() => ui?.close());

  it('types a query on any page, shows the hits grouped by kind with the words marked, and follows one', async () => {
    const page = await ui.signIn('reader');
    // The box is in the header of every page: here, the sources list.
    await page.goto(`${ui.app.url}/#/sources`);
    const box = page.getByRole('banner').getByLabel('Search everything');
    await box.fill('coalition');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Search: “coalition”' }).waitFor();
    expect(page.url()).toContain('#/search?q=coalition');

    const subjects = page.getByTestId('search-entity');
    await subjects.waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Subjects/), expect.stringMatching(/^Sources/)]),
    );
    const first = subjects.locator('li').first();
    expect(await first.locator('a').textContent()).toBe('Global Coalition to Defeat ISIS');
    expect(await first.locator('a mark').allTextContents()).toEqual(['Coalition']);
    await page.screenshot({ path: `${ARTIFACTS}/search-results.png`, fullPage: true });

    // Following a claim's hit opens the claim.
    await box.fill('Kerry');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Search: “Kerry”' }).waitFor();
    // The heading changes at once; the hits come with the answer.
    const claim = page.getByTestId('search-claim').locator('li').first();
    await claim.locator('mark', { hasText: 'Kerry' }).first().waitFor();
    await claim.locator('a').click();
    await page.locator('#claim-title').waitFor();
    expect(page.url()).toMatch(/#\/claims\/[0-9a-f-]{36}$/);

    // A partial name: the subject's page of facts.
    await box.fill('peshm');
    await box.press('Enter');
    await page.getByTestId('search-entity').getByRole('link', { name: 'Peshmerga' }).click();
    await expect.poll(() => page.url()).toContain('#/facts?q=peshmerga');
  });

  it('shows markup in a hit as text, and runs none of it', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/search?q=zanzibar`);
    const hit = page.getByTestId('search-source').locator('li a').first();
    await hit.waitFor();
    expect(await hit.textContent()).toBe('Zanzibar cloves <img src=x onerror="window.pwned=1">');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(ui.offsite).toEqual([]);
  });

  it('says when nothing is found', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/search?q=quetzalcoatl`);
    await page.getByText('Nothing found.').waitFor();
  });
});
