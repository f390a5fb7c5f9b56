import type { ClaimEvent } from './claim.js';
import type { ContradictionEvent } from './contradiction-resolution.js';
import type { EntityEvent } from './entity.js';
import type { MetricEvent } from './metric.js';
import type { SourceEvent } from './source.js';

/**
 * Every event the domain records (a claim's include its workflow's). Projections switch over it
 * exhaustively: a new event type is a compile error in each of them until it is handled there
 * or named as no concern of theirs.
 */
export type DomainEvent = SourceEvent | EntityEvent | MetricEvent | ClaimEvent | ContradictionEvent;
