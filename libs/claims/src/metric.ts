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
  /**
   * How many days a figure is expected to stay current (365: a yearly figure): a fact whose
   * newest valid time ended longer ago than that is stale. Absent: the metric declares no rhythm
   * of updates, and its facts are never stale.
   */
  readonly updateIntervalDays?: number;
}

/** The longest update interval a metric may declare: a century. */
export const UPDATE_INTERVAL_MAX_DAYS = 36_525;

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
  const interval = definition.updateIntervalDays;
  if (interval !== undefined && !(Number.isInteger(interval) && interval >= 1 && interval <= UPDATE_INTERVAL_MAX_DAYS)) {
    throw invalid('updateIntervalDays', `updateIntervalDays is a whole number of days from 1 to ${UPDATE_INTERVAL_MAX_DAYS}`);
  }
  if (state.status === 'defined') {
    const d = state.definition;
    // A definition recorded before a field existed has none: defining it again without it is the same.
    const same =
      d.unit === definition.unit &&
      d.kind === definition.kind &&
      d.cumulative === definition.cumulative &&
      d.tolerance === definition.tolerance &&
      measureOf(d) === measureOf(definition) &&
      d.updateIntervalDays === interval;
    if (same) return [];
    throw conflict(`metric ${metricId} is defined differently; metrics do not change, define a new one`, 'id');
  }
  // A level is the default, and no interval is none: an event says nothing of either, as events before them did not.
  const { measure, updateIntervalDays: __, ...rest } = definition;
  return [
    {
      type: 'MetricDefined',
      data: { metricId, ...rest, ...(measure === 'flow' ? { measure } : {}), ...(interval !== undefined ? { updateIntervalDays: interval } : {}) },
    },
  ];
}

export function evolveMetric(_state: MetricState, event: MetricEvent): MetricState {
  const { metricId, ...definition } = event.data;
  return { status: 'defined', id: metricId, definition };
}
