import type { Worker } from 'node:worker_threads';
import type { Individual } from '../../programs/program-tree.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandHandle, IslandRequest, IslandSetup } from './island-protocol.js';
import { keepIslandThread, takeIslandThread } from './island-threads.js';

/** An island in its own worker thread; requests are answered in order, one at a time. */
export class IslandThread implements IslandHandle {
  private readonly worker: Worker;
  private waiting?: { resolve: (value: unknown) => void; reject: (error: Error) => void };
  private failure?: Error;
  private readonly ready: Promise<unknown>;
  private kept = false;

  /** `stop` is shared with the thread: a non-zero first element makes the island end its epoch after the current generation. */
  constructor(setup: IslandSetup, stop: Int32Array) {
    this.worker = takeIslandThread();
    this.worker.on('message', (m: { value?: unknown; error?: string }) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (m.error !== undefined) waiting?.reject(new Error(`island: ${m.error}`));
      else waiting?.resolve(m.value);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('an island thread stopped')));
    this.ready = this.request({ kind: 'setup', setup, stop });
    // A thread that fails before start() is reported there, not as an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.reject(error);
    this.waiting = undefined;
  }

  private request<T>(message: IslandRequest): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.waiting = { resolve: resolve as (value: unknown) => void, reject };
      this.worker.postMessage(message);
    });
  }

  async start(carried: Individual[], enumerated: Individual[]): Promise<void> {
    await this.ready;
    await this.request({ kind: 'start', carried, enumerated });
  }

  epoch(order: EpochOrder): Promise<EpochReport> {
    return this.request({ kind: 'epoch', order });
  }

  /** The island's result; its thread, having finished cleanly, is kept for the next search. */
  async finish(): Promise<IslandFinal> {
    const final = await this.request<IslandFinal>({ kind: 'finish' });
    this.kept = true;
    keepIslandThread(this.worker);
    return final;
  }

  /** Ends the thread unless it was kept after a clean finish. */
  async close(): Promise<void> {
    if (this.kept) return;
    this.failure ??= new Error('island closed');
    await this.worker.terminate();
  }
}
