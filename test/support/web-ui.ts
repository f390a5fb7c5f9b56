import { mkdir } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { type Role, startTestApp, type TestApp } from './test-app.js';
import { ensureWebBundle } from './web-bundle.js';

/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = 'test-results/web';
/** A common laptop screen: the size the UI is laid out for and checked at. */
export const LAPTOP = { width: 1366, height: 768 } as const;
/** A common phone held upright (an iPhone 12 to 14), touch and all: the narrowest screen the UI is checked at. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** The screen a tab opens on. */
export type Device = Pick<BrowserContextOptions, 'viewport' | 'isMobile' | 'hasTouch'>;

export interface WebUi {
  readonly app: TestApp;
  readonly browser: Browser;
  /** Every request a page made to another origin: the UI must make none. */
  readonly offsite: readonly string[];
  /** A fresh tab (its own sessionStorage) at a laptop's size (or on `device`), signed in with a role's key. */
  signIn(role: Role, device?: Device): Promise<Page>;
  /**
   * Waits until the read models include every event written so far: what another user's tab,
   * which has no position of its own to wait for, then reads is up to date.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API with the demo data, the web bundle it serves, and Chromium. Returns once the read
 * models (fact views, the editorial list and search) include the whole demo, as a user arriving after
 * the first start would find them.
 */
export async function startWebUi(): Promise<WebUi> {
  await ensureWebBundle();
  await mkdir(ARTIFACTS, { recursive: true });
  const app = await startTestApp({ demo: true });
  let browser: Browser | undefined;
  try {
    await untilProjected(app, app.demo!.position);
    browser = await launchChromium();
  } catch (error) {
    await app.close();
    throw error;
  }
  const offsite: string[] = [];
  const own = (url: string) => url.startsWith(app.url) || url.startsWith('data:') || url.startsWith('blob:');

  return {
    app,
    browser,
    offsite,
    async signIn(role, device = { viewport: LAPTOP }) {
      const context = await browser.newContext({ ...device, acceptDownloads: true });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (!own(request.url())) offsite.push(request.url());
      });
      await page.goto(`${app.url}/`);
      await page.getByLabel('API key').fill(app.keys[role]);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Facts', exact: true }).waitFor();
      return page;
    },
    async settled() {
      const { rows } = await sql<{ head: string | null }>`select max(global_position)::text as head from events`.execute(app.database.db);
      await untilProjected(app, Number(rows[0]!.head ?? 0));
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Waits until every read model has applied the log up to `position` (each read waits up to 5 s). */
async function untilProjected(app: TestApp, position: number): Promise<void> {
  for (const path of ['/v1/facts?', '/v1/review?', '/v1/search?q=settled&']) {
    for (let attempt = 0; ; attempt++) {
      const reply = await app.request('GET', `${path}limit=1&minPosition=${position}`, { key: app.keys.reader });
      if (reply.status === 200) break;
      if (reply.status !== 503 || attempt >= 10) throw new Error(`${path} did not catch up with the demo: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
  }
}
