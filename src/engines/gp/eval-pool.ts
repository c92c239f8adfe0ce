import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { PrimitiveTable } from '../../programs/compile-program.js';
import { buildTable, tableSource } from '../../programs/compile-program.js';
import type { CaseErrorFunction, CaseErrorProvider } from './case-error-provider.js';
import { loadCaseErrors } from './case-error-provider.js';
import type { CaseSet } from '../../programs/evaluate-programs.js';
import { evaluateSources } from '../../programs/evaluate-programs.js';
import { evaluateWithTests, loadSuite, type LoadedSuite } from './evaluate-with-tests.js';
import type { ExtraPrimitive } from './gp-api.js';
import { startWorker } from './start-worker.js';

type Pending = { resolve: (errors: Float64Array) => void; reject: (error: Error) => void };

/** One worker thread and the work posted to it and not yet answered. */
interface Slot {
  worker: Worker;
  load: number;
  outstanding: number;
  retiring: boolean;
}

/** A worker whose heap in use passes this after a batch is replaced by a fresh one (V8 keeps compiled code and caches alive). */
const RECYCLE_HEAP_BYTES = 192 * 1024 * 1024;

/** Hard heap limit of a worker: a worker past it stops with an error instead of growing the process. */
const WORKER_HEAP_MB = 512;

/** Spreads program evaluation over worker threads (or runs it in this thread); results never depend on scheduling. */
export class EvalPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly table: PrimitiveTable;
  private readonly url: URL;
  private readonly workerData: unknown;
  /** A tests directive's suite, loaded in this thread on first use when there are no workers. */
  private suite?: LoadedSuite;
  private local?: Promise<CaseErrorFunction>;
  /** Workers replaced because their heap grew past the bound (reported by the benchmarks). */
  recycled = 0;

  /**
   * Extra primitives are functions that cannot cross threads, so problems with extras evaluate in this thread. The heap bound is for tests.
   * With a provider, its module computes the errors (each worker loads it once) and the case sets go unused.
   */
  constructor(
    private readonly cases: { train: CaseSet; test: CaseSet; provider?: CaseErrorProvider },
    workers: number,
    extras: ExtraPrimitive[] = [],
    private readonly recycleHeapBytes = RECYCLE_HEAP_BYTES,
  ) {
    this.table = buildTable(extras);
    this.url = new URL(import.meta.url.endsWith('.ts') ? './eval-worker.ts' : './eval-worker.js', import.meta.url);
    this.workerData = { tableSource: tableSource(), ...cases };
    const count = extras.length > 0 ? 0 : workers === 0 ? os.availableParallelism() : workers;
    if (count <= 1) return;
    for (let i = 0; i < count; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const options = { workerData: this.workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
    const worker = startWorker(this.url, options);
    const slot: Slot = { worker, load: 0, outstanding: 0, retiring: false };
    worker.on('message', (m: { id: number; errors: Float64Array; heap: number }) => {
      slot.outstanding--;
      if (m.heap > this.recycleHeapBytes && !slot.retiring) this.retire(slot);
      if (slot.retiring && slot.outstanding === 0) void worker.terminate();
      this.pending.get(m.id)?.resolve(m.errors);
      this.pending.delete(m.id);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (!slot.retiring) this.fail(new Error('an evaluation worker stopped'));
    });
    return slot;
  }

  /** Takes a worker out of rotation and puts a fresh one in its place; the old one ends once it has answered its work. */
  private retire(slot: Slot): void {
    slot.retiring = true;
    this.recycled++;
    this.slots[this.slots.indexOf(slot)] = this.spawn();
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  /** Errors of each program on the chosen cases, laid out program by program, (case, output) within; posted to the least busy worker. */
  evaluate(sources: string[], split: 'train' | 'test', indices: Int32Array): Promise<Float64Array> {
    if (this.slots.length === 0) {
      const provider = this.cases.provider;
      if (provider) {
        this.local ??= loadCaseErrors(provider, this.table);
        return this.local.then((errorsOf) => errorsOf(sources, split, indices));
      }
      const cases = this.cases[split];
      if (cases.tests) return evaluateWithTests(sources, this.table, cases, indices, (this.suite ??= loadSuite(cases.tests)));
      // Each batch in a macrotask of its own: a search in this thread (a scale-out worker's island step, the forge's
      // single population on one core) lets timers run between batches: BullMQ's job-lock renewal, the other jobs in hand.
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => evaluateSources(sources, this.table, cases, indices));
    }
    let slot = this.slots[0];
    for (const s of this.slots) if (s.load < slot.load) slot = s;
    const id = this.nextId++;
    const work = sources.length * indices.length;
    slot.load += work;
    slot.outstanding++;
    const chosen = slot;
    return new Promise<Float64Array>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (errors) => {
          chosen.load -= work;
          resolve(errors);
        },
        reject,
      });
      chosen.worker.postMessage({ id, sources, split, indices });
    });
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    for (const s of this.slots) s.retiring = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
