import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { notFound } from '#claims';
import { factChanges, factView, FLAGS, listFacts, timeline, valueAt } from '#projections';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { FactChanges, FactPage, FactView, Timeline, ValueAt } from './fact-shapes.js';
import { PartialDateParam } from '../http/schemas.js';
import { type AppSettings, SETTINGS } from '../settings.js';
import { AsOfQuery, asOf, decodeCursor, encodeCursor, FRESHNESS, ReadSupport } from './read-params.js';

const ListQuery = z.object({
  subject: z.string().optional(),
  metric: z.string().optional(),
  flag: z.enum(FLAGS).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  minPosition: z.coerce.number().int().min(0).optional(),
});
const TimelineQuery = AsOfQuery.extend({ include: z.enum(['active', 'all']).default('active') });
const ValueQuery = AsOfQuery.extend({ validAt: PartialDateParam });
const Instant = z.iso.datetime({ offset: true });
/** What the changes between two dates default to when not given: the last 30 days. */
const CHANGES_DEFAULT_DAYS = 30;
const ChangesQuery = z
  .object({
    from: Instant.optional().describe(`recorded-time instant the changes start after (default: ${CHANGES_DEFAULT_DAYS} days before to)`),
    to: Instant.optional().describe('recorded-time instant the changes end at, included (default: now)'),
    minPosition: z.coerce.number().int().min(0).optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { path: ['from'], message: 'from must not be after to' });
const Cursor = z.object({ entityId: z.string(), metricId: z.string() });
const FACT_PROBLEMS = { ...FRESHNESS, 404: 'no such fact' };

@ApiTags('facts')
@Controller('v1/facts')
export class FactsController {
  constructor(
    private readonly read: ReadSupport,
    @Inject(SETTINGS) private readonly settings: AppSettings,
  ) {}

  private get clock() {
    return { today: new Date().toISOString().slice(0, 10) };
  }

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Facts, filtered by subject, metric or flag, a page at a time',
    query: ListQuery,
    response: FactPage,
    problems: FRESHNESS,
  })
  async list(@ValidQuery(ListQuery) q: z.infer<typeof ListQuery>): Promise<Shape<typeof FactPage>> {
    return this.read.reading(q.minPosition, async (db) => {
      const page = await listFacts(db, {
        ...(q.subject ? { subject: await this.read.subject(q.subject, db) } : {}),
        ...(q.metric ? { metric: q.metric } : {}),
        ...(q.flag ? { flag: q.flag } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor, Cursor) } : {}),
        limit: q.limit,
        ...this.clock,
      });
      return { items: page.items, next: page.next ? encodeCursor(page.next) : null };
    });
  }

  @Get(':subject/:metric')
  @Endpoint({
    access: 'reader',
    summary: 'The fact view: current value and why, counts, flags (knownAt, publishedBefore)',
    query: AsOfQuery,
    response: FactView,
    responseHeaders: ['ETag'],
    problems: FACT_PROBLEMS,
  })
  async get(
    @Param('subject') subject: string,
    @Param('metric') metric: string,
    @ValidQuery(AsOfQuery) q: z.infer<typeof AsOfQuery>,
  ): Promise<Shape<typeof FactView>> {
    return this.read.reading(q.minPosition, async (db) => {
      const view = await factView(db, await this.read.subject(subject, db), metric, { ...asOf(q), ...this.clock });
      if (!view) throw notFound(`fact ${subject}/${metric}`);
      return view;
    });
  }

  @Get(':subject/:metric/timeline')
  @Endpoint({
    access: 'reader',
    summary: 'Every claim in valid-time order, with its source, quote and revisions',
    query: TimelineQuery,
    response: Timeline,
    problems: FACT_PROBLEMS,
  })
  async timeline(
    @Param('subject') subject: string,
    @Param('metric') metric: string,
    @ValidQuery(TimelineQuery) q: z.infer<typeof TimelineQuery>,
  ): Promise<Shape<typeof Timeline>> {
    return this.read.reading(q.minPosition, async (db) => {
      const found = await timeline(db, await this.read.subject(subject, db), metric, { ...asOf(q), includeInactive: q.include === 'all' });
      if (!found) throw notFound(`fact ${subject}/${metric}`);
      return found;
    });
  }

  @Get(':subject/:metric/changes')
  @Endpoint({
    access: 'reader',
    summary:
      'What changed between two instants of recorded time (from, to): claims added, corrected, retracted, restored, reviewed, ranked and resolved, with who and when, and the value at each end',
    query: ChangesQuery,
    response: FactChanges,
    problems: FACT_PROBLEMS,
  })
  async changes(
    @Param('subject') subject: string,
    @Param('metric') metric: string,
    @ValidQuery(ChangesQuery) q: z.infer<typeof ChangesQuery>,
  ): Promise<Shape<typeof FactChanges>> {
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - CHANGES_DEFAULT_DAYS * 86_400_000);
    return this.read.reading(q.minPosition, async (db) => {
      const found = await factChanges(db, await this.read.subject(subject, db), metric, from, to, this.clock);
      if (!found) throw notFound(`fact ${subject}/${metric}`);
      return found;
    });
  }

  @Get(':subject/:metric/value')
  @Endpoint({ access: 'reader', summary: 'The value holding at a valid time (validAt)', query: ValueQuery, response: ValueAt, problems: FACT_PROBLEMS })
  async value(
    @Param('subject') subject: string,
    @Param('metric') metric: string,
    @ValidQuery(ValueQuery) q: z.infer<typeof ValueQuery>,
  ): Promise<Shape<typeof ValueAt>> {
    return this.read.reading(q.minPosition, async (db) => {
      const found = await valueAt(db, await this.read.subject(subject, db), metric, q.validAt.end, asOf(q));
      if (!found) throw notFound(`fact ${subject}/${metric}`);
      return found;
    });
  }
}
