import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PSB1_PROBLEMS } from './all-problems.js';
import { generateProblem } from './generate-problem.js';
import { typicalSizes } from './typical-sizes.js';

const SOURCE = resolve(import.meta.dirname, '../../../shared/bench/psb1');
const read = (problem: string, file: string): string => {
  const path = join(SOURCE, problem, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

describe.skipIf(!existsSync(SOURCE))('PSB1 data generation', () => {
  it('has at least the twenty problems the benchmark needs', () => {
    expect(PSB1_PROBLEMS.length).toBeGreaterThanOrEqual(20);
  });

  for (const problem of PSB1_PROBLEMS) {
    it(`${problem.name}: train starts with every edge case, sizes follow the README, same seed same data`, () => {
      const sizes = typicalSizes(read(problem.name, 'README.md'), problem.name);
      const edge = lines(read(problem.name, 'edge.jsonl'));
      const files = generateProblem(problem, edge.join('\n'), sizes, 7);
      const train = lines(files.train);
      expect(train).toHaveLength(sizes.train);
      expect(lines(files.test)).toHaveLength(sizes.test);
      expect(train.slice(0, edge.length)).toEqual(edge.map((l) => l.trim()));
      expect(generateProblem(problem, edge.join('\n'), sizes, 7)).toEqual(files);
      expect(generateProblem(problem, edge.join('\n'), sizes, 8).test).not.toEqual(files.test);
    });
  }

  it('agrees with the random cases the source ships, where it ships some', () => {
    for (const problem of PSB1_PROBLEMS) {
      for (const raw of lines(read(problem.name, 'random.jsonl')).slice(0, 200)) {
        const record = JSON.parse(raw) as Record<string, unknown>;
        const inputs = Object.keys(record).filter((k) => k.startsWith('input')).sort().map((k) => record[k]);
        const outputs = Object.keys(record).filter((k) => k.startsWith('output')).sort().map((k) => record[k]);
        expect(problem.solve(inputs), `${problem.name}: ${raw}`).toEqual(outputs);
      }
    }
  });

  it('refuses a reference implementation that contradicts an edge case', () => {
    const wrong = { ...PSB1_PROBLEMS.find((p) => p.name === 'smallest')!, solve: (xs: unknown[]) => [Math.max(...(xs as number[]))] };
    expect(() => generateProblem(wrong, read('smallest', 'edge.jsonl'), { train: 100, test: 10 }, 1)).toThrow(/disagrees with the reference/);
  });
});
