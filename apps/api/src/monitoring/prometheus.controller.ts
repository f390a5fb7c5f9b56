import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DATABASE } from '#database';
import { projectionStatus, PROJECTIONS } from '#projections';
import { Endpoint } from '../http/endpoint.js';
import type { Database } from '../schema.js';
import { ReadReplicas, type ReplicaLag } from '../replicas/read-replicas.js';
import { perScrape } from './per-scrape.js';
import { ProjectorHeap } from './projector-heap.js';
import { registerWebhookGauges } from './webhook-gauges.js';

/** Prometheus metrics: the process's own, how far each projection is behind the log, and webhook delivery. */
@ApiTags('projections')
@Controller()
export class PrometheusController {
  readonly #registry = new Registry();

  constructor(
    @Inject(DATABASE) private readonly db: Kysely<Database>,
    replicas: ReadReplicas,
    projectorHeap: ProjectorHeap,
  ) {
    collectDefaultMetrics({ register: this.#registry, prefix: 'factlog_' });
    this.#registry.registerMetric(replicas.reads);
    replicaGauges(this.#registry, replicas);
    // One query for the projection gauges of a scrape.
    const status = perScrape(() =>
      projectionStatus(
        this.db,
        PROJECTIONS.map((p) => p.name),
      ),
    );
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
      name: 'factlog_thread_heap_used_bytes',
      help: "Bytes the heap of a worker thread of this process holds, by thread (projector: the projections' caches live there)",
      labelNames: ['thread'],
      registers: [this.#registry],
      async collect() {
        this.reset();
        const bytes = await projectorHeap.read();
        if (bytes !== undefined) this.set({ thread: 'projector' }, bytes);
      },
    });
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

/** Each read replica's state and lag, from one lag query per scrape (none without replicas). */
function replicaGauges(registry: Registry, replicas: ReadReplicas): void {
  if (!replicas.configured) return;
  const lag = perScrape(() => replicas.lag(PROJECTIONS.map((p) => p.name)));
  const gauge = (name: string, help: string, value: (r: ReplicaLag) => number | null) =>
    new Gauge({
      name,
      help,
      labelNames: ['replica'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const r of await lag()) {
          const v = value(r);
          // A replica that does not answer has no lag to give: its series is left out (factlog_replica_up says why).
          if (v !== null) this.set({ replica: r.name }, v);
        }
      },
    });
  gauge('factlog_replica_up', 'Whether a read replica is in rotation (1) or out of it, not answering (0)', (r) => (r.healthy ? 1 : 0));
  gauge('factlog_replica_replay_lag_bytes', 'WAL written on the primary that a read replica has not replayed yet', (r) => r.replayLagBytes);
  gauge(
    'factlog_replica_replay_lag_seconds',
    'Age of the last transaction a read replica replayed, 0 when it has replayed all it received',
    (r) => r.replayLagSeconds,
  );
  gauge('factlog_replica_positions_behind', "The primary's head of the log less a read replica's", (r) => r.positionsBehind);
  new Gauge({
    name: 'factlog_replica_checkpoint_position',
    help: "Global position of the last event a replica's copy of a projection holds",
    labelNames: ['replica', 'projection'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await lag()) {
        for (const p of r.projections) if (p.position !== null) this.set({ replica: r.name, projection: p.name }, p.position);
      }
    },
  });
}
