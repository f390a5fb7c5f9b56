import { EventEmitter } from 'node:events';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppendListener } from '#event-store';
import { CONNECTION_STRING } from '../connection-string.js';

/**
 * One LISTEN connection for the whole process, fanned out to every open change-feed stream, so
 * a hundred SSE clients cost one connection, not a hundred.
 */
@Injectable()
export class LogWatcher implements OnModuleInit, OnApplicationShutdown {
  readonly #emitter = new EventEmitter().setMaxListeners(0);
  readonly #listener: AppendListener;

  constructor(@Inject(CONNECTION_STRING) connectionString: string) {
    this.#listener = new AppendListener(connectionString, () => this.#emitter.emit('appended'));
  }

  async onModuleInit() {
    await this.#listener.start();
  }

  async onApplicationShutdown() {
    await this.#listener.stop();
  }

  /** Resolves at the next append, or after `timeoutMs`, whichever is first. */
  next(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#emitter.off('appended', done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#emitter.once('appended', done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
