import { setTimeout as sleep } from 'node:timers/promises';
import { Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { countParked, listParked, pendingRetries, requestRetry } from '#event-store';
import { projectionConsumers, projectionStatus, PROJECTIONS } from '#projections';
import type { Kysely } from 'kysely';
import { DATABASE } from '#database';
import { decodeCursor, encodeCursor } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';
import type { Database } from '../schema.js';
import { ReadReplicas } from '../replicas/read-replicas.js';
import { ParkedPage, ParkedRetry, ProjectionList } from './projection-shapes.js';

const ParkedQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** How long a retry request waits for the projector to report back before answering 202. */
const RETRY_WAIT_MS = 10_000;

/** How far each projection is behind the log, and what it parked (Prometheus reads the same in monitoring/). */
@ApiTags('projections')
@Controller()
export class ProjectionsController {
  constructor(
    @Inject(DATABASE) private readonly db: Kysely<Database>,
    private readonly replicas: ReadReplicas,
  ) {}

  @Get('v1/projections')
  @Endpoint({
    access: 'reader',
    summary: 'Each projection on the primary: checkpoint, head of the log, and how far behind; and how far each read replica is behind the primary',
    response: ProjectionList,
  })
  async list(): Promise<Shape<typeof ProjectionList>> {
    const [items, replicas] = await Promise.all([
      projectionStatus(
        this.db,
        PROJECTIONS.map((p) => p.name),
      ),
      this.replicas.lag(PROJECTIONS.map((p) => p.name)),
    ]);
    return { items: items.map((s) => ({ ...s, parked: { ...s.parked, href: `/v1/projections/${s.name}/parked` } })), replicas };
  }

  @Get('v1/projections/:name/parked')
  @Endpoint({
    access: 'reader',
    summary: 'Events a projection could not apply, with their errors, in log order (cursor, limit)',
    query: ParkedQuery,
    response: ParkedPage,
    problems: { 404: 'no such projection' },
  })
  async parked(@Param('name') name: string, @ValidQuery(ParkedQuery) q: z.infer<typeof ParkedQuery>): Promise<Shape<typeof ParkedPage>> {
    // A projection split in slices lists every slice's, in log order; an event every slice
    // parked is listed once for each (`consumer` says which), so the cursor names both.
    const cursor = decodeCursor(q.cursor, z.union([z.number().int().min(0), z.tuple([z.number().int().min(0), z.string()])]));
    const after = typeof cursor === 'number' ? cursor : cursor && { position: cursor[0], consumer: cursor[1] };
    const items = await listParked(this.db, await projectionConsumers(this.db, known(name)), { ...(after !== undefined ? { after } : {}), limit: q.limit });
    const last = items.at(-1);
    const next = items.length === q.limit && last ? encodeCursor([last.globalPosition, last.consumer]) : null;
    return {
      items: items.map((p) => ({
        ...p,
        parkedAt: p.parkedAt.toISOString(),
        lastAttemptAt: p.lastAttemptAt.toISOString(),
        retryRequestedAt: p.retryRequestedAt?.toISOString() ?? null,
      })),
      next,
    };
  }

  @Post('v1/projections/:name/parked/retry')
  @Endpoint({
    access: 'admin',
    summary: "Apply a projection's parked events again, in log order, with the projector's current code",
    statuses: [200, 202],
    response: ParkedRetry,
    problems: { 404: 'no such projection' },
  })
  async retry(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Shape<typeof ParkedRetry>> {
    const consumers = await projectionConsumers(this.db, known(name));
    const requested = await requestRetry(this.db, consumers);
    // The active projector does the work (it is the process whose code applies the projection);
    // the answer waits for it a little, and otherwise says the retry is still to come.
    const deadline = Date.now() + RETRY_WAIT_MS;
    let pending = requested;
    while (pending > 0 && Date.now() < deadline) {
      await sleep(100);
      pending = await pendingRetries(this.db, consumers);
    }
    const counts = [...(await countParked(this.db, consumers)).values()];
    const parked = { total: counts.reduce((n, c) => n + c.total, 0), failed: counts.reduce((n, c) => n + c.failed, 0) };
    void reply.status(pending > 0 ? 202 : 200);
    return { projection: name, requested, pending, parked: { ...parked, href: `/v1/projections/${name}/parked` } };
  }
}

function known(name: string): string {
  if (!PROJECTIONS.some((p) => p.name === name)) {
    throw new ProblemError(404, 'Not Found', `no projection is called ${name}; see /v1/projections`);
  }
  return name;
}
