import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GpType } from '../../src/engines/gp/gp-api.js';
import { loadPsbProblem } from '../psb/load-psb-problem.js';

const TS_TYPE: Record<GpType, string> = { int: 'number', float: 'number', string: 'string', boolean: 'boolean', 'int[]': 'number[]', 'float[]': 'number[]', 'string[]': 'string[]' };

/** The goal a PSB problem's directive gets: it names the problem, which the directive's constant miner reads. */
export function psbGoal(name: string): string {
  return `PSB1 problem ${name}: map the inputs to the outputs of its cases.`;
}

/**
 * Writes a PSB-layout problem (`data/<name>/{train,test}.jsonl`) as a directive in `root/<name>/`: the signature comes
 * from the problem's inferred types, the output kinds are declared so the evaluator compares floats as floats.
 */
export function writePsbDirective(data: string, name: string, root: string): string {
  const problem = loadPsbProblem(data, name);
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const file of ['train.jsonl', 'test.jsonl']) copyFileSync(join(data, name, file), join(dir, file));
  const params = problem.params.map((p) => `${p.name}: ${TS_TYPE[p.type]}`).join(', ');
  const returns = problem.returns.length === 1 ? TS_TYPE[problem.returns[0]] : `[${problem.returns.map((t) => TS_TYPE[t]).join(', ')}]`;
  const directive = {
    id: name,
    goal: psbGoal(name),
    signature: `(${params}) => ${returns}`,
    evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl', outputKinds: problem.returns },
  };
  const file = join(dir, 'directive.json');
  writeFileSync(file, JSON.stringify(directive, null, 2));
  return file;
}
