import { recordCoalition } from './coalition-setup.js';
import type { TestApp } from './test-app.js';

/**
 * The demo figures the browser tests look at: the coalition's membership (60 "all 60" and
 * "over 60" on 2015-01-22, 72 in July 2017, 84 on 2022-05-11) and the other corpus facts,
 * recorded through the API. Returns once the fact views include them.
 */
export async function seedDemo(app: TestApp) {
  const recorded = await recordCoalition(app);
  const fact = await app.request('GET', `/v1/facts/global-coalition/member-count?minPosition=${recorded.position}`, { key: app.keys.reader });
  if (fact.status !== 200) throw new Error(`the demo fact is not readable: ${JSON.stringify(fact.body)}`);
  return recorded;
}
