import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { PENALTY } from '../../programs/case-errors.js';
import type { CaseErrorFunction } from './case-error-provider.js';
import type { CompiledProgram, PrimitiveTable } from '../../programs/compile-program.js';
import { compilePrograms } from '../../programs/compile-programs.js';
import { stepBudget } from '../../programs/step-budget.js';

/** What a script-directive worker needs: the evaluator module, the solved threshold and the time one program may take. */
export interface ScriptCaseOptions {
  /** Absolute path of the directive's evaluator module (trusted user code, like a test file). */
  evaluator: string;
  solvedAt?: number;
  /** Wall time one evaluator call may spend on a program; past it every further call of the program throws. */
  timeoutMs: number;
}

/** The verdict of one evaluator call: its score, its per-instance results when it gives them, whether it says solved. */
export interface ScriptVerdict {
  score: number;
  cases?: number[];
  solved: boolean;
}

/** Error columns of a script program: 0 = not solved (0 or 1), 1 = minus the score, 2.. = minus each per-instance result. */
export const SCRIPT_COLUMNS = { solved: 0, score: 1, firstCase: 2 } as const;

type Evaluate = (fn: CompiledProgram) => unknown;

/** Imports the evaluator module (TypeScript through tsx) and returns its `evaluate` export. */
export async function importEvaluator(path: string): Promise<Evaluate> {
  const loaded = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { evaluate?: unknown; default?: { evaluate?: unknown } };
  const evaluate = loaded.evaluate ?? loaded.default?.evaluate;
  if (typeof evaluate !== 'function') throw new Error(`${path} exports no evaluate function`);
  return evaluate as Evaluate;
}

/** Reads an evaluator's result; undefined when it is not a finite score (with finite per-instance results, if any). */
function verdictOf(value: unknown, solvedAt: number | undefined): ScriptVerdict | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { score, cases, solved } = value as Record<string, unknown>;
  if (typeof score !== 'number' || !Number.isFinite(score)) return undefined;
  let list: number[] | undefined;
  if (cases !== undefined) {
    if (!Array.isArray(cases) || cases.some((c) => typeof c !== 'number' || !Number.isFinite(c))) return undefined;
    list = cases as number[];
  }
  const met = solved === true || (solved === undefined && solvedAt !== undefined && score >= solvedAt);
  return { score, cases: list, solved: met };
}

/**
 * Runs the evaluator on one compiled program, every call step-bounded by its input size and the whole evaluation by
 * a deadline; undefined when the program or the evaluator fails or the time runs out.
 */
export async function runScript(evaluate: Evaluate, fn: CompiledProgram, table: PrimitiveTable, options: ScriptCaseOptions): Promise<ScriptVerdict | undefined> {
  const deadline = performance.now() + options.timeoutMs;
  let late = false;
  const bounded: CompiledProgram = (...inputs) => {
    if (performance.now() > deadline) {
      late = true;
      throw new Error('the evaluation ran out of time');
    }
    table.resetSteps(stepBudget(inputs));
    return fn(...inputs);
  };
  try {
    const verdict = verdictOf(await evaluate(bounded), options.solvedAt);
    return late ? undefined : verdict;
  } catch {
    return undefined;
  }
}

/** The error row of a verdict over `columns` columns (a failed program gets the penalty everywhere). */
export function scriptRow(verdict: ScriptVerdict | undefined, columns: number): Float64Array {
  const row = new Float64Array(columns).fill(PENALTY);
  if (!verdict) return row;
  row[SCRIPT_COLUMNS.solved] = verdict.solved ? 0 : 1;
  row[SCRIPT_COLUMNS.score] = 0 - verdict.score; // 0 - x, not -x: a perfect score is an error of 0, never -0
  // A result with the wrong number of instances keeps the penalty on the instance columns.
  if (verdict.cases?.length === columns - SCRIPT_COLUMNS.firstCase) verdict.cases.forEach((c, i) => (row[SCRIPT_COLUMNS.firstCase + i] = 0 - c));
  return row;
}

/** The case-error provider of script directives: each program is compiled, run through the evaluator once, and its row read at the indices. */
export async function createCaseErrors(options: ScriptCaseOptions & { columns: number }, table: PrimitiveTable): Promise<CaseErrorFunction> {
  const evaluate = await importEvaluator(options.evaluator);
  return async (sources, _split, indices) => {
    const out = new Float64Array(sources.length * indices.length);
    // Evaluators call a program per item or step: it is hot, so V8 may optimise it (see compilePrograms).
    const fns = compilePrograms(sources, table, true);
    for (let p = 0; p < fns.length; p++) {
      const fn = fns[p];
      const row = scriptRow(fn ? await runScript(evaluate, fn, table, options) : undefined, options.columns);
      for (let n = 0; n < indices.length; n++) out[p * indices.length + n] = row[indices[n]];
    }
    return out;
  };
}
