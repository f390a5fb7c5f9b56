import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startWebUi, type WebUi } from '../support/web-ui.js';

describe('the review workflow and the exports in a browser, on the demo data', () => {
  let ui: WebUi;

  beforeAll(async () => {
    ui = await startWebUi();
  });
  afterAll(() => ui?.close());

  const panel = (page: Page) => page.getByTestId('workflow-panel');
  const status = (page: Page) => panel(page).locator('[aria-current="step"]');
  /** Waits for the workflow to show a status, after a move has been answered. */
  const untilStatus = (page: Page, name: string) =>
    panel(page)
      .locator('[aria-current="step"]', { hasText: new RegExp(`^${name}$`) })
      .waitFor();
  const nav = (page: Page, section: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section });
  const reviewRows = (page: Page) => page.getByTestId('review-table').locator('tbody tr');

  it('takes a claim from an editor through review to publication, locked until a reviewer reopens it', async () => {
    // The editor finds the 2017 figure among the claims nobody has started.
    const editor = await ui.signIn('editor');
    await nav(editor, 'Review').click();
    await editor.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    await editor.getByRole('radio', { name: 'unstarted' }).check();
    const seventyTwo = reviewRows(editor).filter({ hasText: 'Global Coalition to Defeat ISIS / member count' }).filter({ hasText: '72 members' });
    await seventyTwo.waitFor();
    expect(await seventyTwo.locator('.workflow-badge').textContent()).toBe('unstarted');
    await seventyTwo.getByRole('link', { name: '72 members' }).click();

    await panel(editor).waitFor();
    expect(await status(editor).textContent()).toBe('unstarted');
    expect(await panel(editor).getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await editor.getByLabel('Note for the move (optional)').fill('checking against the coalition site');
    await panel(editor).getByRole('button', { name: 'Start work' }).click();
    await untilStatus(editor, 'in progress');
    // The button pressed is gone with its status: focus moves to what happened.
    expect(await editor.locator(':focus').textContent()).toBe('The claim is now in progress.');

    await editor.getByLabel('New comment').fill('The July 2017 communiqué also counts 72 members.');
    await panel(editor).getByRole('button', { name: 'Add comment' }).click();
    const comment = panel(editor).getByTestId('comments').locator('li');
    await comment.first().waitFor();
    expect(await comment.count()).toBe(1);
    expect(await comment.textContent()).toContain('test editor');
    expect(await comment.textContent()).toContain('The July 2017 communiqué also counts 72 members.');
    await panel(editor).getByRole('button', { name: 'Assign me' }).click();
    await panel(editor).getByRole('button', { name: 'Unassign test editor' }).waitFor();

    await panel(editor).getByRole('button', { name: 'Send to review' }).click();
    await untilStatus(editor, 'in review');
    // Publishing is a reviewer's move: the editor is not offered it, nor a verdict.
    expect(await editor.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Send back' }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Record verdict' }).count()).toBe(0);
    expect(await panel(editor).textContent()).toContain('A reviewer publishes this claim or sends it back.');

    // The reviewer finds it in the queue of claims in review, with who is on it.
    await ui.settled();
    const reviewer = await ui.signIn('reviewer');
    await nav(reviewer, 'Review').click();
    await reviewer.getByRole('radio', { name: 'in review' }).check();
    await reviewer.getByLabel('Assigned to').fill('test editor');
    await reviewer.getByRole('button', { name: 'Filter', exact: true }).click();
    await reviewRows(reviewer).filter({ hasText: '72 members' }).waitFor();
    expect(await reviewRows(reviewer).count()).toBe(1);
    await reviewRows(reviewer).filter({ hasText: 'Global Coalition to Defeat ISIS' }).waitFor();
    const row = await reviewRows(reviewer).first().locator('th, td').allTextContents();
    expect(row).toEqual([
      expect.stringContaining('72 members'),
      'Global Coalition to Defeat ISIS / member count',
      'Coalition announces meeting in Washington to accelerate anti-ISIS efforts',
      'in review',
      'test editor',
      'none',
      '1',
      expect.stringContaining('test editor'),
    ]);
    await reviewer.screenshot({ path: `${ARTIFACTS}/review-page-filtered.png`, fullPage: true });

    await reviewRows(reviewer).getByRole('link', { name: '72 members' }).click();
    await panel(reviewer).getByRole('button', { name: 'Publish' }).waitFor();
    await reviewer.getByLabel('Verdict', { exact: true }).selectOption('accurate');
    await reviewer.getByRole('button', { name: 'Record verdict' }).click();
    await reviewer.locator('.pairs', { hasText: 'verdict accurate' }).waitFor();
    await reviewer.screenshot({ path: `${ARTIFACTS}/claim-page.png`, fullPage: true });

    await reviewer.getByLabel('Note for the move (optional)').fill('matches the coalition site');
    await panel(reviewer).getByRole('button', { name: 'Publish' }).click();
    await untilStatus(reviewer, 'published');
    expect(await reviewer.getByTestId('claim-workflow-status').textContent()).toBe('published');
    // Locked: the verdict and rank controls are there but disabled, and say why.
    for (const control of [
      reviewer.getByLabel('Verdict', { exact: true }),
      reviewer.getByLabel('Rank'),
      reviewer.getByRole('button', { name: 'Record verdict' }),
      reviewer.getByRole('button', { name: 'Set rank' }),
    ]) {
      expect(await control.isDisabled()).toBe(true);
    }
    expect(await reviewer.getByTestId('locked-note').textContent()).toContain(
      'The claim is published: its verdict and rank stay as they are until a reviewer reopens it',
    );
    expect(await panel(reviewer).getByLabel("Assign to (a key holder's name)").count()).toBe(0);
    expect(
      await panel(reviewer)
        .getByRole('button', { name: /^Unassign/ })
        .count(),
    ).toBe(0);
    expect(await panel(reviewer).getByRole('button', { name: 'Add comment' }).count()).toBe(1);
    await reviewer.screenshot({ path: `${ARTIFACTS}/claim-page-published.png`, fullPage: true });

    await panel(reviewer).getByRole('button', { name: 'Reopen' }).click();
    await untilStatus(reviewer, 'in progress');
    expect(await reviewer.getByTestId('locked-note').count()).toBe(0);
    expect(await reviewer.getByRole('button', { name: 'Record verdict' }).isDisabled()).toBe(false);

    // The whole list: the claim just changed comes last, the least recently changed first.
    await nav(reviewer, 'Review').click();
    await reviewer.getByRole('button', { name: 'Assigned to me' }).click();
    await reviewer.getByText('No claims match.').waitFor();
    await reviewer.getByRole('button', { name: 'Clear' }).click();
    await reviewRows(reviewer).nth(1).waitFor();
    const all = reviewRows(reviewer);
    expect(await all.count()).toBe(26);
    expect(await all.last().locator('th').textContent()).toContain('72 members');
    expect(await all.last().locator('.workflow-badge').textContent()).toBe('in progress');
    expect(await all.locator('.workflow-badge').allTextContents()).toEqual([...Array(25).fill('unstarted'), 'in progress']);
    await reviewer.screenshot({ path: `${ARTIFACTS}/review-page.png`, fullPage: true });

    // The audit log, newest first: every move, by whom, from where to where.
    await nav(reviewer, 'Audit log').click();
    const moves = reviewer.getByTestId('audit-table').locator('tbody tr').filter({ hasText: 'ClaimWorkflowMoved' });
    await moves.first().waitFor();
    const described = await moves.evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td, th')].slice(1, 3).map((c) => c.textContent)));
    expect(described).toEqual([
      ['test reviewer', 'ClaimWorkflowMoved'],
      ['test reviewer', 'ClaimWorkflowMoved'],
      ['test editor', 'ClaimWorkflowMoved'],
      ['test editor', 'ClaimWorkflowMoved'],
    ]);
    const summaries = await moves.locator('summary').allTextContents();
    expect(summaries).toEqual([
      'published → in progress',
      'in review → published · note: matches the coalition site',
      'in progress → in review',
      'unstarted → in progress · note: checking against the coalition site',
    ]);
    expect(ui.offsite).toEqual([]);
  });

  it('downloads the fact timeline as a CSV whose rows are the timeline', async () => {
    await ui.settled();
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    const table = page.getByTestId('timeline-table');
    await table.locator('tbody tr').first().waitFor();

    const exported = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export timeline (CSV)' }).click();
    const download = await exported;
    expect(download.suggestedFilename()).toBe('global-coalition-member-count-timeline.csv');
    const rows: Record<string, string>[] = parse(await readFile(await download.path(), 'utf8'), { columns: true, bom: true });

    const timeline = (await ui.app.request('GET', '/v1/facts/global-coalition/member-count/timeline', { key: ui.app.keys.reader })).body;
    expect(rows.map((r) => r.claim_id)).toEqual(timeline.claims.map((c: { id: string }) => c.id));
    expect(rows.map((r) => [r.valid_time, r.amount, r.qualifier, r.quote, r.source_title, r.verdict])).toEqual(
      timeline.claims.map((c: any) => [c.validTime.at, String(c.value.amount), c.value.qualifier, c.quote.text, c.source.title, c.verdict ?? '']),
    );
    // The same claims as the table on the page, in the same order.
    expect(rows.map((r) => r.quote)).toEqual(await table.locator('tbody tr q').allTextContents());
    expect(rows.map((r) => r.amount)).toEqual(['60', '60', '60', '72', '84']);
  });
});
