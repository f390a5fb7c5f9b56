import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DATABASE } from '#database';
import { projectionStatus, PROJECTIONS } from '#projections';
import { Endpoint } from '../http/endpoint.js';
import type { Database } from '../schema.js';
import { registerWebhookGauges } from './webhook-gauges.js';

/** Prometheus metrics: the process's own, how far each projection is behind the log, and webhook delivery. */
@ApiTags('projections')
@Controller()
export class PrometheusController {
  readonly #registry = new Registry();

  constructor(@Inject(DATABASE) private readonly db: Kysely<Database>) {
    collectDefaultMetrics({ register: this.#registry, prefix: 'factlog_' });
    // One query for the four gauges of a scrape: they all collect within the same moment.
    let latest: { at: number; status: ReturnType<typeof projectionStatus> } | undefined;
    const status = () => {
      if (!latest || Date.now() - latest.at > 1000) {
        latest = {
          at: Date.now(),
          status: projectionStatus(
            this.db,
            PROJECTIONS.map((p) => p.name),
          ),
        };
      }
      return latest.status;
    };
    new Gauge({
      name: 'factlog_projection_events_behind',
      help: 'Committed events a projection has not applied yet',
      labelNames: ['projection'],
      registers: [this.#registry],
      async collect() {
        for (const s of await status()) {
          this.set({ projection: s.name }, s.eventsBehind);
        }
      },
    });
    new Gauge({
      name: 'factlog_projection_seconds_behind',
      help: 'Age of the oldest event a projection has not applied yet',
      labelNames: ['projection'],
      registers: [this.#registry],
      async collect() {
        for (const s of await status()) this.set({ projection: s.name }, s.secondsBehind);
      },
    });
    new Gauge({
      name: 'factlog_projection_checkpoint_position',
      help: 'Global position of the last event a projection applied',
      labelNames: ['projection'],
      registers: [this.#registry],
      async collect() {
        for (const s of await status()) this.set({ projection: s.name }, s.checkpoint?.position ?? 0);
      },
    });
    new Gauge({
      name: 'factlog_projection_parked_events',
      help: 'Events a projection went past without applying them (failed, or waiting behind a failed one of their stream)',
      labelNames: ['projection'],
      registers: [this.#registry],
      async collect() {
        for (const s of await status()) this.set({ projection: s.name }, s.parked.total);
      },
    });
    registerWebhookGauges(this.#registry, this.db);
    new Gauge({
      name: 'factlog_log_head_position',
      help: 'Highest global position taken in the log',
      registers: [this.#registry],
      async collect() {
        this.set((await status())[0]?.headPosition ?? 0);
      },
    });
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  @Endpoint({ access: 'public', summary: 'Prometheus metrics', produces: 'text/plain' })
  metrics() {
    return this.#registry.metrics();
  }
}
