import { describe, expect, it } from 'vitest';
import { decideEntity, type EntityCommand, type EntityEvent, type EntityState, entityNames, evolveEntity, initialEntityState } from './entity.js';

const given = (...events: EntityEvent[]): EntityState => events.reduce(evolveEntity, initialEntityState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const define = (name: string, aliases: readonly string[] = [], entityId = 'global-coalition'): EntityCommand => ({
  type: 'DefineEntity',
  entityId,
  name,
  aliases,
});
const addAlias = (alias: string, entityId = 'global-coalition'): EntityCommand => ({ type: 'AddEntityAlias', entityId, alias });
const coalitionDefined: EntityEvent = {
  type: 'EntityDefined',
  data: { entityId: 'global-coalition', name: 'Global Coalition to Defeat ISIS', aliases: ['D-ISIS Coalition'] },
};

describe('DefineEntity', () => {
  it('given nothing, when an entity is defined, then EntityDefined carries its name and aliases', () => {
    expect(decideEntity(define('Global Coalition to Defeat ISIS', ['D-ISIS Coalition', 'anti-ISIL coalition']), given())).toEqual([
      {
        type: 'EntityDefined',
        data: {
          entityId: 'global-coalition',
          name: 'Global Coalition to Defeat ISIS',
          aliases: ['D-ISIS Coalition', 'anti-ISIL coalition'],
        },
      },
    ]);
  });

  it('trims the name and the aliases', () => {
    expect(decideEntity(define('  Global Coalition  ', [' D-ISIS Coalition ']), given())).toEqual([
      { type: 'EntityDefined', data: { entityId: 'global-coalition', name: 'Global Coalition', aliases: ['D-ISIS Coalition'] } },
    ]);
  });

  it.each(['global-coalition', 'isis', 'un-1325', '84'])('accepts the slug %s as id', (entityId) => {
    expect(decideEntity(define('Name', [], entityId), given())).toHaveLength(1);
  });

  it.each([
    ['upper case', 'Global-Coalition'],
    ['a space', 'global coalition'],
    ['a double dash', 'global--coalition'],
    ['a leading dash', '-global'],
    ['a trailing dash', 'global-'],
    ['punctuation', 'isis!'],
    ['an accent', 'irak-état'],
    ['nothing', ''],
    ['over 100 characters', 'a'.repeat(101)],
  ])('refuses an id with %s', (_, entityId) => {
    expect(() => decideEntity(define('Name', [], entityId), given())).toThrow(refusal('invalid', 'id'));
  });

  it('accepts an id of exactly 100 characters', () => {
    expect(decideEntity(define('Name', [], 'a'.repeat(100)), given())).toHaveLength(1);
  });

  it.each(['', '   '])('refuses the empty name %j', (name) => {
    expect(() => decideEntity(define(name), given())).toThrow(refusal('invalid', 'name'));
  });

  it.each([
    [['', 'ISIL'], 'aliases.0'],
    [['ISIL', '  '], 'aliases.1'],
    [['ISIL', 'Daesh', '\t'], 'aliases.2'],
  ])('refuses an empty alias in %j at %s', (aliases, field) => {
    expect(() => decideEntity(define('ISIS', aliases, 'isis'), given())).toThrow(refusal('invalid', field));
  });

  it('keeps the first spelling of aliases that differ only in case, accents or spacing', () => {
    const aliases = ['Daech', 'DAECH', 'Dáech', 'ISIL', 'isil', 'Islamic  State', 'islamic state'];
    expect(decideEntity(define('ISIS', aliases, 'isis'), given())).toEqual([
      { type: 'EntityDefined', data: { entityId: 'isis', name: 'ISIS', aliases: ['Daech', 'ISIL', 'Islamic  State'] } },
    ]);
  });

  it('drops aliases that repeat the name in another case', () => {
    expect(decideEntity(define('ISIS', ['isis', 'ISIS', ' Isis ', 'ISIL'], 'isis'), given())).toEqual([
      { type: 'EntityDefined', data: { entityId: 'isis', name: 'ISIS', aliases: ['ISIL'] } },
    ]);
  });

  it('given a defined entity, when defined again identically, then nothing happens', () => {
    expect(decideEntity(define('Global Coalition to Defeat ISIS', ['D-ISIS Coalition']), given(coalitionDefined))).toEqual([]);
  });

  it('given a defined entity, when defined again with aliases in another case, order or with repeats, then nothing happens', () => {
    const state = given({ type: 'EntityDefined', data: { entityId: 'isis', name: 'ISIS', aliases: ['ISIL', 'Daesh'] } });
    expect(decideEntity(define('ISIS', ['daesh', 'isil', 'ISIL'], 'isis'), state)).toEqual([]);
  });

  it.each([
    ['another name', define('Global Coalition', ['D-ISIS Coalition'])],
    ['the name in another case', define('global coalition to defeat isis', ['D-ISIS Coalition'])],
    ['another alias', define('Global Coalition to Defeat ISIS', ['anti-ISIL coalition'])],
    ['an extra alias', define('Global Coalition to Defeat ISIS', ['D-ISIS Coalition', 'Coalition'])],
    ['no aliases', define('Global Coalition to Defeat ISIS')],
  ])('given a defined entity, when defined again with %s, then it is a conflict on id', (_, command) => {
    expect(() => decideEntity(command, given(coalitionDefined))).toThrow(refusal('conflict', 'id'));
  });

  it('checks the definition before comparing with the defined entity', () => {
    expect(() => decideEntity(define(''), given(coalitionDefined))).toThrow(refusal('invalid', 'name'));
  });
});

describe('AddEntityAlias', () => {
  it('given no entity, when an alias is added, then it is not found', () => {
    expect(() => decideEntity(addAlias('Coalition', 'nobody'), given())).toThrow(refusal('not_found'));
  });

  it('given a defined entity, when a new alias is added, then EntityAliasAdded carries it trimmed', () => {
    expect(decideEntity(addAlias('  anti-ISIL coalition '), given(coalitionDefined))).toEqual([
      { type: 'EntityAliasAdded', data: { entityId: 'global-coalition', alias: 'anti-ISIL coalition' } },
    ]);
  });

  it.each([
    ['an existing alias', 'D-ISIS Coalition'],
    ['an existing alias in another case', 'd-isis coalition'],
    ['the name in another case', 'GLOBAL COALITION TO DEFEAT ISIS'],
    ['the name with other spacing', ' Global  Coalition to Defeat ISIS '],
    ['the id', 'global-coalition'],
  ])('given a defined entity, when %s is added, then nothing happens', (_, alias) => {
    expect(decideEntity(addAlias(alias), given(coalitionDefined))).toEqual([]);
  });

  it('given an alias added earlier, when added again with accents, then nothing happens', () => {
    const state = given(coalitionDefined, { type: 'EntityAliasAdded', data: { entityId: 'global-coalition', alias: 'Coalition internationale' } });
    expect(decideEntity(addAlias('Coalition Internationale'), state)).toEqual([]);
    expect(decideEntity(addAlias('Coalítion internationale'), state)).toEqual([]);
  });

  it.each(['', '   '])('given a defined entity, when the empty alias %j is added, then it is refused', (alias) => {
    expect(() => decideEntity(addAlias(alias), given(coalitionDefined))).toThrow(refusal('invalid', 'alias'));
  });
});

describe('evolveEntity and entityNames', () => {
  it('folds a definition and its added aliases', () => {
    const state = given(coalitionDefined, { type: 'EntityAliasAdded', data: { entityId: 'global-coalition', alias: 'anti-ISIL coalition' } });
    expect(state).toEqual({
      status: 'defined',
      id: 'global-coalition',
      name: 'Global Coalition to Defeat ISIS',
      aliases: ['D-ISIS Coalition', 'anti-ISIL coalition'],
    });
  });

  it('ignores an alias added to an entity never defined', () => {
    expect(given({ type: 'EntityAliasAdded', data: { entityId: 'x', alias: 'X' } })).toEqual(initialEntityState);
  });

  it('names an entity by its id, its name and its aliases', () => {
    const state = given(coalitionDefined, { type: 'EntityAliasAdded', data: { entityId: 'global-coalition', alias: 'anti-ISIL coalition' } });
    expect(entityNames(state)).toEqual(['global-coalition', 'Global Coalition to Defeat ISIS', 'D-ISIS Coalition', 'anti-ISIL coalition']);
  });

  it('gives no names to an entity never defined', () => {
    expect(entityNames(initialEntityState)).toEqual([]);
  });
});
