import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { verifyLog } from '#event-store';
import { DATABASE } from '#database';
import { Endpoint } from '../http/endpoint.js';
import type { Database } from '../schema.js';

/** The log's hash chains computed again, as `npm run verify-log` does. */
@ApiTags('log')
@Controller('v1/log')
export class LogVerificationController {
  constructor(@Inject(DATABASE) private readonly db: Kysely<Database>) {}

  // Reads the whole log, a batch at a time: a long request on a large log, so for admins only.
  @Get('verification')
  @Endpoint({ access: 'admin', summary: 'Verify the hash chain of every stream in the log' })
  verify() {
    return verifyLog(this.db);
  }
}
