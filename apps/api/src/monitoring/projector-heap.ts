import { Injectable } from '@nestjs/common';

/** What can tell the bytes its heap holds: the projector thread. */
export interface HeapReporter {
  heapUsedBytes(): Promise<number | undefined>;
}

/**
 * The projector thread of this process, once main.ts has started one (FACTLOG_PROJECTOR=thread,
 * `npm start`'s default), for /metrics to report its heap: the process's own metrics speak of
 * the main thread's heap alone, and the projections' caches live on the projector's.
 */
@Injectable()
export class ProjectorHeap {
  #thread?: HeapReporter;

  follow(thread: HeapReporter): void {
    this.#thread = thread;
  }

  /** The thread's heap; undefined without a thread, or when it does not answer. */
  read(): Promise<number | undefined> {
    return this.#thread?.heapUsedBytes() ?? Promise.resolve(undefined);
  }
}
