import { setTimeout as sleep } from 'node:timers/promises';
import { type RequestContext, roleAtLeast } from '#access';
import {
  type ClaimCommand,
  type ClaimState,
  conflict,
  type ContradictionCommand,
  decideContradiction,
  deterministicUuid,
  DomainError,
  evolveContradiction,
  forbidden,
  initialContradictionState,
  invalid,
  type MetricState,
  type SourceState,
  streamIds,
} from '#claims';
import { ConcurrencyError, type EventStore, type StreamAppend } from '#event-store';
import { claimDecider, type Decider, entityDecider, metricDecider, recordClaimCommand, type RecordingDb, runEntityCommand, sourceDecider } from '#recording';
import type { RecordLine } from './records.js';
import { decideAt, fold } from './replay.js';
import type { Unwritten } from './unwritten.js';

export interface Applied {
  readonly outcome: 'recorded' | 'unchanged';
  readonly positions: readonly number[];
}

type DomainEventLike = { type: string; data: unknown };
export type ClaimLine = Extract<RecordLine, { record: 'claim' }>;

const factOf = (line: ClaimLine) => `${line.entityId}\u0000${line.metricId}`;
const refusal = (error: unknown): DomainError => {
  if (error instanceof DomainError) return error;
  throw error;
};
const contradictionDecider: Decider<ContradictionCommand, ReturnType<typeof decideContradiction>[number], ReturnType<typeof evolveContradiction>> = {
  decide: decideContradiction,
  evolve: evolveContradiction,
  initial: initialContradictionState,
};

/** Facts whose last claim's time is kept; beyond this many, forgotten (and waited for once more). */
const FACTS_KEPT = 50_000;

/**
 * Applies the lines of an export (records.ts), one at a time and in order, each as the command
 * the API would run for it, decided by the same deciders: a line the domain refuses writes
 * nothing. With `version` (a claim, source, entity or metric is its stream's version 1), a line
 * is decided on its stream as it stood before that version, so the event it decides is the one
 * already stored when the line was imported before: importing an export again adds nothing.
 */
