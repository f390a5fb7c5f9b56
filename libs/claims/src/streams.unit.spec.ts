import { describe, expect, it } from 'vitest';
import { deterministicUuid, isSlug, nameKey, slugify } from './ids.js';
import { eventId, SCHEMA_VERSION, streamIds } from './streams.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('eventId', () => {
  const stream = streamIds.entity('global-coalition');
  const data = { entityId: 'global-coalition', alias: 'D-ISIS Coalition' };

  it('gives the same decision on the same stream version the same id, as a UUID', () => {
    expect(eventId(stream, 1, 'EntityAliasAdded', data)).toBe(eventId(stream, 1, 'EntityAliasAdded', { ...data }));
    expect(eventId(stream, 1, 'EntityAliasAdded', data)).toMatch(uuid);
  });

  it.each<[string, [string, number, string, unknown]]>([
    ['another version', [stream, 2, 'EntityAliasAdded', data]],
    ['other data', [stream, 1, 'EntityAliasAdded', { ...data, alias: 'anti-ISIL coalition' }]],
    ['another type', [stream, 1, 'EntityDefined', data]],
    ['another stream', [streamIds.entity('isis'), 1, 'EntityAliasAdded', data]],
  ])('differs for %s', (_, args) => {
    expect(eventId(...args)).not.toBe(eventId(stream, 1, 'EntityAliasAdded', data));
  });
});

describe('streamIds', () => {
  it('prefixes each stream with its kind', () => {
    expect(streamIds.source('s')).toBe('source-s');
    expect(streamIds.entity('e')).toBe('entity-e');
    expect(streamIds.metric('m')).toBe('metric-m');
    expect(streamIds.metric('member_count')).toBe('metric-member_count');
    expect(streamIds.metric('member_count')).not.toBe(streamIds.metric('member-count'));
    expect(streamIds.claim('c')).toBe('claim-c');
    expect(streamIds.contradiction('x')).toBe('contradiction-x');
    expect(SCHEMA_VERSION).toBe(1);
  });
});

describe('ids', () => {
  it('deterministicUuid: same parts, same UUID; other parts or another order, another one', () => {
    expect(deterministicUuid('a', 1)).toBe(deterministicUuid('a', 1));
    expect(deterministicUuid('a', 1)).toMatch(uuid);
    expect(deterministicUuid('a', 1)).not.toBe(deterministicUuid('a', '1'));
    expect(deterministicUuid('a', 'b')).not.toBe(deterministicUuid('b', 'a'));
  });

  it('slugify turns a name into a slug', () => {
    expect(slugify('Global Coalition to Defeat ISIS')).toBe('global-coalition-to-defeat-isis');
    expect(slugify('  Coalition internationale contre l’État islamique ')).toBe('coalition-internationale-contre-l-etat-islamique');
    expect(isSlug(slugify(`${'x'.repeat(99)} y`))).toBe(true);
  });

  it('nameKey ignores case, accents and spacing', () => {
    expect(nameKey('  État   Islamique ')).toBe(nameKey('etat islamique'));
  });
});
