import { Readable } from 'node:stream';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EventStore } from '#event-store';
import { exportLog, RecordLine } from '#imports';
import { responseShape } from '../http/contract.js';
import { Endpoint } from '../http/endpoint.js';

/** One line of an export: the OpenAPI document describes the lines, each a JSON object. */
const ExportLine = responseShape(
  'ExportLine',
  RecordLine,
  'One line of GET /v1/export (application/x-ndjson: one such object a line), by its record: a header first, then one line per event ' +
    'of the figures in log order. POST /v1/imports and npm run import read the file back; a line without record is a plain claim row.',
);

/** Everything the log holds of the figures, as a file that an import of another instance reads back. */
@ApiTags('exports')
@Controller('v1/export')
export class LogExportController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get()
  @Endpoint({
    access: 'reader',
    summary: 'Everything recorded (sources, entities, metrics, claims and their history, resolutions) as NDJSON that an import reads back',
    produces: 'application/x-ndjson',
    response: ExportLine,
  })
  export(@Res({ passthrough: true }) reply: FastifyReply): Readable {
    const now = new Date();
    void reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="factlog-export-${now.toISOString().slice(0, 10)}.ndjson"`)
      .header('cache-control', 'no-store');
    // Streamed a page of the log at a time, as the client takes it: never the whole log in memory.
    return Readable.from(exportLog(this.store, { now }));
  }
}
