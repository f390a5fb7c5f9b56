import type { DeliverySettings } from '#webhooks';
import type { LogLevelName } from '../log-levels.js';

/** What the projector thread is started with (its workerData). */
export interface ProjectorThreadData {
  readonly url: string;
  readonly applicationName: string;
  /** FACTLOG_PROJECTION_SLICES. */
  readonly slices: number;
  readonly pollIntervalMs: number;
  /** Webhook delivery runs on the thread too when given its settings. */
  readonly webhooks?: DeliverySettings;
  readonly logLevel: LogLevelName;
}

export const STOP = 'stop';
export const STOPPED = 'stopped';
/** Asks the thread for the bytes its heap holds; it answers a HeapAnswer. */
export const HEAP = 'heap';

export interface HeapAnswer {
  readonly heapUsedBytes: number;
}
