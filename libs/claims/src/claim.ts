import {
  decideWorkflow,
  evolveWorkflow,
  initialWorkflowState,
  isWorkflowCommand,
  isWorkflowEvent,
  refuseIfLocked,
  type WorkflowCommand,
  type WorkflowEvent,
  type WorkflowState,
} from './claim-workflow.js';
import { deterministicUuid } from './ids.js';
import { conflict, invalid, notFound } from './errors.js';
import type { MetricState } from './metric.js';
import { checkQuantity, type Quantity, sameQuantity } from './quantity.js';
import { inMetricUnit } from './units.js';
import { SOURCE_TEXT_MAX, type SourceState } from './source.js';
import { parseValidTime, sameValidTime, type ValidTimeInput } from './valid-time.js';

export const VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'outdated', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type Rank = (typeof RANKS)[number];

/** The words a claim rests on: offsets into the source's text, end exclusive. */
export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A value as a client states it: the unit may be left to the metric's. */
export type QuantityInput = Omit<Quantity, 'unit' | 'stated'> & { readonly unit?: string };

export interface ClaimContent {
  readonly sourceId: string;
  readonly entityId: string;
  readonly metricId: string;
  readonly value: Quantity;
  readonly validTime: ValidTimeInput;
  readonly quote?: Quote;
  readonly attribution?: string;
  readonly note?: string;
}

export type ClaimCommand =
  | {
      readonly type: 'RecordClaim';
      readonly claimId: string;
      readonly sourceId: string;
      readonly entityId: string;
      readonly metricId: string;
      readonly value: QuantityInput;
      readonly validTime: ValidTimeInput;
      readonly quote?: Quote;
      readonly attribution?: string;
      readonly note?: string;
      /** The states the claim refers to, loaded by the caller. */
      readonly source: SourceState;
      readonly metric: MetricState;
    }
  | {
      readonly type: 'CorrectClaim';
      readonly claimId: string;
      readonly value?: QuantityInput;
      readonly validTime?: ValidTimeInput;
      readonly reason: string;
      readonly metric: MetricState;
    }
  | { readonly type: 'RetractClaim'; readonly claimId: string; readonly reason: string }
  | { readonly type: 'RestoreClaim'; readonly claimId: string; readonly reason: string }
  | { readonly type: 'ReviewClaim'; readonly claimId: string; readonly verdict: Verdict; readonly note?: string }
  | { readonly type: 'RankClaim'; readonly claimId: string; readonly rank: Rank; readonly reason: string }
  | WorkflowCommand;

export type ClaimEvent =
  | { readonly type: 'ClaimRecorded'; readonly data: { readonly claimId: string } & ClaimContent }
  | {
      readonly type: 'ClaimCorrected';
      readonly data: {
        readonly claimId: string;
        readonly value?: Quantity;
        readonly validTime?: ValidTimeInput;
        readonly reason: string;
        readonly previous: { readonly value: Quantity; readonly validTime: ValidTimeInput };
      };
    }
  | { readonly type: 'ClaimRetracted'; readonly data: { readonly claimId: string; readonly reason: string } }
  | { readonly type: 'ClaimRestored'; readonly data: { readonly claimId: string; readonly reason: string } }
  | {
      readonly type: 'ClaimReviewed';
      readonly data: { readonly claimId: string; readonly verdict: Verdict; readonly note?: string };
    }
  | {
      readonly type: 'ClaimRanked';
      readonly data: { readonly claimId: string; readonly rank: Rank; readonly reason: string; readonly previous: Rank };
    }
  | WorkflowEvent;

export type ClaimState =
  | { readonly status: 'none' }
  | ({
      readonly status: 'active' | 'retracted';
      readonly id: string;
      readonly rank: Rank;
      readonly verdict?: Verdict;
      /** Corrected since its verdict: the verdict judged an earlier version of the claim. */
      readonly verdictOutdated?: true;
      readonly workflow: WorkflowState;
    } & ClaimContent);

export const initialClaimState: ClaimState = { status: 'none' };

