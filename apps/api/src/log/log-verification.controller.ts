import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { verifyLog } from '#event-store';
import { DATABASE } from '#database';
import { z } from 'zod';
import { responseShape } from '../http/contract.js';
import { Endpoint, type Shape } from '../http/endpoint.js';
import type { Database } from '../schema.js';

const LogVerification = responseShape(
  'LogVerification',
  z.object({
    ok: z.boolean(),
    events: z.int(),
    streams: z.int(),
    mismatches: z.int().describe('how many events and streams do not match'),
    firstMismatch: z
      .object({ globalPosition: z.int().nullable(), streamId: z.string(), streamVersion: z.int(), reason: z.string() })
      .nullable()
      .describe('the mismatching event with the lowest position (else the first stream that does not match)'),
  }),
);

/** The log's hash chains computed again, as `npm run verify-log` does. */
@ApiTags('log')
@Controller('v1/log')
export class LogVerificationController {
  constructor(@Inject(DATABASE) private readonly db: Kysely<Database>) {}

  // Reads the whole log, a batch at a time: a long request on a large log, so for admins only.
  @Get('verification')
  @Endpoint({ access: 'admin', summary: 'Verify the hash chain of every stream in the log', response: LogVerification })
  verify(): Promise<Shape<typeof LogVerification>> {
    return verifyLog(this.db);
  }
}
