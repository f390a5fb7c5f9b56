import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { sql } from 'kysely';
import { DATABASE, type RecordingDb } from '#recording';
import { Endpoint } from '../http/endpoint.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly db: RecordingDb) {}

  @Get('live')
  @Endpoint({ access: 'public', summary: 'The process is up' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Endpoint({ access: 'public', summary: 'The process can serve: its database answers' })
  async ready() {
    try {
      await sql`select 1`.execute(this.db);
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new ServiceUnavailableException('the database does not answer');
    }
  }
}
