import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import type { BundledFile, DirectiveBundle } from './evaluation-job.js';

const read = (file: string): BundledFile => ({ name: basename(file), text: readFileSync(file, 'utf8') });

/** The directive as a worker gets it: its signature, constraints and evaluator with the evaluator's files inlined. */
export function directiveBundle(directive: Directive, examples: ExampleSet | undefined): DirectiveBundle {
  const { evaluator } = directive;
  let bundled: DirectiveBundle['evaluator'];
  if (evaluator.kind === 'examples') {
    if (!examples) throw new Error(`examples of ${directive.id} are not loaded`);
    bundled = { kind: 'examples', cases: examples };
  } else if (evaluator.kind === 'tests') {
    bundled = { kind: 'tests', files: evaluator.files.map(read) };
  } else {
    bundled = { kind: 'script', module: read(evaluator.module), solvedAt: evaluator.solvedAt };
  }
  return { id: directive.id, signature: directive.signature, constraints: directive.constraints, evaluator: bundled };
}
