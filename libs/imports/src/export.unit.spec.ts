import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '#claims';
import type { RecordedEvent } from '#event-store';
import { exportLine } from './export.js';
import { parseRecord, RECORD_KINDS } from './records.js';

const CLAIM = '7c3a2d1e-0000-8000-8000-000000000001';
const OTHER = '7c3a2d1e-0000-8000-8000-000000000002';
const AT = new Date('2026-11-26T10:00:00.000Z');
const value = { amount: 60, qualifier: 'exact', unit: 'member' } as const;

let position = 0;
/** An event as the store gives it back, at `version` of its stream, recorded by Ana. */
const recorded = (event: DomainEvent, version = 1, streamId = 'stream-1'): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(++position).padStart(12, '0')}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: { actor: 'Ana (desk)' },
  streamId,
  streamVersion: version,
  globalPosition: position,
  transactionId: String(position),
  recordedAt: AT,
});
const origin = { at: AT.toISOString(), by: 'Ana (desk)' };

// Given an event, then its line: what the import decides again.
const cases: Array<[DomainEvent, number, Record<string, unknown>]> = [
  [
    {
      type: 'SourceRegistered',
      data: { sourceId: 's1', title: 'Coalition grows', publisher: 'Newsroom24', publishedAt: '2015-01', kind: 'news_article', language: 'en', text: 'all 60' },
    },
    1,
    {
      record: 'source',
      id: 's1',
      title: 'Coalition grows',
      publisher: 'Newsroom24',
      publishedAt: '2015-01',
      kind: 'news_article',
      language: 'en',
      text: 'all 60',
    },
  ],
  [
    { type: 'SourceUpdated', data: { sourceId: 's1', changes: { url: 'https://example.org/a' } } },
    2,
    { record: 'source_update', id: 's1', changes: { url: 'https://example.org/a' }, version: 2 },
  ],
  [
    { type: 'EntityDefined', data: { entityId: 'isis', name: 'ISIS', aliases: ['Daesh'] } },
    1,
    { record: 'entity', id: 'isis', name: 'ISIS', aliases: ['Daesh'] },
  ],
  [{ type: 'EntityAliasAdded', data: { entityId: 'isis', alias: 'ISIL' } }, 2, { record: 'entity_alias', entityId: 'isis', alias: 'ISIL', version: 2 }],
  [
    { type: 'MetricDefined', data: { metricId: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } },
    1,
    { record: 'metric', id: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 },
  ],
  [
    {
      type: 'ClaimRecorded',
      data: {
        claimId: CLAIM,
        sourceId: 's1',
        entityId: 'global-coalition',
        metricId: 'member-count',
        value,
        validTime: { at: '2015-01-22' },
        quote: { text: 'all 60', start: 0, end: 6 },
        attribution: 'John Kerry',
        note: 'n',
      },
    },
    1,
    {
      record: 'claim',
      id: CLAIM,
      sourceId: 's1',
      entityId: 'global-coalition',
      metricId: 'member-count',
      value,
      validTime: { at: '2015-01-22' },
      quote: { text: 'all 60', start: 0, end: 6 },
      attribution: 'John Kerry',
      note: 'n',
    },
  ],
  [
    {
      type: 'ClaimCorrected',
      data: { claimId: CLAIM, value: { ...value, amount: 61 }, reason: 'typo', previous: { value, validTime: { at: '2015-01-22' } } },
    },
    2,
    { record: 'correction', claimId: CLAIM, value: { ...value, amount: 61 }, reason: 'typo', version: 2 },
  ],
  [
    {
      type: 'ClaimCorrected',
      data: { claimId: CLAIM, validTime: { from: '2015', to: '2016' }, reason: 'a span', previous: { value, validTime: { at: '2015-01-22' } } },
    },
    3,
    { record: 'correction', claimId: CLAIM, validTime: { from: '2015', to: '2016' }, reason: 'a span', version: 3 },
  ],
  [{ type: 'ClaimRetracted', data: { claimId: CLAIM, reason: 'wrong' } }, 4, { record: 'retraction', claimId: CLAIM, reason: 'wrong', version: 4 }],
  [{ type: 'ClaimRestored', data: { claimId: CLAIM, reason: 'right' } }, 5, { record: 'restoration', claimId: CLAIM, reason: 'right', version: 5 }],
  [
    { type: 'ClaimReviewed', data: { claimId: CLAIM, verdict: 'accurate', note: 'ok' } },
    6,
    { record: 'review', claimId: CLAIM, verdict: 'accurate', note: 'ok', version: 6 },
  ],
  [
    { type: 'ClaimRanked', data: { claimId: CLAIM, rank: 'preferred', reason: 'official', previous: 'normal' } },
    7,
    { record: 'rank', claimId: CLAIM, rank: 'preferred', reason: 'official', version: 7 },
  ],
  [
    { type: 'ClaimWorkflowMoved', data: { claimId: CLAIM, from: 'in_review', to: 'published', note: 'checked' } },
    8,
    { record: 'workflow', claimId: CLAIM, to: 'published', note: 'checked', version: 8 },
  ],
  [{ type: 'ReviewerAssigned', data: { claimId: CLAIM, assignee: 'Bea' } }, 9, { record: 'assignment', claimId: CLAIM, assignee: 'Bea', version: 9 }],
  [{ type: 'ReviewerUnassigned', data: { claimId: CLAIM, assignee: 'Bea' } }, 10, { record: 'unassignment', claimId: CLAIM, assignee: 'Bea', version: 10 }],
  [
    { type: 'ClaimCommented', data: { claimId: CLAIM, commentId: OTHER, text: 'see p. 2' } },
    11,
    { record: 'comment', claimId: CLAIM, commentId: OTHER, text: 'see p. 2', version: 11 },
  ],
  [
    {
      type: 'ContradictionResolved',
      data: {
        contradictionId: OTHER,
        entityId: 'global-coalition',
        metricId: 'member-count',
        claimIds: [CLAIM, OTHER],
        preferred: [CLAIM],
        reason: 'official',
      },
    },
    1,
    {
      record: 'resolution',
      contradictionId: OTHER,
      entityId: 'global-coalition',
      metricId: 'member-count',
      claimIds: [CLAIM, OTHER],
      preferred: [CLAIM],
      reason: 'official',
      version: 1,
    },
  ],
];

