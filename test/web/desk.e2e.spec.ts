import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebUi, type WebUi } from '../support/web-ui.js';

const TEXT = 'Ministers said on Monday that the alliance now counts sixty countries, and that it spent €1.5bn last year.';

describe('the sources, entities and metrics of the newsroom, in a browser', () => {
  let ui: WebUi;
  let sourceId: string;

  beforeAll(async () => {
    ui = await startWebUi();
    const source = await ui.app.request('POST', '/v1/sources', {
      key: ui.app.keys.editor,
      body: { title: 'Alliance grows', publisher: 'Desk Wire', publishedAt: '2016-03', kind: 'press_release', language: 'en', text: TEXT },
    });
    expect(source.status).toBe(201);
    sourceId = source.body.id;
  });
  afterAll(() => ui?.close());

  const nav = (page: Page, section: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true });
  const titles = (page: Page) => page.getByTestId('source-table').locator('tbody th').allTextContents();

  it('lists the sources newest first, searched by publisher and filtered by kind and date', async () => {
    await ui.settled();
    const page = await ui.signIn('reader');
    await nav(page, 'Sources').click();
    await page.getByTestId('source-table').locator('tbody tr').nth(5).waitFor();
    expect(await titles(page)).toEqual([
      "Anti-ISIS coalition meets on countering extremist group's revival",
      'Readout of the Political Directors Small Group Meeting of the Global Coalition to Defeat Daesh/ISIS',
      'Coalition announces meeting in Washington to accelerate anti-ISIS efforts',
      'Anti-ISIL front to step up fight in Iraq, Syria',
      'Alliance grows',
      'Global coalition meets in London to discuss efforts to defeat ISIL',
    ]);
    await page.getByLabel('Title or publisher').fill('newsroom24');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => titles(page)).toEqual(['Global coalition meets in London to discuss efforts to defeat ISIL']);

    await page.getByLabel('Title or publisher').fill('');
    await page.getByLabel('Published from').fill('2016');
    await page.getByLabel('Published to').fill('2016-12');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => titles(page)).toEqual(['Anti-ISIL front to step up fight in Iraq, Syria', 'Alliance grows']);
    await page.getByLabel('Kind').selectOption('press_release');
    await expect.poll(() => titles(page)).toEqual(['Alliance grows']);
  });

  it("lets an editor change a source's details but not its text, and select words with the mouse", async () => {
    const page = await ui.signIn('editor');
    await page.goto(`${ui.app.url}/#/sources/${sourceId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    expect(await page.getByTestId('text-fixed').textContent()).toContain('register it again as a new source');
    expect(await page.getByLabel('Text of the article').count()).toBe(0);
    expect(await page.getByLabel('Precision').inputValue()).toBe('month');
    await page.getByLabel('Title', { exact: true }).fill('Alliance grows to sixty');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('heading', { name: 'Alliance grows to sixty' }).waitFor();

    // Dragging over "counts sixty countries," quotes the figure's words, punctuation left out
    // (once the figures found in the text are marked, so the words stay where they are).
    await page.getByTestId('candidate-count').waitFor();
    const words = page.getByTestId('article').locator('[data-s]');
    const from = (await words.filter({ hasText: /^counts$/ }).boundingBox())!;
    const to = (await words.filter({ hasText: /^countries,$/ }).boundingBox())!;
    await page.mouse.move(from.x + from.width + 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByTestId('claim-form').waitFor();
    expect(await page.getByTestId('form-quote').textContent()).toBe('sixty countries');
    expect(await page.getByLabel('Amount').inputValue()).toBe('60');
    // The figure inside the words is a candidate: its reading of the value and date come along.
    expect(await page.getByTestId('claim-form').textContent()).toContain('Suggested from the dates near the figure.');
    expect(await page.getByTestId('unit-note').textContent()).toContain('Read from the words: countries');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('claim-form').count()).toBe(0);
  });

  it('lists entities and metrics by name, and lets an editor define them and add an alias', async () => {
    const page = await ui.signIn('editor');
    await nav(page, 'Entities').click();
    await page.getByLabel("New entity's name").fill('Arctic Council');
    await page.getByLabel('Other names (separated by ;)').fill('the Council');
    await page.getByRole('button', { name: 'Create entity' }).click();
    const row = page.getByTestId('entity-table').locator('tbody tr').filter({ hasText: 'Arctic Council' });
    await row.waitFor();
    await row.getByLabel('New alias for Arctic Council').fill('AC');
    await row.getByRole('button', { name: 'Add alias' }).click();
    await row.filter({ hasText: 'the Council · AC' }).waitFor();
    await page.getByLabel('Name or alias starts with').fill('anti-isil');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByTestId('entity-table').locator('tbody th').allTextContents()).toEqual(['Global Coalition to Defeat ISIS']);

    await nav(page, 'Metrics').click();
    await page.getByLabel('New metric', { exact: true }).fill('observer count');
    await page.getByLabel('Unit', { exact: true }).fill('observer');
    await page.getByRole('button', { name: 'Create metric' }).click();
    const metric = page.getByTestId('metric-table').locator('tbody tr').filter({ hasText: 'observer-count' });
    await metric.waitFor();
    expect(await metric.locator('td').allTextContents()).toEqual(['observers', 'count', 'no', 'exact']);
    const pledges = page.getByTestId('metric-table').locator('tbody tr').filter({ hasText: 'stabilization-pledges' });
    expect(await pledges.locator('th').textContent()).toContain('stabilization pledges');
    expect(await pledges.locator('td').first().textContent()).toBe('US dollars (USD)');

    // A reader sees the lists, not the forms.
    const reader = await ui.signIn('reader');
    await nav(reader, 'Entities').click();
    await reader.getByTestId('entity-table').locator('tbody tr').first().waitFor();
    expect(await reader.getByRole('button', { name: 'Create entity' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Add alias' }).count()).toBe(0);
  });
});
