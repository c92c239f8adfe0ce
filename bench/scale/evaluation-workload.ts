import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDirective } from '../../src/directive/load-directive.js';
import { loadExampleSet } from '../../src/directive/example-cases.js';
import { directiveBundle } from '../../src/forge/scale/directive-bundle.js';
import type { EvaluationPayload } from '../../src/forge/scale/evaluation-job.js';

/**
 * `count` distinct candidates (distinct content hashes) for a small examples directive: each a correct absolute
 * difference with a different constant folded in, so every job builds, runs 40 cases and scores like a real one.
 */
export function evaluationWorkload(count: number): { payloads: EvaluationPayload[]; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'heph-bench-scale-'));
  const cases = (from: number) => Array.from({ length: 20 }, (_, i) => JSON.stringify({ input1: from + i, input2: 7, output1: Math.abs(from + i - 7) })).join('\n');
  writeFileSync(join(dir, 'train.jsonl'), cases(-5));
  writeFileSync(join(dir, 'test.jsonl'), cases(40));
  const input = { id: 'abs-diff', goal: 'Absolute difference.', signature: '(a: number, b: number) => number', evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' } };
  writeFileSync(join(dir, 'directive.json'), JSON.stringify(input));
  const directive = loadDirective(join(dir, 'directive.json'));
  const bundle = directiveBundle(directive, loadExampleSet(directive));
  const payloads = Array.from({ length: count }, (_, i) => ({
    directive: bundle,
    code: `export default function absDiff(a: number, b: number): number {\n  return Math.abs(a - b) + ${i} * 0;\n}\n`,
    trust: 'untrusted' as const,
    maxOutputBytes: 65_536,
    weights: {},
  }));
  return { payloads, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
