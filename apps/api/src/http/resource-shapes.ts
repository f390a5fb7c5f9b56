import { z } from 'zod';
import { MEASURES, METRIC_KINDS, SOURCE_KINDS } from '#claims';
import { responseShape } from './contract.js';
import { written } from './responses.js';

// Sources, entities and metrics as they read, and as a write answers (version and position).

export const Source = responseShape(
  'Source',
  z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    publishedAt: z.string(),
    publishedAtPrecision: z.enum(['day', 'month', 'year']),
    kind: z.enum(SOURCE_KINDS),
    language: z.string(),
    text: z.string().optional(),
    version: z.int(),
  }),
);
export const SourceWritten = responseShape('SourceWritten', Source.extend(written));

export const Entity = responseShape('Entity', z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), version: z.int() }));
export const EntityWritten = responseShape('EntityWritten', Entity.extend(written));

export const Metric = responseShape(
  'Metric',
  z.object({
    id: z.string(),
    unit: z.string(),
    kind: z.enum(METRIC_KINDS),
    cumulative: z.boolean(),
    tolerance: z.number(),
    measure: z.enum(MEASURES).describe('level: a figure holds until a later one (carried forward by GET .../value); flow: a figure counts its own period only'),
    updateIntervalDays: z.int().optional().describe('how many days a figure is expected to stay current; absent: its facts are never stale'),
    version: z.int(),
  }),
);
export const MetricWritten = responseShape('MetricWritten', Metric.extend(written));
