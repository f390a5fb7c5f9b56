import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startWebUi, type WebUi } from '../support/web-ui.js';

// An article as a newsroom would paste it: figures the demo already holds for the same day
// (the coalition's membership), and one nobody has tracked yet (trainers deployed).
const TITLE = 'Coalition ministers meet in Brussels as the campaign widens';
const ARTICLE = `BRUSSELS — Foreign ministers of the anti-ISIL coalition met on Thursday to take stock of the campaign against the group. The coalition now has 62 members, up from over 60 in December, officials said.

Coalition countries have deployed 3,500 trainers to Iraq, said Brett McGurk, the deputy special envoy. Donors have pledged about $600 million for stabilization.`;

describe('recording claims from the words of an article, in a browser', () => {
  let ui: WebUi;
  let sourceUrl: string;

  beforeAll(async () => {
    ui = await startWebUi();
  });
  afterAll(() => ui?.close());

  const nav = (page: Page, section: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true });
  const article = (page: Page) => page.getByTestId('article');
  const form = (page: Page) => page.getByTestId('claim-form');
  const preview = (page: Page) => page.getByTestId('relation-preview');

  // Longer than the others: the first read of a source's candidates loads the recogniser's models.
  it(
    'takes an editor from a pasted article through a candidate figure, an alias, a new metric and the preview to the fact page chart',
    { timeout: 90_000 },
    async () => {
      const page = await ui.signIn('editor');
      await nav(page, 'Sources').click();
      await page.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Register a source' }).click();
      await page.getByRole('heading', { name: 'Register a source' }).waitFor();
      await page.getByLabel('Title', { exact: true }).fill(TITLE);
      await page.getByLabel('Publisher').fill('Brussels Wire');
      await page.getByLabel('URL').fill('https://example.org/brussels-ministerial');
      await page.getByLabel('Precision').selectOption('day');
      await page.getByLabel('Date', { exact: true }).fill('2015-01-22');
      await page.getByLabel('Kind').selectOption('news_article');
      await page.getByLabel('Language').fill('en');
      await page.getByLabel('Text of the article').fill(ARTICLE);
      await page.getByRole('button', { name: 'Register source' }).click();
      await page.getByRole('heading', { name: TITLE }).waitFor();
      sourceUrl = page.url();
      expect(await page.getByTestId('source-meta').textContent()).toContain('Brussels Wire · published 22 Jan 2015 · news article · en');
      // The text as pasted, every character in place: offsets into it are the quotes' offsets.
      const shown = () => article(page).evaluate((el) => [...el.querySelectorAll('[data-s]')].map((piece) => piece.textContent).join(''));
      expect(await shown()).toBe(ARTICLE);

      // The figures found in the text are offered; the editor chooses the trainers.
      const trainers = page.getByTestId('candidate-mark').filter({ hasText: '3,500' });
      await trainers.waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/source-page.png`, fullPage: true });
      await trainers.click();
      await form(page).waitFor();
      const quote = await page.getByTestId('form-quote').textContent();
      expect(quote).toContain('3,500');
      expect(await page.getByLabel('Amount').inputValue()).toBe('3500');
      expect(await page.getByLabel('Qualifier').inputValue()).toBe('exact');
      expect(await page.getByLabel('Said by (attribution)').inputValue()).toBe('Brett McGurk');
      expect(await page.getByLabel('Day').inputValue()).toBe('2015-01-22');

      // The subject by one of its aliases.
      await page.getByLabel('Subject (any name or alias)').fill('anti-ISIL');
      await page.getByRole('button', { name: /also “anti-ISIL coalition”/ }).click();
      await page.getByTestId('chosen-subject').waitFor();
      expect(await page.getByTestId('chosen-subject').textContent()).toContain('global-coalition');

      // A metric nobody has defined yet, made here, its unit read from the words.
      await form(page).getByRole('button', { name: 'New metric…' }).click();
      await page.getByLabel('Id', { exact: true }).fill('trainers-deployed');
      expect(await page.getByLabel('Unit', { exact: true }).inputValue()).toBe('trainer');
      expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('count');
      await page.getByRole('button', { name: 'Create metric' }).click();
      await page.getByTestId('chosen-metric').waitFor();
      expect(await page.getByTestId('chosen-metric').textContent()).toContain('trainers deployed');

      await preview(page).waitFor();
      expect(await page.getByTestId('preview-summary').textContent()).toContain(
        'The fact has no claims yet: this will be its first. It would be the current value.',
      );
      await page.screenshot({ path: `${ARTIFACTS}/claim-form.png`, fullPage: true });
      await page.getByRole('button', { name: 'Save claim' }).click();

      // The span is recorded now, and no longer offered.
      await page.getByTestId('saved-notice').waitFor();
      const recorded = page.getByTestId('recorded-mark').filter({ hasText: '3,500' });
      await recorded.waitFor();
      expect(await page.getByTestId('candidate-mark').filter({ hasText: '3,500' }).count()).toBe(0);
      await recorded.hover();
      expect(await recorded.locator('[role="tooltip"]').textContent()).toContain('3,500 trainers');

      await page.getByRole('link', { name: 'See it on the fact page' }).click();
      const chart = page.getByTestId('fact-chart');
      await chart.locator('svg circle[aria-label]').first().waitFor();
      const labels = await chart.locator('svg circle[aria-label]').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
      expect(labels).toHaveLength(1);
      expect(labels[0]).toContain('3,500');
      expect(ui.offsite).toEqual([]);
    },
  );

  it('lets another editor record a claim by selecting words with the keyboard only, and shows the contradiction first', async () => {
    await ui.settled();
    const page = await ui.signIn('admin');
    await page.goto(sourceUrl);
    await article(page).waitFor();
    // Tab to the text, then word by word to "62", Shift+→ to take "members", Enter.
    for (let i = 0; i < 40 && !(await article(page).evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await article(page).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    const words = ARTICLE.split(/\s+/);
    const at = words.indexOf('62');
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await page.locator('#article-selection').textContent()).toBe('Selected: 62 members,');
    await page.keyboard.press('Enter');
    await form(page).waitFor();
    // Trailing punctuation is not part of the quote; the form has the focus.
    expect(await page.getByTestId('form-quote').textContent()).toBe('62 members');
    expect(await page.getByLabel('Amount').inputValue()).toBe('62');
    // The date the recogniser read nearest the figure ("in December") belongs to the other
    // figure of the sentence: the editor sets the day of the meeting.
    expect(await page.getByLabel('Month').inputValue()).toBe('2014-12');
    await page.getByLabel('Holds for').selectOption('day');
    await page.getByLabel('Day').fill('2015-01-22');

    // The rest of the form from the keyboard as well.
    await page.getByLabel('Subject (any name or alias)').focus();
    await page.keyboard.type('D-ISIS');
    await page.getByRole('button', { name: /Global Coalition/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('chosen-subject').waitFor();
    await page.getByLabel('Metric', { exact: true }).focus();
    await page.keyboard.type('member');
    await page.getByRole('button', { name: /^member count/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('chosen-metric').waitFor();

    // 62 on 22 January 2015 against the demo's "all 60" that day: a contradiction, shown before saving.
    await preview(page).waitFor();
    await page.getByTestId('preview-summary').filter({ hasText: 'contradiction' }).waitFor();
    expect(await page.getByTestId('preview-summary').textContent()).toContain('Saving creates a medium-severity contradiction');
    const kinds = await preview(page).locator('.relation-badge').allTextContents();
    expect(kinds).toContain('contradiction · medium');
    expect(kinds).toContain('agreement');
    await page.screenshot({ path: `${ARTIFACTS}/claim-form-contradiction.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save claim' }).focus();
    await page.keyboard.press('Enter');
    const recorded = page.getByTestId('recorded-mark').filter({ hasText: '62 members' });
    await recorded.waitFor();
    // Recorded in green, with what was recorded on hover; what is left to record, dashed.
    await page.getByTestId('candidate-mark').filter({ hasText: '62' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('candidate-mark').allTextContents()).toEqual([
      expect.stringContaining('over 60'),
      expect.stringContaining('about $600 million'),
    ]);
    await recorded.hover();
    await page.screenshot({ path: `${ARTIFACTS}/source-page-recorded.png` });
  });

  it('lets a reviewer correct and retract from the claim page, asking for a reload when the claim changed meanwhile', async () => {
    await ui.settled();
    const page = await ui.signIn('reviewer');
    await page.goto(sourceUrl);
    await page.getByTestId('recorded-mark').filter({ hasText: '62 members' }).click();
    const panel = page.getByTestId('change-panel');
    await panel.waitFor();
    await page.getByLabel('Reason for the change').fill('the article rounds: the communiqué lists 62');
    await panel.getByLabel('Qualifier').selectOption('approx');
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await page.locator('.pairs', { hasText: 'version 2' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('about 62 members');

    // Someone else corrects it meanwhile: this page's version is stale, and says so.
    const id = page.url().split('/').at(-1)!;
    const other = await ui.app.request('POST', `/v1/claims/${id}/corrections`, {
      key: ui.app.keys.editor,
      headers: { 'if-match': '"2"' },
      body: { value: { amount: 62, qualifier: 'exact' }, reason: 'exact after all' },
    });
    expect(other.status).toBe(200);
    await page.getByLabel('Reason for the change').fill('duplicate of the wire copy');
    await panel.getByRole('button', { name: 'Retract claim' }).click();
    await page.getByTestId('stale-version').waitFor();
    expect(await page.getByTestId('stale-version').textContent()).toContain('you saw version 2');
    await page.getByRole('button', { name: 'Reload the claim' }).click();
    await page.locator('.pairs', { hasText: 'version 3' }).waitFor();

    await page.getByLabel('Reason for the change').fill('duplicate of the wire copy');
    await panel.getByRole('button', { name: 'Retract claim' }).click();
    await page.locator('.pairs', { hasText: 'retracted' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Restore claim' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Retract claim' }).count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/claim-page-retracted.png`, fullPage: true });
  });

  it('shows a reader the article with what is recorded, and no recording controls', async () => {
    await ui.settled();
    const page = await ui.signIn('reader');
    await nav(page, 'Sources').click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('recorded-mark').first().waitFor();
    expect(await page.getByRole('link', { name: 'Register a source' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    expect(await page.getByTestId('candidate-mark').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Article text' }).count()).toBe(0);
    // Dragging the mouse over the words selects them, and opens nothing.
    const box = (await article(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 60, { steps: 5 });
    await page.mouse.up();
    expect(await article(page).evaluate((el) => String(el.ownerDocument.getSelection()).length)).toBeGreaterThan(10);
    expect(await page.getByTestId('claim-form').count()).toBe(0);
    await page.getByTestId('recorded-mark').filter({ hasText: '62 members' }).click();
    await page.getByRole('heading', { name: 'Provenance' }).waitFor();
    expect(await page.getByTestId('change-panel').count()).toBe(0);
  });
});