export class RecordApplier {
  /** Metrics, once defined, never change; sources are dropped here when a line changes them. */
  readonly #metrics = new Map<string, MetricState>();
  readonly #sources = new Map<string, SourceState>();
  readonly #entities = new Set<string>();
  /** When the last claim of each fact was appended: the next one waits until a millisecond has passed. */
  readonly #lastClaimOfFact = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly db: RecordingDb,
    private readonly context: RequestContext,
    private readonly write: boolean,
    /** In a pass that writes nothing: what the lines and rows before have decided. */
    private readonly unwritten: Unwritten,
  ) {}

  async apply(line: Exclude<RecordLine, { record: 'header' }>): Promise<Applied> {
    const context = this.#context(line);
    switch (line.record) {
      case 'source': {
        const { record: _, id, at: __, by: ___, ...details } = line;
        this.#sources.delete(id);
        return this.#run(streamIds.source(id), sourceDecider, () => ({ type: 'RegisterSource' as const, sourceId: id, details }), context, 1);
      }
      case 'source_update':
        this.#sources.delete(line.id);
        return this.#run(
          streamIds.source(line.id),
          sourceDecider,
          () => ({ type: 'UpdateSource' as const, sourceId: line.id, changes: line.changes }),
          context,
          line.version,
        );
      case 'entity':
        return this.#entity({ type: 'DefineEntity', entityId: line.id, name: line.name, aliases: line.aliases }, context, 1);
      case 'entity_alias':
        return this.#entity({ type: 'AddEntityAlias', entityId: line.entityId, alias: line.alias }, context, line.version);
      case 'metric': {
        const { record: _, id, at: __, by: ___, ...definition } = line;
        return this.#run(streamIds.metric(id), metricDecider, () => ({ type: 'DefineMetric' as const, metricId: id, ...definition }), context, 1);
      }
      case 'claim':
        return this.#claim(line, context);
      case 'correction':
        return this.#change(line, context, async (state) => ({
          type: 'CorrectClaim',
          claimId: line.claimId,
          ...(line.value ? { value: line.value } : {}),
          ...(line.validTime ? { validTime: line.validTime } : {}),
          reason: line.reason,
          metric: state.status === 'none' ? { status: 'none' } : await this.#metric(state.metricId),
        }));
      case 'retraction':
        return this.#change(line, context, () => ({ type: 'RetractClaim', claimId: line.claimId, reason: line.reason }));
      case 'restoration':
        return this.#change(line, context, () => ({ type: 'RestoreClaim', claimId: line.claimId, reason: line.reason }));
      case 'review':
        this.#needs('reviewer', 'a verdict');
        return this.#change(line, context, () => ({
          type: 'ReviewClaim',
          claimId: line.claimId,
          verdict: line.verdict,
          ...(line.note ? { note: line.note } : {}),
        }));
      case 'rank':
        this.#needs('reviewer', 'ranking a claim');
        return this.#change(line, context, () => ({ type: 'RankClaim', claimId: line.claimId, rank: line.rank, reason: line.reason }));
      case 'workflow': {
        const role = roleAtLeast(this.context.actor.role, 'reviewer') ? 'reviewer' : 'editor';
        return this.#change(line, context, () => ({
          type: 'MoveClaimWorkflow',
          claimId: line.claimId,
          to: line.to,
          ...(line.note ? { note: line.note } : {}),
          role,
        }));
      }
      case 'assignment':
        return this.#change(line, context, () => ({ type: 'AssignReviewer', claimId: line.claimId, assignee: line.assignee }));
      case 'unassignment':
        return this.#change(line, context, () => ({ type: 'UnassignReviewer', claimId: line.claimId, assignee: line.assignee }));
      case 'comment':
        return this.#change(line, context, () => ({ type: 'CommentOnClaim', claimId: line.claimId, commentId: line.commentId, text: line.text }));
      case 'resolution':
        return this.#resolution(line, context);
      default:
        line satisfies never;
        throw new Error('unknown record');
    }
  }

  /** The importer's context, with where the line's event first came from. */
  #context(line: Exclude<RecordLine, { record: 'header' }>): RequestContext {
    return { ...this.context, origin: { ...(line.at ? { recordedAt: line.at } : {}), ...(line.by ? { actor: line.by } : {}) } };
  }

  #needs(role: 'reviewer', what: string) {
    if (!roleAtLeast(this.context.actor.role, role)) throw forbidden(`${what} needs the ${role} role`);
  }

  /**
   * Claims first recorded together (in the same millisecond: one transaction, a batch of an
   * import) are recorded together here, in one transaction, and each batch of a fact in a
   * millisecond after the one before it. A fact's claims are ordered by when they were first
   * recorded, to the millisecond, then by id (which claim names a contradiction, which wins a
   * tie), so they keep here the order they had where they came from. Answers each line's
   * outcome, or the DomainError that refused it.
   */
  async applyClaims(lines: readonly ClaimLine[]): Promise<Array<Applied | DomainError>> {
    if (!this.write) {
      // Nothing is written: each line is decided on what the ones before it would have written.
      const decided: Array<Applied | DomainError> = [];
      for (const line of lines) decided.push(await this.apply(line).catch((error: unknown) => refusal(error)));
      return decided;
    }
    const results: Array<Applied | DomainError> = [];
    const planned: Array<{ index: number; append: StreamAppend; fact: string }> = [];
    const streams = await this.store.readStreams(lines.map((l) => streamIds.claim(l.id)));
    const inBatch = new Set<string>();
    for (const [index, line] of lines.entries()) {
      try {
        const { streamId, command, context } = await this.#claimCommand(line);
        const stored = streams.get(streamId) ?? [];
        const append = inBatch.has(streamId) ? undefined : await decideAt(streamId, stored, claimDecider, () => command, context, 1);
        inBatch.add(streamId);
        if (append) planned.push({ index, append, fact: factOf(line) });
        results[index] = { outcome: 'unchanged', positions: [] };
      } catch (error) {
        results[index] = refusal(error);
      }
    }
    if (planned.length === 0) return results;
    if (planned.some((p) => performance.now() - (this.#lastClaimOfFact.get(p.fact) ?? -Infinity) < 1.1)) await sleep(2);
    const outcomes = await this.store.appendMany(planned.map((p) => p.append));
    if (this.#lastClaimOfFact.size >= FACTS_KEPT) this.#lastClaimOfFact.clear();
    for (const p of planned) this.#lastClaimOfFact.set(p.fact, performance.now());
    outcomes.forEach((outcome, i) => {
      const { index, append } = planned[i]!;
      if (outcome.ok) results[index] = { outcome: outcome.result.duplicate ? 'unchanged' : 'recorded', positions: outcome.result.positions };
      else if (outcome.error instanceof ConcurrencyError)
        results[index] = conflict(`${append.streamId} changed while the import read it: import the file again`);
      else throw outcome.error;
    });
    return results;
  }

  async #claim(line: ClaimLine, context: RequestContext): Promise<Applied> {
    const { streamId, command } = await this.#claimCommand(line);
    return this.#run(streamId, claimDecider, () => command, context, 1);
  }

  /** The RecordClaim command of a line, as POST /v1/claims would make it. */
  async #claimCommand(line: ClaimLine) {
    const [source, metric] = await Promise.all([this.#source(line.sourceId), this.#metric(line.metricId), this.#entityDefined(line.entityId)]);
    const input = {
      sourceId: line.sourceId,
      subject: line.entityId,
      metric: line.metricId,
      value: line.value,
      validTime: line.validTime,
      ...(line.quote ? { quote: line.quote } : {}),
      ...(line.attribution !== undefined ? { attribution: line.attribution } : {}),
      ...(line.note !== undefined ? { note: line.note } : {}),
    };
    const { claimId, command } = recordClaimCommand(input, line.entityId, source, metric);
    if (claimId !== line.id) {
      throw invalid('id', `claim id ${line.id} does not follow from its source, entity, metric, valid time and span (they give ${claimId})`);
    }
    return { streamId: streamIds.claim(claimId), command, context: this.#context(line) };
  }

  #change(
    line: Extract<RecordLine, { claimId: string }>,
    context: RequestContext,
    command: (state: ClaimState) => ClaimCommand | Promise<ClaimCommand>,
  ): Promise<Applied> {
    return this.#run(streamIds.claim(line.claimId), claimDecider, command, context, line.version);
  }

  async #resolution(line: Extract<RecordLine, { record: 'resolution' }>, context: RequestContext): Promise<Applied> {
    this.#needs('reviewer', 'resolving a contradiction');
    const { contradictionId, entityId, metricId, claimIds } = line;
    // The API settles a contradiction as its fact views show it; an import, whose views may not
    // have caught up, checks what the line says against the claims themselves.
    if (!claimIds.some((id) => deterministicUuid('contradiction', entityId, metricId, id) === contradictionId)) {
      throw invalid('contradictionId', `contradiction ${contradictionId} is not one of ${entityId}/${metricId} with these claims`);
    }
    for (const [i, claimId] of claimIds.entries()) {
      const { state } = await this.#state(streamIds.claim(claimId), claimDecider);
      if (state.status === 'none' || state.entityId !== entityId || state.metricId !== metricId) {
        throw invalid(`claimIds.${i}`, `claim ${claimId} is not a claim of ${entityId}/${metricId}`);
      }
    }
    const command: ContradictionCommand = {
      type: 'ResolveContradiction',
      contradictionId,
      entityId,
      metricId,
      claimIds,
      preferred: line.preferred,
      reason: line.reason,
    };
    return this.#run(streamIds.contradiction(contradictionId), contradictionDecider, () => command, context, line.version);
  }

  #entity(command: Parameters<typeof entityDecider.decide>[0], context: RequestContext, version: number | undefined): Promise<Applied> {
    // Its names are reserved with it, as the API does: a name another entity holds refuses it.
    const write = async (): Promise<Applied> => {
      const written = await runEntityCommand(this.store, this.db, command, context, (name) => (name === command.entityId ? 'id' : 'name'));
      return { outcome: written.appended > 0 ? 'recorded' : 'unchanged', positions: written.appended > 0 ? [written.position] : [] };
    };
    return this.#run(streamIds.entity(command.entityId), entityDecider, () => command, context, version, write);
  }

  async #entityDefined(entityId: string): Promise<void> {
    if (this.#entities.has(entityId)) return;
    const { state } = await this.#state(streamIds.entity(entityId), entityDecider);
    if (state.status !== 'defined') throw invalid('entityId', `entity ${entityId} is not defined`);
    this.#entities.add(entityId);
  }

  async #source(sourceId: string): Promise<SourceState> {
    const known = this.#sources.get(sourceId);
    if (known) return known;
    const { state } = await this.#state(streamIds.source(sourceId), sourceDecider);
    if (state.status === 'registered') this.#sources.set(sourceId, state);
    return state;
  }

  async #metric(metricId: string): Promise<MetricState> {
    const known = this.#metrics.get(metricId);
    if (known) return known;
    const { state } = await this.#state(streamIds.metric(metricId), metricDecider);
    if (state.status === 'defined') this.#metrics.set(metricId, state);
    return state;
  }

  /** The stream's events as this import sees them: stored, then decided in this pass. */
  async #events(streamId: string) {
    return this.unwritten.after(streamId, await this.store.readStream(streamId));
  }

  async #state<S, E extends DomainEventLike>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initial'>,
  ): Promise<{ state: S; version: number }> {
    const events = await this.#events(streamId);
    return { state: fold(decider, events), version: events.length };
  }

  /**
   * Decides the command on the stream as it stood before `version` (or as it is now), and
   * appends what it decides. A stream that has gone past that version must hold that very
   * event there: then the line was imported before.
   */
  async #run<C, E extends DomainEventLike, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: (state: S) => C | Promise<C>,
    context: RequestContext,
    version?: number,
    /** Writes what was decided, when the stream needs more than an append (an entity's names). */
    writer?: () => Promise<Applied>,
  ): Promise<Applied> {
    const decided = await decideAt(streamId, await this.#events(streamId), decider, command, context, version);
    if (!decided) return { outcome: 'unchanged', positions: [] };
    if (!this.write) {
      this.unwritten.add(decided);
      return { outcome: 'recorded', positions: [] };
    }
    if (writer) return writer();
    try {
      const result = await this.store.append(streamId, decided.events, decided.options);
      return { outcome: result.duplicate ? 'unchanged' : 'recorded', positions: result.positions };
    } catch (error) {
      if (error instanceof ConcurrencyError) throw conflict(`${streamId} changed while the import read it: import the file again`);
      throw error;
    }
  }
}
