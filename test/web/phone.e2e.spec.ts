import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, startWebUi, type WebUi } from '../support/web-ui.js';

/** Where the phone screenshots go (git-ignored, as all of test-results/). */
const SHOTS = 'test-results/phone';
const WIDTH = PHONE.viewport.width;

/**
 * What makes the page wider than the screen: the document's scroll width, and every element
 * whose box reaches past the right edge, unless a container that scrolls sideways on purpose
 * (overflow-x auto or scroll, itself inside the screen) holds it.
 */
function overflow(page: Page) {
  return page.locator('body').evaluate((body) => {
    const root = body.ownerDocument.documentElement;
    const view = body.ownerDocument.defaultView!;
    const width = root.clientWidth;
    const scrollsSideways = (el: typeof body) => ['auto', 'scroll'].includes(view.getComputedStyle(el).overflowX);
    const inScroller = (el: typeof body) => {
      for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (scrollsSideways(up)) return true;
      return false;
    };
    const offenders: string[] = [];
    for (const el of body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5 || inScroller(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/).join('.')}` : ''}`;
      offenders.push(`${name} (${Math.round(box.left)}..${Math.round(box.right)})`);
    }
    return { scrollWidth: root.scrollWidth, offenders };
  });
}

/** Two boxes overlap when they share more than a sliver (half a pixel) in both directions. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('every page on a phone (390x844)', () => {
  let ui: WebUi;
  let sourceId: string;
  let claimId: string;

  beforeAll(async () => {
    ui = await startWebUi();
    await mkdir(SHOTS, { recursive: true });
    // A second source for 11 May 2022 says 85 beside The National's 84: two labels a pixel apart.
    const editor = ui.app.keys.editor;
    const text = 'The coalition now has 85 members, officials said on Wednesday.';
    const source = await ui.app.request('POST', '/v1/sources', {
      key: editor,
      body: { title: 'Coalition counts 85 members', publisher: 'Phone Wire', publishedAt: '2022-05-12', kind: 'news_article', language: 'en', text },
    });
    expect(source.status).toBe(201);
    sourceId = source.body.id;
    const claim = await ui.app.request('POST', '/v1/claims', {
      key: editor,
      body: {
        sourceId,
        subject: 'global-coalition',
        metric: 'member-count',
        value: { amount: 85 },
        validTime: { at: '2022-05-11' },
        quote: { text: '85 members', start: 22, end: 32 },
      },
    });
    expect(claim.status).toBe(201);
    claimId = claim.body.id;
    await ui.settled();
  });
  afterAll(() => ui?.close());

  /** Each section the router knows (apps/web/src/main.tsx), with a real id where it takes one. */
  const pages = () => [
    { name: 'facts', hash: '#/facts', heading: 'Facts' },
    { name: 'fact', hash: '#/facts/global-coalition/member-count', heading: 'Global Coalition to Defeat ISIS' },
    { name: 'sources', hash: '#/sources', heading: 'Sources' },
    { name: 'source-new', hash: '#/sources/new', heading: 'Register a source' },
    { name: 'source', hash: `#/sources/${sourceId}`, heading: 'Coalition counts 85 members' },
    { name: 'entities', hash: '#/entities', heading: 'Entities' },
    { name: 'metrics', hash: '#/metrics', heading: 'Metrics' },
    { name: 'contradictions', hash: '#/contradictions', heading: 'Contradictions' },
    { name: 'review', hash: '#/review', heading: 'Review' },
    { name: 'claim', hash: `#/claims/${claimId}`, heading: '85 members' },
    { name: 'audit', hash: '#/audit', heading: 'Audit log' },
    { name: 'search', hash: '#/search?q=coalition', heading: 'Search' },
    { name: 'not-found', hash: '#/nowhere', heading: 'Not found' },
  ];

  it('checks every section the router serves', async () => {
    const router = await readFile(new URL('../../apps/web/src/main.tsx', import.meta.url), 'utf8');
    const sections = [...router.matchAll(/case '([a-z-]+)':/g)].map((m) => m[1]!);
    expect(sections.length).toBeGreaterThan(5);
    const covered = new Set(pages().map((p) => p.hash.split(/[/?]/)[1]));
    expect(sections.filter((s) => !covered.has(s))).toEqual([]);
  });

  it('shows the sign-in page within the screen', async () => {
    const page = await (await ui.browser.newContext(PHONE)).newPage();
    await page.goto(`${ui.app.url}/`);
    await page.getByLabel('API key').waitFor();
    await page.screenshot({ path: `${SHOTS}/sign-in.png`, fullPage: true });
    expect(await overflow(page)).toEqual({ scrollWidth: WIDTH, offenders: [] });
  });

  it('fits every page to the width of the screen, signed in as an admin', async () => {
    const page = await ui.signIn('admin', PHONE);
    const found = [];
    for (const { name, hash, heading } of pages()) {
      await page.goto(`${ui.app.url}/${hash}`);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).first().waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
      found.push({ name, ...(await overflow(page)) });
    }
    expect(found).toEqual(pages().map(({ name }) => ({ name, scrollWidth: WIDTH, offenders: [] })));
  });

  it('folds the sections into a menu that opens with a tap, not a hover', async () => {
    const page = await ui.signIn('editor', PHONE);
    const header = page.locator('header.top');
    const menu = header.getByRole('button', { name: 'Menu' });
    const sections = page.getByRole('navigation', { name: 'Sections' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await sections.getByRole('link', { name: 'Review' }).isVisible()).toBe(false);
    // Closed, the bar keeps to one line, and the search box to one more under it.
    const search = header.getByRole('searchbox');
    const searchBox = (await search.boundingBox())!;
    const bar = (await header.boundingBox())!;
    expect((await menu.boundingBox())!.y + (await menu.boundingBox())!.height - bar.y).toBeLessThanOrEqual(56);
    expect(searchBox.x + searchBox.width).toBeLessThanOrEqual(WIDTH);
    expect(bar.height).toBeLessThanOrEqual(56 + searchBox.height + 16);

    await menu.tap();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const review = sections.getByRole('link', { name: 'Review' });
    const box = (await review.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    expect(box.height).toBeGreaterThanOrEqual(40); // a finger's target
    await page.screenshot({ path: `${SHOTS}/menu-open.png` });
    expect(await overflow(page)).toEqual({ scrollWidth: WIDTH, offenders: [] });

    // Choosing a section goes there and folds the menu again.
    await review.tap();
    await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await review.isVisible()).toBe(false);
  });

  it('shows each table row as a card that names every value', async () => {
    const page = await ui.signIn('editor', PHONE);
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    const row = page.getByTestId('timeline-table').locator('tbody tr').filter({ hasText: '85 members' });
    await row.waitFor();
    // The head is left to screen readers: a pixel, out of the way.
    expect((await page.getByTestId('timeline-table').locator('thead').boundingBox())!.width).toBeLessThanOrEqual(1);
    const labels = await row.locator('th, td').evaluateAll((cells) => cells.map((c) => c.ownerDocument.defaultView!.getComputedStyle(c, '::before').content));
    expect(labels).toEqual(['"Value"', '"Valid time"', '"Quote"', '"Source"', '"Status"']);
    // The cells stack: each starts below the one before, all as wide as the card.
    const boxes = await row.locator('th, td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as Box));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(WIDTH);

    await page.goto(`${ui.app.url}/#/review`);
    const claim = page.getByTestId('review-table').locator('tbody tr').first();
    await claim.waitFor();
    const reviewLabels = await claim
      .locator('th, td')
      .evaluateAll((cells) => cells.map((c) => c.ownerDocument.defaultView!.getComputedStyle(c, '::before').content));
    expect(reviewLabels).toEqual(['"Claim"', '"Fact"', '"Source"', '"Status"', '"Assignees"', '"Verdict"', '"Comments"', '"Last change"']);
  });

  it('draws the chart across the screen, with value labels that do not overlap (84 beside 85)', async () => {
    const page = await ui.signIn('editor', PHONE);
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    const chart = page.getByTestId('fact-chart');
    const svg = chart.locator('svg').first();
    await svg.waitFor();
    const host = (await chart.locator('.plot-host').boundingBox())!;
    expect((await svg.boundingBox())!.width).toBeGreaterThanOrEqual(host.width - 1);
    expect(host.width).toBeGreaterThanOrEqual(300);

    const labels = await chart
      .locator('svg .value-label text')
      .evaluateAll((texts) => texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect().toJSON() as Box })));
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['84', '85', '72']));
    for (const [i, a] of labels.entries()) {
      expect(a.box.right, `${a.text} inside the screen`).toBeLessThanOrEqual(WIDTH);
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.text} against ${b.text}`).toBe(false);
    }
    await chart.screenshot({ path: `${SHOTS}/chart.png` });
  });
});
