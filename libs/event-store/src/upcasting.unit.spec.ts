import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './types.js';
import { composeUpcasters } from './upcasting.js';

const stored = (type: string, schemaVersion: number, data: unknown): RecordedEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  schemaVersion,
  data,
  metadata: {},
  streamId: 's-1',
  streamVersion: 1,
  globalPosition: 1,
  transactionId: '1',
  recordedAt: new Date(0),
});

describe('composeUpcasters', () => {
  const upcast = composeUpcasters([
    { type: 'Stated', fromSchemaVersion: 2, upcast: (d) => ({ ...(d as object), unit: 'member' }) },
    { type: 'Stated', fromSchemaVersion: 1, upcast: (d) => ({ amount: (d as { value: number }).value }) },
  ]);

  it('chains the steps from the stored version to the newest, whatever order they were given in', () => {
    expect(upcast(stored('Stated', 1, { value: 60 }))).toMatchObject({
      schemaVersion: 3,
      data: { amount: 60, unit: 'member' },
    });
  });

  it('starts from the version the event has', () => {
    expect(upcast(stored('Stated', 2, { amount: 72 }))).toMatchObject({ schemaVersion: 3, data: { amount: 72, unit: 'member' } });
  });

  it('leaves current and unknown events alone', () => {
    const current = stored('Stated', 3, { amount: 84, unit: 'member' });
    expect(upcast(current)).toBe(current);
    const other = stored('Other', 1, { value: 1 });
    expect(upcast(other)).toBe(other);
  });

  it('refuses two steps from the same version', () => {
    const step = { type: 'Stated', fromSchemaVersion: 1, upcast: (d: unknown) => d };
    expect(() => composeUpcasters([step, step])).toThrow('two upcasters for Stated@1');
  });
});