describe('an event as a line of the export', () => {
  it.each(cases.map(([event, version, line]) => [`${event.type} (version ${version})`, event, version, line] as const))('%s', (_, event, version, line) => {
    const exported = exportLine(recorded(event, version));
    expect(exported).toEqual({ ...line, ...origin });
    // What the export writes, the import reads as it is.
    expect(parseRecord(JSON.parse(JSON.stringify(exported)) as object, 1)).toEqual({ record: exported });
  });

  it('covers every kind of line but the header', () => {
    expect(new Set(cases.map(([, , line]) => line['record']))).toEqual(new Set(RECORD_KINDS.filter((k) => k !== 'header')));
  });

  it('leaves out the events of other streams, such as API keys', () => {
    expect(
      exportLine({ ...recorded({ type: 'EntityAliasAdded', data: { entityId: 'x', alias: 'y' } }), type: 'ApiKeyCreated', data: { keyId: 'k' } }),
    ).toBeUndefined();
  });

  it('names the first actor only when the event has one', () => {
    const event = { ...recorded(cases[2]![0]), metadata: {} };
    expect(exportLine(event)).toEqual({ ...cases[2]![2], at: AT.toISOString() });
  });

  it('refuses a line of a kind it does not know, or with a field its kind does not have', () => {
    expect(parseRecord({ record: 'claims' }, 3)).toEqual({ errors: [expect.objectContaining({ line: 3, field: 'record' })] });
    const parsed = parseRecord({ record: 'retraction', claimId: CLAIM, reason: 'r', extra: 1 }, 4);
    expect(parsed).toEqual({ errors: [{ line: 4, field: '(line)', message: 'unknown field(s) extra in a retraction line' }] });
  });
});
