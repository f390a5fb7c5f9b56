import { conflict, invalid, notFound } from './errors.js';
import { parsePartialDate } from './partial-date.js';

export const SOURCE_KINDS = ['news_article', 'press_release', 'official_statement', 'statistical_release', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** The longest text a source may hold, in UTF-16 code units (as quote offsets count). */
export const SOURCE_TEXT_MAX = 2_000_000;
/** BCP 47 "undetermined": the language of a source registered without one (a table of figures has none). */
const UNDETERMINED_LANGUAGE = 'und';

/**
 * A document that states things. With its full text, every quote from it is checked. Publisher
 * and URL may be unknown (a wire copy, a printed release), but they are asked for.
 */
export interface SourceDetails {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision is the one the date is given in. */
  readonly publishedAt: string;
  readonly kind: SourceKind;
  readonly language: string;
  readonly text?: string;
}

/** What registering a source takes: everything of its details, the language if known. */
export type SourceDetailsInput = Omit<SourceDetails, 'language'> & { readonly language?: string };

export type SourceCommand =
  | { readonly type: 'RegisterSource'; readonly sourceId: string; readonly details: SourceDetailsInput }
  | { readonly type: 'UpdateSource'; readonly sourceId: string; readonly changes: Partial<SourceDetails> };

export type SourceEvent =
  | { readonly type: 'SourceRegistered'; readonly data: { readonly sourceId: string } & SourceDetails }
  | {
      readonly type: 'SourceUpdated';
      readonly data: { readonly sourceId: string; readonly changes: Partial<SourceDetails> };
    };

export type SourceState = { readonly status: 'none' } | { readonly status: 'registered'; readonly id: string; readonly details: SourceDetails };

export const initialSourceState: SourceState = { status: 'none' };

export function decideSource(command: SourceCommand, state: SourceState): SourceEvent[] {
  switch (command.type) {
    case 'RegisterSource': {
      const details: SourceDetails = { ...command.details, language: command.details.language ?? UNDETERMINED_LANGUAGE };
      checkDetails(details);
      if (state.status === 'registered') {
        if (sameDetails(state.details, details)) return [];
        throw conflict(`source ${command.sourceId} is registered with other details; update it instead`);
      }
      return [{ type: 'SourceRegistered', data: { sourceId: command.sourceId, ...details } }];
    }
    case 'UpdateSource': {
      if (state.status !== 'registered') throw notFound(`source ${command.sourceId}`);
      checkDetails({ ...state.details, ...command.changes });
      const changes = Object.fromEntries(
        Object.entries(command.changes).filter(([key, value]) => value !== undefined && state.details[key as keyof SourceDetails] !== value),
      ) as Partial<SourceDetails>;
      if (changes.text !== undefined && state.details.text !== undefined) {
        throw conflict('the text of a source cannot change: quotes were checked against it; register the new version', 'text');
      }
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'SourceUpdated', data: { sourceId: command.sourceId, changes } }];
    }
    default:
      return unknownCommand(command);
  }
}

export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  switch (event.type) {
    case 'SourceRegistered': {
      const { sourceId, ...details } = event.data;
      return { status: 'registered', id: sourceId, details };
    }
    case 'SourceUpdated':
      return state.status === 'registered' ? { ...state, details: { ...state.details, ...event.data.changes } } : state;
    default:
      event satisfies never;
      return state;
  }
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function checkDetails(details: SourceDetails): void {
  if (!details.title?.trim()) throw invalid('title', 'title must not be empty');
  if (details.publisher !== undefined && !details.publisher.trim()) throw invalid('publisher', 'publisher must not be empty');
  if (details.url !== undefined && (!URL.canParse(details.url) || !/^https?:$/.test(new URL(details.url).protocol))) {
    throw invalid('url', `'${details.url}' is not an http(s) URL`);
  }
  parsePartialDate(details.publishedAt, 'publishedAt');
  if (!SOURCE_KINDS.includes(details.kind)) throw invalid('kind', `kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if (!LANGUAGE.test(details.language)) throw invalid('language', `'${details.language}' is not a language tag like en or pt-BR`);
}

function sameDetails(a: SourceDetails, b: SourceDetails): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SourceDetails>;
  return [...keys].every((k) => a[k] === b[k]);
}

function unknownCommand(command: never): never {
  throw new Error(`unknown command ${JSON.stringify(command)}`);
}
