import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#event-store';
import { DATABASE } from '#database';
import { DeliveryRunner, type DeliverySettings } from '#webhooks';
import { CONNECTION_STRING } from '../connection-string.js';
import { RUN_PROJECTOR } from '../projector/projector.service.js';
import type { AppDb } from '../schema.js';

export const WEBHOOK_DELIVERY = Symbol('WEBHOOK_DELIVERY');

/**
 * Delivers webhooks from this process where it runs the projections (the inline projector);
 * in production the projector app does. Either way only one process delivers at a time.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly #logger = new Logger('Webhooks');
  readonly #runner: DeliveryRunner;

  constructor(
    @Inject(DATABASE) db: AppDb,
    store: EventStore,
    @Inject(CONNECTION_STRING) connectionString: string,
    @Inject(RUN_PROJECTOR) private readonly enabled: boolean,
    @Inject(WEBHOOK_DELIVERY) settings: DeliverySettings,
  ) {
    this.#runner = new DeliveryRunner(db, {
      connectionString,
      settings,
      upcast: store.upcast,
      onError: (error) => this.#logger.error(`webhook delivery: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  onApplicationBootstrap() {
    if (this.enabled) this.#runner.start();
  }

  async onApplicationShutdown() {
    await this.#runner.stop();
  }
}
