import { describe, expect, it } from 'vitest';
import { wants } from './dispatcher.js';

const about = (subject: string | null, metric: string | null) => ({ subject, metric });

describe('which events a subscription wants', () => {
  it('takes the types it names, of any fact when it names no subject or metric', () => {
    const all = { event_types: ['ClaimRecorded'], subjects: null, metrics: null };
    expect(wants(all, 'ClaimRecorded', about('a', 'm'))).toBe(true);
    expect(wants(all, 'ClaimRecorded', about(null, null))).toBe(true);
    expect(wants(all, 'ClaimRetracted', about('a', 'm'))).toBe(false);
  });

  it('narrows to the subjects and metrics it names, leaving out events about none', () => {
    const narrow = { event_types: ['ClaimRecorded', 'SourceRegistered'], subjects: ['a', 'b'], metrics: ['m'] };
    expect(wants(narrow, 'ClaimRecorded', about('b', 'm'))).toBe(true);
    expect(wants(narrow, 'ClaimRecorded', about('c', 'm'))).toBe(false);
    expect(wants(narrow, 'ClaimRecorded', about('a', 'n'))).toBe(false);
    expect(wants(narrow, 'SourceRegistered', about(null, null))).toBe(false);
  });
});
