import { randomUUID } from 'node:crypto';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RequestContext } from '#access';
import { notFound } from '#claims';
import { getImport, type ImportFormat, registerImport } from '#imports';
import { ReadSupport } from '../facts/read-params.js';
import { Endpoint, type Shape, ValidQuery } from '../http/endpoint.js';
import { ProblemError } from '../http/problem.js';
import { Context } from '../http/request-context.js';
import { Upload } from '../http/uploads.js';
import { IMPORT_FORMAT_DESCRIPTION, ImportAccepted, ImportQuery, ImportStatusView } from './import-shapes.js';
import { ImportJobs } from './import-jobs.js';

/** The media types an import takes, and the format each is read as. */
export const IMPORT_MEDIA_TYPES: Readonly<Record<string, ImportFormat>> = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson' };

/**
 * The largest file an import takes: far beyond the JSON bodies' 64 KiB, since it is streamed to
 * disk, never held in memory. A statistics office's quarter-century of releases (some 234,000
 * rows) is about 40 MB as CSV.
 */
export const IMPORT_BODY_LIMIT = 512 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('imports')
@Controller('v1/imports')
export class ImportsController {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly read: ReadSupport,
  ) {}

  @Post()
  @Endpoint({
    access: 'editor',
    summary: 'Import a file of claims (CSV or NDJSON) in the background; follow it at Location',
    upload: { mediaTypes: Object.keys(IMPORT_MEDIA_TYPES), description: IMPORT_FORMAT_DESCRIPTION },
    bodyLimit: IMPORT_BODY_LIMIT,
    query: ImportQuery,
    status: 202,
    response: ImportAccepted,
    responseHeaders: ['Location'],
  })
  async start(
    @Req() request: FastifyRequest,
    @ValidQuery(ImportQuery) q: z.infer<typeof ImportQuery>,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Shape<typeof ImportAccepted>> {
    const upload = request.body;
    if (!(upload instanceof Upload)) {
      throw new ProblemError(415, 'Unsupported Media Type', `send the file as ${Object.keys(IMPORT_MEDIA_TYPES).join(' or ')}`);
    }
    upload.claimed = true;
    const id = randomUUID();
    const options = { defineMissing: q.defineMissing === 'true', allOrNothing: q.allOrNothing === 'true', dryRun: q.dryRun === 'true' };
    const job = { id, format: IMPORT_MEDIA_TYPES[upload.mediaType]!, options, context };
    try {
      await registerImport({ ...job, db: this.read.db });
    } catch (error) {
      await upload.discard();
      throw error;
    }
    this.jobs.start(job, upload);
    void reply.header('location', `/v1/imports/${id}`);
    return { id };
  }

  @Get(':id')
  @Endpoint({
    access: 'reader',
    summary: 'How far an import got: its status, counts, rate, position and first errors',
    response: ImportStatusView,
    problems: { 404: 'no such import' },
  })
  async get(@Param('id') id: string): Promise<Shape<typeof ImportStatusView>> {
    const found = UUID.test(id) ? await getImport(this.read.db, id) : undefined;
    if (!found) throw notFound(`import ${id}`);
    return found;
  }
}
