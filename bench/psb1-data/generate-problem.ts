import { isDeepStrictEqual } from 'node:util';
import type { Psb1Problem } from './psb1-problem.js';
import { Rng } from './rng.js';

/** The contents of one generated problem directory. */
export interface GeneratedProblem {
  train: string;
  test: string;
  /** JSON for the `types` file, when the problem declares types the data cannot show. */
  types?: string;
}

interface Case {
  inputs: unknown[];
  outputs: unknown[];
}

/** FNV-1a, so every problem gets its own random stream from one seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function line(c: Case): string {
  const record: Record<string, unknown> = {};
  c.inputs.forEach((v, i) => (record[`input${i + 1}`] = v));
  c.outputs.forEach((v, i) => (record[`output${i + 1}`] = v));
  return JSON.stringify(record);
}

function parseEdge(problem: Psb1Problem, edgeText: string): { raw: string; c: Case }[] {
  return edgeText
    .split('\n')
    .filter((raw) => raw.trim() !== '')
    .map((raw, index) => {
      const record = JSON.parse(raw) as Record<string, unknown>;
      const pick = (prefix: string) => Object.keys(record).filter((k) => k.startsWith(prefix)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const c = { inputs: pick('input').map((k) => record[k]), outputs: pick('output').map((k) => record[k]) };
      const expected = problem.solve(c.inputs);
      if (!isDeepStrictEqual(expected, c.outputs)) {
        throw new Error(`${problem.name}: edge case ${index + 1} ${raw} disagrees with the reference implementation (${JSON.stringify(expected)})`);
      }
      return { raw, c };
    });
}

/**
 * Builds train (every edge case verbatim, then random cases) and test (random cases) for one problem,
 * after checking the reference implementation reproduces every edge case; deterministic for a seed.
 */
export function generateProblem(problem: Psb1Problem, edgeText: string, sizes: { train: number; test: number }, seed: number): GeneratedProblem {
  const rng = new Rng(seed ^ hash(problem.name));
  const edges = parseEdge(problem, edgeText);
  const randomTrain = sizes.train - edges.length;
  if (randomTrain < 0) throw new Error(`${problem.name}: ${edges.length} edge cases exceed the train size ${sizes.train}`);
  const solved = (inputs: unknown[]): Case => ({ inputs, outputs: problem.solve(inputs) });
  let trainInputs: unknown[][];
  let testInputs: unknown[][];
  if (problem.pool) {
    const full = problem.pool();
    const edgeKeys = new Set(edges.map((e) => JSON.stringify(e.c.inputs)));
    const rest = rng.shuffle(full.filter((inputs) => !edgeKeys.has(JSON.stringify(inputs))));
    trainInputs = rest.slice(0, randomTrain);
    const unseen = rest.slice(randomTrain);
    testInputs = full.length === sizes.test ? rng.shuffle(full) : unseen.slice(0, sizes.test);
    if (testInputs.length < sizes.test) throw new Error(`${problem.name}: its domain is too small for ${sizes.test} test cases`);
  } else {
    trainInputs = rng.many(randomTrain, () => problem.random(rng));
    testInputs = rng.many(sizes.test, () => problem.random(rng));
  }
  const text = (cases: string[]) => `${cases.join('\n')}\n`;
  return {
    train: text([...edges.map((e) => e.raw.trim()), ...trainInputs.map((inputs) => line(solved(inputs)))]),
    test: text(testInputs.map((inputs) => line(solved(inputs)))),
    types: problem.types ? `${JSON.stringify(problem.types)}\n` : undefined,
  };
}
