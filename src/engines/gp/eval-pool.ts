import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';
import { buildTable, tableSource } from './compile-program.js';
import type { CaseSet } from './evaluate-programs.js';
import { evaluateSources } from './evaluate-programs.js';
import type { ExtraPrimitive } from './gp-api.js';

type Pending = { resolve: (errors: Float64Array) => void; reject: (error: Error) => void };

/** Worker source that loads the TypeScript worker through tsx (when running from source rather than built JavaScript). */
function tsBootstrap(url: URL): string {
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}));`;
}

/** Spreads program evaluation over worker threads (or runs it in this thread); results never depend on scheduling. */
export class EvalPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly table: PrimitiveTable;
  private readonly cache = new Map<string, CompiledProgram | undefined>();
  private readonly load: number[] = [];

  /** Extra primitives are functions that cannot cross threads, so problems with extras evaluate in this thread. */
  constructor(
    private readonly cases: { train: CaseSet; test: CaseSet },
    workers: number,
    extras: ExtraPrimitive[] = [],
  ) {
    this.table = buildTable(extras);
    const count = extras.length > 0 ? 0 : workers === 0 ? os.availableParallelism() : workers;
    if (count <= 1) return;
    const url = new URL(import.meta.url.endsWith('.ts') ? './eval-worker.ts' : './eval-worker.js', import.meta.url);
    const data = { workerData: { tableSource: tableSource(), ...cases } };
    for (let i = 0; i < count; i++) {
      const worker = url.pathname.endsWith('.ts') ? new Worker(tsBootstrap(url), { ...data, eval: true }) : new Worker(url, data);
      worker.on('message', (m: { id: number; errors: Float64Array }) => {
        this.pending.get(m.id)?.resolve(m.errors);
        this.pending.delete(m.id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => this.fail(new Error('an evaluation worker stopped')));
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  /** Errors of each program on the chosen cases, laid out program by program, (case, output) within; posted to the least busy worker. */
  evaluate(sources: string[], split: 'train' | 'test', indices: Int32Array): Promise<Float64Array> {
    if (this.workers.length === 0) return Promise.resolve(evaluateSources(sources, this.table, this.cases[split], indices, this.cache));
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i] < this.load[w]) w = i;
    const id = this.nextId++;
    const work = sources.length * indices.length;
    this.load[w] += work;
    return new Promise<Float64Array>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (errors) => {
          this.load[w] -= work;
          resolve(errors);
        },
        reject,
      });
      this.workers[w].postMessage({ id, sources, split, indices });
    });
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
