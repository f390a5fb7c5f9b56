import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '#database';
import { EventStore, listParked } from '#event-store';
import { createTestDatabase, dumpReadModel, type TestDatabase } from '#test-support';
import { factViewsProjection } from './fact-views.projection.js';
import { rebuildProjection } from './rebuild.js';
import { ProjectionRunner } from './runner.js';
import { projectionStatus, waitForPosition } from './status.js';

// A rebuild goes past an event it cannot apply, as the live projector does: it parks it in the
// new version, and the switch hands the new version's parked events to the projection.
describe('rebuilding past an event the projection cannot apply', () => {
  let t: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    t = await createTestDatabase({ max: 10 });
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });

  it('parks it in the new version and switches', async () => {
    await store.append('metric-m', [{ type: 'MetricDefined', data: { metricId: 'm', unit: 'x', kind: 'count', cumulative: false, tolerance: 0 } }]);
    await store.append('entity-e', [{ type: 'EntityDefined', data: { entityId: 'e', name: 'E', aliases: [] } }]);
    await store.append('source-s', [{ type: 'SourceRegistered', data: { sourceId: 's', title: 'S', publishedAt: '2020', kind: 'other', language: 'en' } }]);
    const claim = (at: string) => {
      const claimId = randomUUID();
      return {
        claimId,
        event: {
          type: 'ClaimRecorded',
          data: { claimId, sourceId: 's', entityId: 'e', metricId: 'm', value: { amount: 1, qualifier: 'exact' }, validTime: { at } },
        },
      };
    };
    for (let i = 1; i <= 20; i++) await store.append(`claim-${randomUUID()}`, [claim(`2020-0${1 + (i % 9)}`).event]);
    // Written by a release that let year 0 through; the retraction waits behind it.
    const poison = claim('0000-01-01');
    const old = await store.append(`claim-${poison.claimId}`, [poison.event, { type: 'ClaimRetracted', data: { claimId: poison.claimId, reason: 'typo' } }]);
    for (let i = 1; i <= 20; i++) await store.append(`claim-${randomUUID()}`, [claim(`2021-0${1 + (i % 9)}`).event]);

    const live = new ProjectionRunner(t.db, store, factViewsProjection, { connectionString: t.url, pollIntervalMs: 20, batchSize: 7 });
    live.start();
    const head = (await projectionStatus(t.db, [factViewsProjection.name]))[0]!.headPosition;
    expect(await waitForPosition(t.db, factViewsProjection.name, head, 10_000)).toBe(true);
    await live.stop();
    const before = await dumpReadModel(t.db, factViewsProjection);
    const parkedLive = await listParked(t.db, factViewsProjection.name);
    expect(parkedLive.map((p) => [p.globalPosition, p.blockedBy])).toEqual([
      [old.positions[0], null],
      [old.positions[1], old.positions[0]],
    ]);

    const open = (schema?: string) => {
      if (!schema) return connect(t.url, { max: 2 });
      const u = new URL(t.url);
      u.searchParams.set('options', `-c search_path=${schema},public`);
      return connect(u.toString(), { max: 2 });
    };
    const result = await rebuildProjection(open, factViewsProjection, { batchSize: 16 });
    expect(result).toEqual({ events: head, parked: 2 });
    expect(await dumpReadModel(t.db, factViewsProjection)).toEqual(before);
    const parked = await listParked(t.db, factViewsProjection.name);
    expect(parked.map((p) => [p.globalPosition, p.blockedBy, p.attempts])).toEqual([
      [old.positions[0], null, 1],
      [old.positions[1], old.positions[0], 0],
    ]);
    expect(parked[0]!.error).toContain('out of range');
    // Nothing is left under the rebuild's own name.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from parked_events where consumer <> ${factViewsProjection.name}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });
});
