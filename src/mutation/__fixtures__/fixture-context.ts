import type { Directive } from '../../directive/directive.js';
import { loadExampleSet } from '../../directive/example-cases.js';
import type { CandidateRecord, EventRecord } from '../../registry/records.js';
import type { FailingCase } from '../../scoring/evaluation.js';
import type { EngineState, MutationContext } from '../mutation-engine.js';

/** Options of a fixture context; by default one flawed parent and one inspiration, seed 1, count 3. */
export interface FixtureContextOptions {
  seed?: number;
  count?: number;
  cycle?: number;
  /** False for a first cycle with no parent and no inspirations. */
  withParent?: boolean;
  signal?: AbortSignal;
  /** Receives every recorded event. */
  events?: { kind: string; data: EventRecord['data'] }[];
  /** The engine state carried from earlier cycles; a fresh one by default. */
  engineState?: EngineState;
}

interface Flawed {
  code: string;
  run: (...args: never[]) => unknown;
}

const FLAWED: Record<string, { parent: Flawed; inspiration: Flawed }> = {
  'add-two': {
    parent: { code: 'export default function add(a: number, b: number): number {\n  return a - b;\n}\n', run: (a: number, b: number) => a - b },
    inspiration: {
      code: 'export default function add(a: number, b: number): number {\n  return Math.abs(a) + b;\n}\n',
      run: (a: number, b: number) => Math.abs(a) + b,
    },
  },
  'count-vowels': {
    parent: {
      code: "export default function countVowels(text: string): number {\n  return [...text].filter((c) => 'aeiou'.includes(c)).length;\n}\n",
      run: (text: string) => [...text].filter((c) => 'aeiou'.includes(c)).length,
    },
    inspiration: {
      code: 'export default function countVowels(text: string): number {\n  return text.length;\n}\n',
      run: (text: string) => text.length,
    },
  },
};

/**
 * A MutationContext over a fixture directive with flawed, honestly evaluated candidates as parent and inspiration
 * (their failing cases are computed from the directive's train cases), for engine tests and the contract suite.
 */
export function fixtureContext(directive: Directive, options: FixtureContextOptions = {}): MutationContext {
  const flawed = FLAWED[directive.id];
  if (!flawed) throw new Error(`no flawed candidates for fixture directive ${directive.id}`);
  const examples = directive.evaluator.kind === 'examples' ? loadExampleSet(directive) : undefined;
  const withParent = options.withParent ?? true;
  const cycle = options.cycle ?? 1;
  const candidate = (id: string, sample: Flawed): CandidateRecord => {
    const failingCases: FailingCase[] = [];
    (examples?.train ?? []).forEach((c, index) => {
      const actual = sample.run(...(c.inputs as never[]));
      if (actual !== c.outputs[0]) failingCases.push({ split: 'train', index, input: c.inputs, expected: c.outputs[0], actual });
    });
    const total = examples?.train.length ?? 1;
    const score = (total - failingCases.length) / total;
    return {
      id,
      directiveId: directive.id,
      runId: 'fixture-run',
      cycle: cycle - 1,
      hash: id,
      code: sample.code,
      parents: [],
      engine: 'fixture',
      operator: 'fixture',
      status: 'evaluated',
      metrics: { train_pass_rate: score },
      score,
      artifacts: { failingCases: failingCases.slice(0, 5), stderr: '' },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
  };
  return {
    directive,
    examples,
    parents: withParent ? [candidate(`${directive.id}-parent`, flawed.parent)] : [],
    inspirations: withParent ? [candidate(`${directive.id}-inspiration`, flawed.inspiration)] : [],
    cycle,
    seed: options.seed ?? 1,
    count: options.count ?? 3,
    signal: options.signal ?? new AbortController().signal,
    recordEvent: (kind, data) => options.events?.push({ kind, data }),
    engineState: options.engineState ?? {},
  };
}
