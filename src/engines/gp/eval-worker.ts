// Worker entry: holds the cases once, compiles each batch of program sources, returns error vectors as typed arrays.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseErrorProvider } from './case-error-provider.js';
import { loadCaseErrors } from './case-error-provider.js';
import type { PrimitiveTable } from '../../programs/compile-program.js';
import type { CaseSet } from '../../programs/evaluate-programs.js';
import { evaluateSources } from '../../programs/evaluate-programs.js';
import { evaluateWithTests, loadSuite } from './evaluate-with-tests.js';

interface Init {
  tableSource: string;
  train: CaseSet;
  test: CaseSet;
  provider?: CaseErrorProvider;
}

const init = workerData as Init;
const table = Object.freeze(new Function(init.tableSource)()) as PrimitiveTable;
// A tests directive's files are loaded once per worker, not once per program.
const suite = init.train.tests && loadSuite(init.train.tests);
// A test's promise that nobody awaits (the test's own, or one left behind by a test stopped at its time bound) may
// reject at any time: that fails nothing here, and must not end the worker.
if (suite) process.on('unhandledRejection', () => undefined);

// A provider is loaded once per worker, before the first batch it answers.
const provided = init.provider ? loadCaseErrors(init.provider, table) : undefined;

parentPort?.on('message', async (message: { id: number; sources: string[]; split: 'train' | 'test'; indices: Int32Array }) => {
  const cases = message.split === 'train' ? init.train : init.test;
  const errors = provided
    ? await (await provided)(message.sources, message.split, message.indices)
    : cases.tests && suite
      ? await evaluateWithTests(message.sources, table, cases, message.indices, suite)
      : evaluateSources(message.sources, table, cases, message.indices);
  // The heap in use goes back with each reply so the pool can retire a worker whose heap keeps growing (compiled code, V8 caches).
  parentPort?.postMessage({ id: message.id, errors, heap: getHeapStatistics().used_heap_size }, [errors.buffer as ArrayBuffer]);
});
