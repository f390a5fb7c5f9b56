import { z } from 'zod';
import { MEASURES, METRIC_KINDS } from '#claims';
import { PageQuery } from '../facts/read-params.js';
import { responseShape } from '../http/contract.js';
import { page } from '../http/responses.js';

/** GET /v1/metrics: by id, searched by the start of the id, filtered by unit and kind. */
export const MetricListQuery = z.strictObject({
  ...PageQuery.shape,
  q: z.string().trim().min(1).max(100).optional().describe('the start of the id, in any case'),
  unit: z.string().trim().min(1).max(50).optional().describe('the unit, whole, in any case'),
  kind: z.enum(METRIC_KINDS).optional(),
});

export const MetricListItem = responseShape(
  'MetricListItem',
  z.object({
    id: z.string(),
    unit: z.string(),
    kind: z.enum(METRIC_KINDS),
    cumulative: z.boolean(),
    tolerance: z.number(),
    measure: z.enum(MEASURES),
    updateIntervalDays: z.int().optional().describe('how many days a figure is expected to stay current; absent: never stale'),
  }),
);
export const MetricListPage = page('MetricPage', MetricListItem);
export const MetricCursor = z.string();
