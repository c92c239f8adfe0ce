import type { Directive } from '../directive.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { GpTestSuite } from './test-suite.js';
import { loadTestFiles, readTestFiles } from './load-test-files.js';
import { recordingAssert } from './recording-assert.js';

/**
 * Reads a tests directive's files and checks that each loads and exports tests, so that a file the engine cannot run
 * is refused before a run starts (UNSUPPORTED, naming the file and the test) rather than failing every cycle.
 */
export function loadableTestFiles(directive: Directive & { evaluator: { kind: 'tests' } }): GpTestSuite['files'] {
  const files = readTestFiles(directive.evaluator.files);
  const broken = loadTestFiles(files, () => recordingAssert(() => undefined)).find((t) => t.broken !== undefined);
  if (broken) {
    const file = files.find((f) => broken.name === f.name || broken.name.startsWith(`${f.name} > `))?.file ?? directive.file;
    throw new HephaestusError('UNSUPPORTED', `${file}: evaluator.files: test "${broken.name}": ${broken.broken} (the offline engine loads each test file as CommonJS)`, {
      file,
      field: 'evaluator.files',
    });
  }
  return files;
}
