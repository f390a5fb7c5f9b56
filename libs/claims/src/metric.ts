import { conflict, invalid } from './errors.js';
import { isMetricId, METRIC_ID_RULE } from './ids.js';

export const METRIC_KINDS = ['count', 'money', 'percent', 'duration', 'other'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/**
 * A level (a stock) holds until a later figure replaces it: members, territory held, people
 * displaced. A flow counts what happened over its period (airstrikes in a month, GDP of a
 * quarter) and says nothing of any other period. Metrics defined without one are levels.
 */
export const MEASURES = ['level', 'flow'] as const;
export type Measure = (typeof MEASURES)[number];

/** What is measured: member count, money pledged, share of territory held. */
export interface MetricDefinition {
  readonly unit: string;
  readonly kind: MetricKind;
  /** The figure can only grow (money pledged so far): a fall is an anomaly. */
  readonly cumulative: boolean;
  /** Relative rounding to tolerate when comparing values, 0.05 for 5%. */
  readonly tolerance: number;
  /** Absent on metrics defined before measures existed, and when not given: a level. */
  readonly measure?: Measure;
}

/** The metric's measure, a level unless it declares a flow. */
export const measureOf = (d: { readonly measure?: Measure }): Measure => d.measure ?? 'level';

export type MetricCommand = { readonly type: 'DefineMetric'; readonly metricId: string } & MetricDefinition;

export type MetricEvent = {
  readonly type: 'MetricDefined';
  readonly data: { readonly metricId: string } & MetricDefinition;
};

export type MetricState = { readonly status: 'none' } | { readonly status: 'defined'; readonly id: string; readonly definition: MetricDefinition };

export const initialMetricState: MetricState = { status: 'none' };

export function decideMetric(command: MetricCommand, state: MetricState): MetricEvent[] {
  const { type: _, metricId, ...definition } = command;
  if (!isMetricId(metricId)) throw invalid('id', `'${metricId}' is not a metric id: ${METRIC_ID_RULE}, at most 100 characters`);
  if (!definition.unit.trim()) throw invalid('unit', 'unit must not be empty');
  if (!METRIC_KINDS.includes(definition.kind)) throw invalid('kind', `kind must be one of ${METRIC_KINDS.join(', ')}`);
  if (!(definition.tolerance >= 0 && definition.tolerance < 1)) throw invalid('tolerance', 'tolerance is a fraction from 0 up to 1');
  if (definition.measure !== undefined && !MEASURES.includes(definition.measure)) throw invalid('measure', `measure must be one of ${MEASURES.join(', ')}`);
  if (state.status === 'defined') {
    const d = state.definition;
    const same =
      d.unit === definition.unit &&
      d.kind === definition.kind &&
      d.cumulative === definition.cumulative &&
      d.tolerance === definition.tolerance &&
      measureOf(d) === measureOf(definition);
    if (same) return [];
    throw conflict(`metric ${metricId} is defined differently; metrics do not change, define a new one`, 'id');
  }
  // A level is the default: an event says nothing of it, as events before measures did not.
  const { measure, ...rest } = definition;
  return [{ type: 'MetricDefined', data: { metricId, ...rest, ...(measure === 'flow' ? { measure } : {}) } }];
}

export function evolveMetric(_state: MetricState, event: MetricEvent): MetricState {
  const { metricId, ...definition } = event.data;
  return { status: 'defined', id: metricId, definition };
}
