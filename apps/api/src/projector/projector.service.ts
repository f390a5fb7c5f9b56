import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#event-store';
import { type ProjectionRunner, projectionRunners, PROJECTIONS, reportTo } from '#projections';
import type { Kysely } from 'kysely';
import { DATABASE } from '#database';
import { CONNECTION_STRING } from '../connection-string.js';
import type { Database } from '../schema.js';

export const RUN_PROJECTOR = Symbol('RUN_PROJECTOR');
/** FACTLOG_PROJECTION_SLICES: how many slices the inline projector runs of each projection that can be split. */
export const PROJECTION_SLICES = Symbol('PROJECTION_SLICES');

/**
 * Runs the projections inside this process when asked to (the default for `npm start`); in
 * production the projector app runs them and the API only reads. Either way, only one process
 * at a time applies each projection.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly #logger = new Logger('Projector');
  readonly #runners: ProjectionRunner[];

  constructor(
    @Inject(DATABASE) db: Kysely<Database>,
    store: EventStore,
    @Inject(CONNECTION_STRING) connectionString: string,
    @Inject(RUN_PROJECTOR) private readonly enabled: boolean,
    @Inject(PROJECTION_SLICES) slices: number,
  ) {
    this.#runners = projectionRunners(db, store, PROJECTIONS, slices, (_, consumer) => ({
      connectionString,
      pollIntervalMs: 500,
      ...reportTo(this.#logger, consumer),
    }));
  }

  onApplicationBootstrap() {
    if (this.enabled) for (const runner of this.#runners) runner.start();
  }

  async onApplicationShutdown() {
    await Promise.all(this.#runners.map((r) => r.stop()));
  }
}
