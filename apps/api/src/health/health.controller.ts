import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { sql } from 'kysely';
import { DATABASE } from '#database';
import { z } from 'zod';
import { responseShape } from '../http/contract.js';
import { Endpoint, type Shape } from '../http/endpoint.js';
import { ProblemError, UNAVAILABLE_RETRY_AFTER_S } from '../http/problem.js';
import type { AppDb } from '../schema.js';

/** A readiness probe answers within this, whatever the database does. */
const READY_WITHIN_MS = 2000;

const Live = responseShape('Live', z.object({ status: z.literal('ok') }));
const Ready = responseShape('Ready', z.object({ status: z.literal('ok'), database: z.literal('ok') }));

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly db: AppDb) {}

  @Get('live')
  @Endpoint({ access: 'public', summary: 'The process is up (also while its database is away: it serves again by itself)', response: Live })
  live(): Shape<typeof Live> {
    return { status: 'ok' };
  }

  @Get('ready')
  @Endpoint({
    access: 'public',
    summary:
      'The process can serve: its primary database answers (503 with Retry-After when not). Read replicas are not asked: without them the primary serves every read',
    response: Ready,
    problems: { 503: 'the database does not answer (Retry-After)' },
  })
  async ready(): Promise<Shape<typeof Ready>> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), READY_WITHIN_MS)));
    const answered = sql`select 1`.execute(this.db).then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([answered, late]).finally(() => clearTimeout(timer));
    if (!ok) {
      throw new ProblemError(503, 'Service Unavailable', 'the database does not answer', undefined, {
        'retry-after': String(UNAVAILABLE_RETRY_AFTER_S),
      });
    }
    return { status: 'ok', database: 'ok' };
  }
}
