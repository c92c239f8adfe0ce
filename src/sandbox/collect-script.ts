import type { FailingCase } from '../scoring/evaluation.js';
import { decodeValue } from './decode-value.js';
import type { EvaluationParts } from './evaluation-parts.js';
import type { RunnerMessage } from './runner-message.js';

type ScriptResult = { metrics: Record<string, number>; score: number; solved?: boolean };

function asScriptResult(value: unknown): ScriptResult | string {
  if (value === null || typeof value !== 'object') return 'evaluate() did not return an object';
  const { metrics, score, solved } = value as Record<string, unknown>;
  if (typeof score !== 'number' || !Number.isFinite(score)) return 'evaluate() returned no finite numeric score';
  if (metrics === null || typeof metrics !== 'object' || Array.isArray(metrics)) return 'evaluate() returned no metrics object';
  for (const [name, metric] of Object.entries(metrics)) {
    if (typeof metric !== 'number' || !Number.isFinite(metric)) return `metric "${name}" is not a finite number`;
  }
  if (solved !== undefined && typeof solved !== 'boolean') return 'evaluate() returned a non-boolean solved';
  return { metrics: metrics as Record<string, number>, score, solved };
}

// The forge's score keeps a script's score in [0, 1] (scoring/script-metrics.ts): one outside is said, not hidden.
function outOfRange(score: number | undefined): Pick<EvaluationParts, 'scoreNote'> {
  if (score === undefined || (score >= 0 && score <= 1)) return {};
  return { scoreNote: `script score ${score} is outside [0, 1]: evaluate() should return a score in [0, 1]; the forge counts it as ${score > 1 ? 1 : 0}` };
}

/**
 * Reads a script evaluator's verdict: its metrics and score, solved by its own word or by score >= solvedAt.
 * It counts as one train case, passed when solved.
 */
export function collectScript(solvedAt: number | undefined, messages: RunnerMessage[], unrunReason: string): EvaluationParts {
  const message = messages.find((m) => m.kind === 'script');
  let failure: string | undefined;
  let result: ScriptResult | undefined;
  if (message?.kind !== 'script') failure = `not run: ${unrunReason}`;
  else if (message.error !== undefined) failure = `evaluate() threw: ${message.error}`;
  else {
    const checked = asScriptResult(decodeValue(message.value));
    if (typeof checked === 'string') failure = checked;
    else result = checked;
  }
  const met = result !== undefined && (result.solved ?? (solvedAt !== undefined && result.score >= solvedAt));
  const failingCases: FailingCase[] = met ? [] : [{ split: 'train', index: 0, input: 'script evaluator', error: failure ?? `not solved (score ${result?.score})` }];
  return {
    ...outOfRange(result?.score),
    train: { passed: met ? 1 : 0, total: 1 },
    test: { passed: 0, total: 0 },
    trainErrors: [met ? 0 : 1],
    testErrors: [],
    failingCases,
    scriptMetrics: result?.metrics,
    scriptScore: result?.score,
    callTimes: message?.kind === 'script' ? message.calls : [],
    allMet: met,
  };
}
