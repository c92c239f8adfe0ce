// Worker entry: holds the cases once, compiles programs sent as source strings, returns error vectors as typed arrays.
import { parentPort, workerData } from 'node:worker_threads';
import type { CompiledProgram, PrimitiveTable } from './compile-program.js';
import type { CaseSet } from './evaluate-programs.js';
import { evaluateSources } from './evaluate-programs.js';

interface Init {
  tableSource: string;
  train: CaseSet;
  test: CaseSet;
}

const init = workerData as Init;
const table = Object.freeze(new Function(init.tableSource)()) as PrimitiveTable;
const cache = new Map<string, CompiledProgram | undefined>();

parentPort?.on('message', (message: { id: number; sources: string[]; split: 'train' | 'test'; indices: Int32Array }) => {
  const errors = evaluateSources(message.sources, table, message.split === 'train' ? init.train : init.test, message.indices, cache);
  parentPort?.postMessage({ id: message.id, errors }, [errors.buffer as ArrayBuffer]);
});
