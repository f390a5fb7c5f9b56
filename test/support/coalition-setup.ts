import type { TestApp } from './test-app.js';
import { coalition, isis, membershipClaims, metric, moreClaims, moreMetrics, moreSources, sources } from '../fixtures/coalition.js';

/**
 * Records the corpus figures through the API, as an editor would: sources, metrics, entities,
 * then every claim. Returns the ids and the position of the last write.
 */
export async function recordCoalition(app: TestApp) {
  const key = app.keys.editor;
  const sourceIds: Record<string, string> = {};
  for (const [name, body] of Object.entries({ ...sources, ...moreSources })) {
    sourceIds[name] = (await app.request('POST', '/v1/sources', { key, body })).body.id;
  }
  for (const body of [metric, ...moreMetrics]) await app.request('POST', '/v1/metrics', { key, body });
  for (const body of [coalition, isis]) await app.request('POST', '/v1/entities', { key, body });
  const claimIds: Record<string, string> = {};
  let position = 0;
  for (const { source, ...claim } of [...membershipClaims.map((c) => ({ ...c, metric: metric.id })), ...moreClaims]) {
    const { key: name, ...body } = claim as typeof claim & { key?: string };
    const res = await app.request('POST', '/v1/claims', { key, body: { ...body, sourceId: sourceIds[source] } });
    if (res.status !== 201) throw new Error(`claim not recorded: ${JSON.stringify(res.body)}`);
    if (name) claimIds[name] = res.body.id;
    position = res.body.position;
  }
  return { sourceIds, claimIds, position };
}
