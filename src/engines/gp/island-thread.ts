import type { Worker } from 'node:worker_threads';
import type { Individual } from './program-tree.js';
import type { EpochOrder, EpochReport, IslandFinal, IslandHandle, IslandRequest, IslandSetup } from './island-protocol.js';
import { startWorker } from './start-worker.js';

/** Heap limit of an island's thread: past it the thread stops with an error instead of growing the process. */
const ISLAND_HEAP_MB = 768;

/** An island in its own worker thread; requests are answered in order, one at a time. */
export class IslandThread implements IslandHandle {
  private readonly worker: Worker;
  private waiting?: { resolve: (value: unknown) => void; reject: (error: Error) => void };
  private failure?: Error;

  /** `stop` is shared with the thread: a non-zero first element makes the island end its epoch after the current generation. */
  constructor(setup: IslandSetup, stop: Int32Array) {
    const url = new URL(import.meta.url.endsWith('.ts') ? './island-worker.ts' : './island-worker.js', import.meta.url);
    this.worker = startWorker(url, { workerData: { setup, stop }, resourceLimits: { maxOldGenerationSizeMb: ISLAND_HEAP_MB } });
    this.worker.on('message', (m: { value?: unknown; error?: string }) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (m.error !== undefined) waiting?.reject(new Error(`island: ${m.error}`));
      else waiting?.resolve(m.value);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('an island thread stopped')));
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
    await this.request({ kind: 'start', carried, enumerated });
  }

  epoch(order: EpochOrder): Promise<EpochReport> {
    return this.request({ kind: 'epoch', order });
  }

  async finish(): Promise<IslandFinal> {
    const final = await this.request<IslandFinal>({ kind: 'finish' });
    await this.close();
    return final;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('island closed');
    await this.worker.terminate();
  }
}