export function decideClaim(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  if (command.type === 'RecordClaim') return recordClaim(command, state);
  if (state.status === 'none') throw notFound(`claim ${command.claimId}`);
  refuseIfLocked(command.type, state.workflow);
  if (isWorkflowCommand(command)) return decideWorkflow(command, state);
  switch (command.type) {
    case 'CorrectClaim': {
      requireReason(command.reason);
      if (state.status === 'retracted') throw conflict('a retracted claim cannot be corrected; restore it first');
      if (command.value === undefined && command.validTime === undefined) {
        throw invalid('value', 'a correction changes the value, the valid time, or both');
      }
      if (command.metric.status === 'defined' && command.metric.id !== state.metricId) {
        throw invalid('metric', `the claim is about ${state.metricId}, not ${command.metric.id}`);
      }
      const value = command.value && withUnit(command.value, command.metric);
      if (command.validTime) parseValidTime(command.validTime);
      const changesValue = value !== undefined && !sameQuantity(value, state.value);
      const changesTime = command.validTime !== undefined && !sameValidTime(command.validTime, state.validTime);
      if (!changesValue && !changesTime) throw invalid('value', 'the correction changes nothing');
      return [
        {
          type: 'ClaimCorrected',
          data: {
            claimId: state.id,
            ...(changesValue ? { value } : {}),
            ...(changesTime ? { validTime: command.validTime } : {}),
            reason: command.reason.trim(),
            previous: { value: state.value, validTime: state.validTime },
          },
        },
      ];
    }
    case 'RetractClaim':
      requireReason(command.reason);
      if (state.status === 'retracted') throw conflict('the claim is already retracted');
      return [{ type: 'ClaimRetracted', data: { claimId: state.id, reason: command.reason.trim() } }];
    case 'RestoreClaim':
      requireReason(command.reason);
      if (state.status !== 'retracted') throw conflict('only a retracted claim can be restored');
      return [{ type: 'ClaimRestored', data: { claimId: state.id, reason: command.reason.trim() } }];
    case 'ReviewClaim':
      if (!VERDICTS.includes(command.verdict)) throw invalid('verdict', `verdict must be one of ${VERDICTS.join(', ')}`);
      if (state.status === 'retracted') throw conflict('a retracted claim cannot be reviewed; restore it first');
      return [
        {
          type: 'ClaimReviewed',
          data: { claimId: state.id, verdict: command.verdict, ...(command.note?.trim() ? { note: command.note.trim() } : {}) },
        },
      ];
    case 'RankClaim':
      if (!RANKS.includes(command.rank)) throw invalid('rank', `rank must be one of ${RANKS.join(', ')}`);
      requireReason(command.reason);
      if (state.rank === command.rank) return [];
      return [{ type: 'ClaimRanked', data: { claimId: state.id, rank: command.rank, reason: command.reason.trim(), previous: state.rank } }];
    default:
      throw new Error(`unknown command ${JSON.stringify(command satisfies never)}`);
  }
}

function recordClaim(command: Extract<ClaimCommand, { type: 'RecordClaim' }>, state: ClaimState): ClaimEvent[] {
  const { source, metric } = command;
  if (source.status !== 'registered') throw invalid('sourceId', `source ${command.sourceId} is not registered`);
  if (metric.status !== 'defined' || metric.id !== command.metricId) throw invalid('metric', `metric ${command.metricId} is not defined`);
  const value = withUnit(command.value, metric);
  parseValidTime(command.validTime);
  if (command.quote) checkQuote(command.quote, source.details.text);
  const content: ClaimContent = {
    sourceId: command.sourceId,
    entityId: command.entityId,
    metricId: command.metricId,
    value,
    validTime: command.validTime,
    ...(command.quote ? { quote: command.quote } : {}),
    ...(command.attribution?.trim() ? { attribution: command.attribution.trim() } : {}),
    ...(command.note?.trim() ? { note: command.note.trim() } : {}),
  };
  if (state.status !== 'none') {
    // The same source, fact, time and span: a retry of the same recording is no news.
    if (sameQuantity(state.value, value) && sameValidTime(state.validTime, content.validTime)) return [];
    throw conflict(`claim ${command.claimId} is already recorded with another value; correct it instead`);
  }
  return [{ type: 'ClaimRecorded', data: { claimId: command.claimId, ...content } }];
}

