import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { recordCoalition, startTestApp, type TestApp } from '#test-support';
import { ClaimView, ReviewPage } from '../../apps/api/src/claims/claim-shapes.js';
import { ContradictionPage, FactPage, FactView, Timeline } from '../../apps/api/src/facts/fact-shapes.js';
import { AuditPage, FeedPage } from '../../apps/api/src/feed/event-shapes.js';

// The routes' return types are checked against their schemas when compiling; the log's payloads
// are the exception (the store gives them untyped), so these answers are checked as they come.
describe('answers as the document describes them', () => {
  let app: TestApp;
  let claimId: string;
  beforeAll(async () => {
    app = await startTestApp();
    const recorded = await recordCoalition(app);
    claimId = Object.values(recorded.claimIds)[0]!;
    await app.request('POST', `/v1/claims/${claimId}/workflow`, { key: app.keys.editor, body: { to: 'in_progress' } });
    await app.request('GET', `/v1/facts?minPosition=${recorded.position}`);
  });
  afterAll(() => app?.close());

  const fits = async (schema: z.ZodType, path: string) => {
    const reply = await app.request('GET', path, { key: app.keys.reader });
    expect(reply.status, path).toBe(200);
    const parsed = schema.safeParse(reply.body);
    expect(parsed.error?.issues ?? [], path).toEqual([]);
    return reply.body;
  };

  it('every event of the change feed and the audit, each payload by its type', async () => {
    const feed = await fits(FeedPage, '/v1/events?limit=1000');
    expect(new Set(feed.items.map((e: { type: string }) => e.type))).toEqual(
      new Set(['ApiKeyCreated', 'SourceRegistered', 'MetricDefined', 'EntityDefined', 'ClaimRecorded', 'ClaimWorkflowMoved']),
    );
    await fits(AuditPage, '/v1/audit?limit=500');
  });

  it('a claim with its history, and the fact reads', async () => {
    await fits(ClaimView, `/v1/claims/${claimId}`);
    await fits(FactPage, '/v1/facts');
    await fits(FactView, '/v1/facts/global-coalition/member-count');
    await fits(Timeline, '/v1/facts/global-coalition/member-count/timeline?include=all');
    await fits(ContradictionPage, '/v1/contradictions');
    await fits(ReviewPage, '/v1/review');
  });
});
