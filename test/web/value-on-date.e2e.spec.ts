import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startWebUi, type WebUi } from '../support/web-ui.js';

describe('the fact page answers the value on a date, on the demo data', () => {
  let ui: WebUi;

  beforeAll(async () => {
    ui = await startWebUi();
  });
  afterAll(() => ui?.close());

  it('carries the membership of January 2015 forward to June 2016, says so, and names the next known', async () => {
    const page = await ui.signIn('reader');
    await page.goto(`${ui.app.url}/#/facts/global-coalition/member-count`);
    await page.getByTestId('current-value').waitFor();
    await page.getByLabel('Valid on').fill('2016-06-01');
    await page.getByRole('button', { name: 'Show' }).click();
    const answer = page.getByTestId('value-on-date');
    await answer.waitFor();
    expect(await answer.textContent()).toBe('60 members, as of 22 Jan 2015 (carried forward: no claim covers 1 Jun 2016) · next known: 72 members, Jul 2017');
    await page.getByLabel('Valid on').fill('2017-07-10');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => answer.textContent()).toBe('72 members, valid Jul 2017 · next known: 84 members, 11 May 2022');
    await page.screenshot({ path: `${ARTIFACTS}/value-on-date.png`, fullPage: true });
  });
});
