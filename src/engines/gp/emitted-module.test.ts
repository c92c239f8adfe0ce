import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCandidate } from '../../check/build-candidate.js';
import type { ExampleCase } from '../../directive/directive.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import { buildTable, compileProgram, programSource } from '../../programs/compile-program.js';
import { emitModuleFor } from './emit-module.js';
import type { GpProblem, GpType } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import { randomIndividual } from '../../programs/random-tree.js';
import { Rng } from '../../util/rng.js';

// Signatures covering every GpType as input and output, one and several results.
const SHAPES: { signature: string; params: GpType[]; returns: GpType[] }[] = [
  { signature: '(n: number) => string', params: ['int'], returns: ['string'] },
  { signature: '(s: string) => boolean', params: ['string'], returns: ['boolean'] },
  { signature: '(xs: number[]) => number[]', params: ['int[]'], returns: ['int[]'] },
  { signature: '(a: number[], b: number[]) => number', params: ['float[]', 'float[]'], returns: ['float'] },
  { signature: '(s: string, t: string) => [number, number]', params: ['string', 'string'], returns: ['int', 'int'] },
  { signature: '(words: string[]) => string', params: ['string[]'], returns: ['string'] },
  { signature: '(x: number, y: number, k: number) => number', params: ['float', 'float', 'int'], returns: ['float'] },
  { signature: '(s: string, n: number, flag: boolean) => string[]', params: ['string', 'int', 'boolean'], returns: ['string[]'] },
];
const PER_SHAPE = 4;
const CASES = 8;

function randomValue(rng: Rng, type: GpType): unknown {
  const text = () => Array.from({ length: rng.int(8) }, () => rng.pick([...'ab c-1xY!'])).join('');
  switch (type) {
    case 'int':
      return rng.range(-20, 20);
    case 'float':
      return rng.range(-2000, 2000) / 100;
    case 'string':
      return text();
    case 'boolean':
      return rng.chance(0.5);
    case 'string[]':
      return Array.from({ length: rng.int(5) }, text);
    default:
      return Array.from({ length: rng.int(5) }, () => randomValue(rng, type === 'int[]' ? 'int' : 'float'));
  }
}

/** What the engine computes internally for one case: the compiled program's value, or that it threw. */
type Outcome = { value: unknown } | { threw: true } | { outOfSteps: true };

function internalOutcomes(ctx: GpContext, source: string, cases: ExampleCase[]): Outcome[] {
  const table = buildTable();
  const fn = compileProgram(source, table);
  return cases.map((c) => {
    table.resetSteps();
    try {
      return { value: fn(...structuredClone(c.inputs)) };
    } catch (error) {
      // The engine's step budget only cuts its search short; emitted modules carry none.
      return (error as Error).message === 'step limit exceeded' ? { outOfSteps: true } : { threw: true };
    }
  });
}

const hasNaN = (value: unknown): boolean => (Array.isArray(value) ? value.some(hasNaN) : Number.isNaN(value));

const staging = mkdtempSync(join(tmpdir(), 'gp-emitted-'));
afterAll(() => rmSync(staging, { recursive: true, force: true }));

describe('emitted modules', () => {
  it('return, through the build stage and the sandboxed test stage, exactly what the engine computed', { timeout: 120_000 }, async () => {
    const sandbox = createSandbox({ bwrap: 'auto' });
    const rng = new Rng(20_261_124);
    let checkedCases = 0;
    for (const shape of SHAPES) {
      const problem: GpProblem = {
        name: 'evolved',
        params: shape.params.map((type, i) => ({ name: `p${i + 1}`, type })),
        returns: shape.returns,
        train: [],
        test: [],
      };
      const ctx = new GpContext(problem);
      for (let k = 0; k < PER_SHAPE; k++) {
        const individual = randomIndividual(ctx, rng);
        const code = emitModuleFor(ctx, individual);
        const inputs = Array.from({ length: CASES }, () => shape.params.map((t) => randomValue(rng, t)));
        const outcomes = internalOutcomes(ctx, programSource(ctx, individual), inputs.map((i) => ({ inputs: i, outputs: [] })));
        const cases: ExampleCase[] = inputs.map((i, n) => {
          const o = outcomes[n];
          const outputs = 'value' in o ? (shape.returns.length > 1 ? (o.value as unknown[]) : [o.value]) : shape.returns.map(() => null);
          return { inputs: i, outputs };
        });

        const built = buildCandidate({
          code,
          directive: { signature: shape.signature, constraints: { maxLines: 200, allowedImports: [], timeoutMs: 5000, memoryMb: 256 } },
          stagingRoot: staging,
        });
        expect(built.errors, code).toEqual([]);
        expect(built.ok).toBe(true);

        const evaluation = await sandbox.evaluate({
          modulePath: built.modulePath!,
          evaluator: { kind: 'examples', cases: { train: cases, test: [] } },
          limits: { timeoutMs: 20_000, memoryMb: 256, maxOutputBytes: 65_536 },
          trust: 'gp-whitelist',
        });
        const direct = ((await import(pathToFileURL(built.modulePath!).href)) as { default: (...a: unknown[]) => unknown }).default;
        outcomes.forEach((outcome, n) => {
          const failing = evaluation.failingCases.find((f) => f.split === 'train' && f.index === n);
          const where = `${code}\ncase ${n}: ${JSON.stringify(inputs[n])}`;
          if ('outOfSteps' in outcome) return;
          if ('threw' in outcome) {
            expect(failing?.error, where).toMatch(/^threw/);
            expect(() => direct(...structuredClone(inputs[n])), where).toThrow();
          } else {
            // Exact equality in-process (Object.is on every number); the sandbox applies the PSB comparison.
            expect(direct(...structuredClone(inputs[n])), where).toEqual(outcome.value);
            if (hasNaN(outcome.value)) expect(failing?.actual, where).toEqual(outcome.value);
            else expect(evaluation.trainErrors[n], `${where}\n${JSON.stringify(failing)}`).toBe(0);
          }
          checkedCases++;
        });
      }
    }
    expect(checkedCases).toBeGreaterThan((SHAPES.length * PER_SHAPE * CASES) / 2);
  });
});
