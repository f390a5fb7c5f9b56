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
/** Asks the thread for the bytes its heap holds; it answers a HeapAnswer with the question's id. */
export interface HeapQuestion {
  readonly heap: number;
}

export interface HeapAnswer {
  readonly heap: number;
  readonly heapUsedBytes: number;
}

export const isHeapQuestion = (m: unknown): m is HeapQuestion => typeof m === 'object' && m !== null && 'heap' in m && !('heapUsedBytes' in m);
export const isHeapAnswer = (m: unknown): m is HeapAnswer => typeof m === 'object' && m !== null && 'heapUsedBytes' in m;
