import { basename } from 'node:path';
import type { Directive } from '../../directive/directive.js';
import { readUserFile, USER_FILE_CAPS } from '../../util/read-user-file.js';

/** One file that checks candidates, as shown to the model. */
export interface EvaluatorSource {
  name: string;
  text: string;
}

/**
 * The test files of a `tests` directive or the module of a `script` one, for the prompt: without them a model sees
 * only the goal and cannot know what is checked. At most `maxChars` in all; a file past the budget is cut with a
 * marker saying how much was left out. An `examples` directive has none (its cases are shown as examples).
 */
export function evaluatorSources(directive: Directive, maxChars: number): EvaluatorSource[] {
  const { evaluator } = directive;
  const files = evaluator.kind === 'tests' ? evaluator.files : evaluator.kind === 'script' ? [evaluator.module] : [];
  const sources: EvaluatorSource[] = [];
  let left = maxChars;
  for (const file of files) {
    if (left <= 0) break;
    const text = readUserFile(file, evaluator.kind === 'tests' ? 'test file' : 'script evaluator', USER_FILE_CAPS.source);
    const kept = text.length > left ? `${text.slice(0, left)}\n// … ${text.length - left} more characters not shown\n` : text;
    sources.push({ name: basename(file), text: kept });
    left -= text.length;
  }
  return sources;
}
