import { describe, expect, it } from 'vitest';
import { decideSource, evolveSource, initialSourceState, type SourceCommand, type SourceDetails, type SourceEvent, type SourceState } from './source.js';

// Given past events, when a command is decided, then these events (or this refusal).
const given = (...events: SourceEvent[]): SourceState => events.reduce(evolveSource, initialSourceState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const statement: SourceDetails = {
  title: 'Joint Statement by Ministers of the Global Coalition',
  publisher: 'U.S. Department of State',
  url: 'https://2009-2017.state.gov/r/pa/prs/ps/2015/01/236234.htm',
  publishedAt: '2015-01-22',
  kind: 'official_statement',
  language: 'en',
};
const text = 'Ministers of the Global Coalition, all 60 partners, met in London on 22 January 2015.';

const register = (details: Partial<SourceDetails> = {}, sourceId = 'src-london'): SourceCommand => ({
  type: 'RegisterSource',
  sourceId,
  details: { ...statement, ...details },
});
const update = (changes: Partial<SourceDetails>, sourceId = 'src-london'): SourceCommand => ({
  type: 'UpdateSource',
  sourceId,
  changes,
});
const registered = (details: Partial<SourceDetails> = {}): SourceEvent => ({
  type: 'SourceRegistered',
  data: { sourceId: 'src-london', ...statement, ...details },
});

describe('RegisterSource', () => {
  it('given no source, when registered with valid details, then SourceRegistered carries them all', () => {
    expect(decideSource(register(), given())).toEqual([{ type: 'SourceRegistered', data: { sourceId: 'src-london', ...statement } }]);
  });

  it('given no source, when registered with only the required details, then it is accepted', () => {
    const { publisher: _p, url: _u, ...bare } = statement;
    expect(decideSource({ type: 'RegisterSource', sourceId: 's1', details: bare }, given())).toEqual([
      { type: 'SourceRegistered', data: { sourceId: 's1', ...bare } },
    ]);
  });

  it.each(['2015', '2015-01', '2016-02-29'])('accepts publishedAt %s', (publishedAt) => {
    expect(decideSource(register({ publishedAt }), given())).toHaveLength(1);
  });

  it('takes a source registered without a language as undetermined (und), as BCP 47 writes it', () => {
    const { language: _, ...noLanguage } = statement;
    expect(decideSource({ type: 'RegisterSource', sourceId: 'src-london', details: noLanguage }, given())).toEqual([registered({ language: 'und' })]);
  });

  it('finds a source registered without a language the same when it is registered again without one', () => {
    const { language: _, ...noLanguage } = statement;
    expect(decideSource({ type: 'RegisterSource', sourceId: 'src-london', details: noLanguage }, given(registered({ language: 'und' })))).toEqual([]);
  });

  it.each(['en', 'pt-BR', 'ara', 'zh-Hant-TW', 'und'])('accepts language %s', (language) => {
    expect(decideSource(register({ language }), given())).toHaveLength(1);
  });

  it.each(['http://example.org/a', 'https://example.org/a?b=c#d'])('accepts url %s', (url) => {
    expect(decideSource(register({ url }), given())).toHaveLength(1);
  });

  it('given a registered source, when registered again identically, then nothing happens', () => {
    expect(decideSource(register(), given(registered()))).toEqual([]);
  });

  it('given a registered source with text, when registered again identically with the text, then nothing happens', () => {
    expect(decideSource(register({ text }), given(registered({ text })))).toEqual([]);
  });

  it.each([
    ['another title', { title: 'Another title' }],
    ['a text added', { text }],
    ['another publishedAt', { publishedAt: '2015-01-23' }],
  ])('given a registered source, when registered again with %s, then it is a conflict', (_, details) => {
    expect(() => decideSource(register(details), given(registered()))).toThrow(refusal('conflict'));
  });

  it('given a registered source, when registered again without a detail it had, then it is a conflict', () => {
    const { url: _u, ...withoutUrl } = statement;
    const command: SourceCommand = { type: 'RegisterSource', sourceId: 'src-london', details: withoutUrl };
    expect(() => decideSource(command, given(registered()))).toThrow(refusal('conflict'));
  });

  it.each([
    ['title', 'empty', { title: '' }],
    ['title', 'blank', { title: '   ' }],
    ['publisher', 'empty', { publisher: '' }],
    ['publisher', 'blank', { publisher: ' \t ' }],
    ['url', 'not a URL', { url: 'not a url' }],
    ['url', 'an ftp URL', { url: 'ftp://example.org/file' }],
    ['url', 'a mailto URL', { url: 'mailto:press@state.gov' }],
    ['publishedAt', 'month 13', { publishedAt: '2015-13' }],
    ['publishedAt', 'February 30', { publishedAt: '2015-02-30' }],
    ['publishedAt', 'February 29 of a common year', { publishedAt: '2015-02-29' }],
    ['publishedAt', 'a free-form date', { publishedAt: '22 January 2015' }],
    ['publishedAt', 'empty', { publishedAt: '' }],
    ['publishedAt', 'year 0, which PostgreSQL cannot store', { publishedAt: '0000' }],
    ['kind', 'unknown', { kind: 'tweet' as never }],
    ['language', 'a language name', { language: 'English' }],
    ['language', 'upper case', { language: 'EN' }],
    ['language', 'empty', { language: '' }],
  ])('refuses a %s that is %s', (field, _, details) => {
    expect(() => decideSource(register(details), given())).toThrow(refusal('invalid', field));
  });

  it('checks the details before comparing with the registered source', () => {
    expect(() => decideSource(register({ title: '' }), given(registered()))).toThrow(refusal('invalid', 'title'));
  });
});

describe('UpdateSource', () => {
  it('given no source, when updated, then it is not found', () => {
    expect(() => decideSource(update({ title: 'New title' }), given())).toThrow(refusal('not_found'));
  });

  it('given a registered source, when changes are made, then SourceUpdated carries them', () => {
    expect(decideSource(update({ title: 'Joint Statement', language: 'en-US' }), given(registered()))).toEqual([
      { type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { title: 'Joint Statement', language: 'en-US' } } },
    ]);
  });

  it('given a registered source, when some changes repeat current details, then only real changes are kept', () => {
    const changes = { publisher: statement.publisher, kind: 'press_release' as const };
    expect(decideSource(update(changes), given(registered()))).toEqual([
      { type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { kind: 'press_release' } } },
    ]);
  });

  it('given a registered source, when a change repeats every current detail, then nothing happens', () => {
    expect(decideSource(update({ ...statement }), given(registered()))).toEqual([]);
    expect(decideSource(update({}), given(registered()))).toEqual([]);
  });

  it('given a source without text, when its text is set, then the text is added', () => {
    expect(decideSource(update({ text }), given(registered()))).toEqual([{ type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { text } } }]);
  });

  it('given a source with text, when the text changes, then it is a conflict on text', () => {
    expect(() => decideSource(update({ text: 'Ministers of the 62 partners' }), given(registered({ text })))).toThrow(refusal('conflict', 'text'));
  });

  it('given a source with text, when the same text is sent again, then nothing happens', () => {
    expect(decideSource(update({ text }), given(registered({ text })))).toEqual([]);
  });

  it('given a source with text, when other details change alongside the same text, then they are applied', () => {
    expect(decideSource(update({ text, title: 'Statement' }), given(registered({ text })))).toEqual([
      { type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { title: 'Statement' } } },
    ]);
  });

  it.each([
    ['title', { title: ' ' }],
    ['publisher', { publisher: '' }],
    ['url', { url: 'ftp://example.org' }],
    ['publishedAt', { publishedAt: '2015-02-30' }],
    ['kind', { kind: 'blog' as never }],
    ['language', { language: 'british' }],
  ])('given a registered source, when a change makes %s invalid, then it is refused', (field, changes) => {
    expect(() => decideSource(update(changes), given(registered()))).toThrow(refusal('invalid', field));
  });
});

describe('evolveSource', () => {
  it('folds a registration into a registered source', () => {
    expect(given(registered())).toEqual({ status: 'registered', id: 'src-london', details: statement });
  });

  it('folds an update over the registered details', () => {
    const state = given(registered(), { type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { text } } });
    expect(state).toEqual({ status: 'registered', id: 'src-london', details: { ...statement, text } });
  });

  it('ignores an update to a source never registered', () => {
    expect(given({ type: 'SourceUpdated', data: { sourceId: 'x', changes: { text } } })).toEqual(initialSourceState);
  });

  it('given an updated source, when the update is sent again, then nothing happens', () => {
    const state = given(registered(), { type: 'SourceUpdated', data: { sourceId: 'src-london', changes: { title: 'T' } } });
    expect(decideSource(update({ title: 'T' }), state)).toEqual([]);
  });
});
