import { loadExampleSet } from '../../directive/example-cases.js';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import { loadDirective } from '../../directive/load-directive.js';
import { invalidInput } from '../../errors/hephaestus-error.js';

/** A directive with its cases loaded and checked, ready to run. */
export interface PreparedDirective {
  directive: Directive;
  examples?: ExampleSet;
}

/** Loads and validates every directive and its data before anything is written; highest priority first. */
export function prepareDirectives(files: string[]): PreparedDirective[] {
  const prepared = files.map((file) => {
    const directive = loadDirective(file);
    const examples = directive.evaluator.kind === 'examples' ? loadExampleSet(directive) : undefined;
    return { directive, examples };
  });
  const seen = new Map<string, string>();
  for (const { directive } of prepared) {
    const other = seen.get(directive.id);
    if (other) throw invalidInput(directive.file, 'id', `"${directive.id}" is also the id of ${other}`);
    seen.set(directive.id, directive.file);
  }
  return prepared.sort((a, b) => b.directive.priority - a.directive.priority);
}