export function evolveClaim(state: ClaimState, event: ClaimEvent): ClaimState {
  if (event.type === 'ClaimRecorded') {
    const { claimId, ...content } = event.data;
    return { status: 'active', id: claimId, rank: 'normal', workflow: initialWorkflowState, ...content };
  }
  if (state.status === 'none') return state;
  if (isWorkflowEvent(event)) return { ...state, workflow: evolveWorkflow(state.workflow, event) };
  switch (event.type) {
    case 'ClaimCorrected':
      return {
        ...state,
        ...(event.data.value ? { value: event.data.value } : {}),
        ...(event.data.validTime ? { validTime: event.data.validTime } : {}),
        // A verdict judges one version of a claim: a correction leaves it out of date.
        ...(state.verdict ? { verdictOutdated: true as const } : {}),
      };
    case 'ClaimRetracted':
      return { ...state, status: 'retracted' };
    case 'ClaimRestored':
      return { ...state, status: 'active' };
    case 'ClaimReviewed': {
      const { verdictOutdated: _, ...rest } = state;
      return { ...rest, verdict: event.data.verdict };
    }
    case 'ClaimRanked':
      return { ...state, rank: event.data.rank };
    default:
      event satisfies never;
      return state;
  }
}

/**
 * Fills in the metric's unit, checks the quantity's own rules, and puts it in the metric's unit
 * (keeping the unit as stated beside it), or refuses a unit that does not fit (units.ts).
 */
function withUnit(value: QuantityInput, metric: MetricState): Quantity {
  if (metric.status !== 'defined') throw invalid('metric', 'the metric is not defined');
  const { stated: _, ...input } = value as QuantityInput & { stated?: unknown };
  const unit = input.unit ?? metric.definition.unit;
  return inMetricUnit(checkQuantity({ ...input, unit }), { id: metric.id, ...metric.definition });
}

function checkQuote(quote: Quote, text: string | undefined): void {
  if (!quote.text.trim()) throw invalid('quote.text', 'the quote must not be empty');
  if (!(Number.isInteger(quote.start) && Number.isInteger(quote.end) && quote.start >= 0 && quote.end > quote.start)) {
    throw invalid('quote.end', 'quote offsets must be whole numbers with 0 <= start < end');
  }
  if (text === undefined) {
    // Nothing to read the words from, but offsets can still be sane: they span exactly the
    // quoted words, and end within the longest text a source may hold.
    if (quote.end - quote.start !== quote.text.length) {
      throw invalid('quote.end', `the offsets span ${quote.end - quote.start} characters, the quote has ${quote.text.length}`);
    }
    if (quote.end > SOURCE_TEXT_MAX) throw invalid('quote.end', `no source text is longer than ${SOURCE_TEXT_MAX} characters`);
    return;
  }
  if (quote.end > text.length) throw invalid('quote.end', `the source text has only ${text.length} characters`);
  if (text.slice(quote.start, quote.end) !== quote.text) {
    throw invalid('quote.text', `the source text at ${quote.start}-${quote.end} does not read '${quote.text}'`);
  }
}

function requireReason(reason: string): void {
  if (!reason?.trim()) throw invalid('reason', 'a reason is required');
}

/**
 * A claim is one source stating one fact for one time in one span of words: the same four
 * name the same claim, so recording it twice changes nothing. Without a quote, the value
 * stands in for the span.
 */
export function claimIdFor(claim: {
  readonly sourceId: string;
  readonly entityId: string;
  readonly metricId: string;
  readonly validTime: ValidTimeInput;
  readonly quote?: Quote;
  readonly value: QuantityInput;
}): string {
  const time = 'at' in claim.validTime ? [claim.validTime.at] : [claim.validTime.from, claim.validTime.to];
  const span = claim.quote
    ? ['quote', claim.quote.start, claim.quote.end]
    : ['value', claim.value.qualifier, claim.value.amount ?? '', claim.value.lowerBound ?? '', claim.value.upperBound ?? ''];
  return deterministicUuid('claim', claim.sourceId, claim.entityId, claim.metricId, ...time, ...span);
}
