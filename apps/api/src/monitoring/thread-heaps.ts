import { Injectable } from '@nestjs/common';

/** What can tell the bytes its heap holds: the projector thread. */
export interface HeapReporter {
  heapUsedBytes(): Promise<number | undefined>;
}

/**
 * The worker threads of this process whose heaps /metrics reports: the projector thread, once
 * main.ts has started one (FACTLOG_PROJECTOR=thread, `npm start`'s default). The process's
 * own metrics speak of the main thread's heap alone, and the projections' caches live on theirs.
 */
@Injectable()
export class ThreadHeaps {
  readonly #threads = new Map<string, HeapReporter>();

  follow(name: string, thread: HeapReporter): void {
    this.#threads.set(name, thread);
  }

  /** Each thread's heap, leaving out one that does not answer. */
  async read(): Promise<Array<{ thread: string; bytes: number }>> {
    const read = await Promise.all([...this.#threads].map(async ([thread, t]) => ({ thread, bytes: await t.heapUsedBytes() })));
    return read.filter((r): r is { thread: string; bytes: number } => r.bytes !== undefined);
  }
}
