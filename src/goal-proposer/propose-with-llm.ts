import type { LanguageModelV3 } from '@ai-sdk/provider';
import { generateText } from 'ai';
import type { Directive, ExampleCase, ExampleSet } from '../directive/directive.js';
import type { CandidateRecord } from '../registry/records.js';
import { childId } from './propose-offline.js';
import type { GoalProposal } from './goal-proposal.js';

const SYSTEM =
  'You plan work for a program-synthesis system. You answer with one JSON object only, in a ```json block: ' +
  '{"subgoals":[{"name":"short-slug","goal":"one sentence","why":"one sentence","train":[{"inputs":[...],"outputs":[...]}],"test":[...]}]}. ' +
  'Every sub-goal keeps the given TypeScript signature; inputs list one value per parameter, outputs one value per output.';

function prompt(directive: Directive, examples: ExampleSet, best: CandidateRecord | undefined, mode: 'decompose' | 'extend'): string {
  const sample = examples.train.slice(0, 6).map((c) => `${JSON.stringify(c.inputs)} -> ${JSON.stringify(c.outputs)}`).join('\n');
  const failing = (best?.artifacts.failingCases ?? []).slice(0, 6).map((c) => `${JSON.stringify(c.input)}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual ?? c.error)}`).join('\n');
  const ask =
    mode === 'decompose'
      ? 'The directive is not solved yet. Propose 1 to 3 easier sub-goals whose solutions would be useful building blocks or starting points, each with 4-10 train and 2-4 test cases.'
      : 'The directive is solved. Propose 1 or 2 natural extensions (harder or more general goals that build on it), each with 4-10 train and 2-4 test cases.';
  const current = best ? `\nBest candidate so far (score ${best.score.toFixed(4)}):\n\`\`\`ts\n${best.code}\n\`\`\`\nCases it fails:\n${failing || '(none listed)'}` : '';
  return `Directive ${directive.id}: ${directive.goal}\nSignature: ${directive.signature}\nExample cases:\n${sample}${current}\n\n${ask}`;
}

function isCase(value: unknown, params: number): value is ExampleCase {
  const c = value as ExampleCase;
  return typeof value === 'object' && value !== null && Array.isArray(c.inputs) && Array.isArray(c.outputs) && c.inputs.length === params && c.outputs.length > 0;
}

/** Reads the proposals out of a reply; sub-goals with malformed cases are dropped and named in `dropped`. */
export function parseLlmProposals(reply: string, directive: Directive, mode: 'decompose' | 'extend'): { proposals: GoalProposal[]; dropped: string[] } {
  const block = /```(?:json)?\s*\n([\s\S]*?)```/.exec(reply)?.[1] ?? reply;
  let parsed: unknown;
  try {
    parsed = JSON.parse(block);
  } catch {
    return { proposals: [], dropped: ['the reply is not JSON'] };
  }
  const subgoals = (parsed as { subgoals?: unknown }).subgoals;
  if (!Array.isArray(subgoals)) return { proposals: [], dropped: ['the reply has no "subgoals" list'] };
  const params = directive.parsedSignature.params.length;
  const proposals: GoalProposal[] = [];
  const dropped: string[] = [];
  subgoals.forEach((raw: Record<string, unknown>, i) => {
    const train = Array.isArray(raw?.train) ? raw.train : [];
    const test = Array.isArray(raw?.test) ? raw.test : [];
    const outputs = (train[0] as ExampleCase | undefined)?.outputs?.length;
    const ok = (c: unknown): boolean => isCase(c, params) && c.outputs.length === outputs;
    if (typeof raw?.goal !== 'string' || train.length < 2 || test.length < 1 || ![...train, ...test].every(ok)) {
      dropped.push(`sub-goal ${i + 1}: needs a goal, 2+ train and 1+ test cases with ${params} input(s) each`);
      return;
    }
    const name = typeof raw.name === 'string' ? raw.name : `${mode === 'extend' ? 'ext' : 'sub'}-${i + 1}`;
    proposals.push({
      id: childId(directive.id, `llm-${name}`),
      parent: directive.id,
      kind: mode === 'extend' ? 'llm-extend' : 'llm-decompose',
      goal: raw.goal,
      why: `${mode === 'extend' ? 'extension of the solved' : 'decomposition of the unsolved'} directive ${directive.id} by the LLM: ${typeof raw.why === 'string' ? raw.why : 'no reason given'}`,
      train: train as ExampleCase[],
      test: test as ExampleCase[],
    });
  });
  return { proposals, dropped };
}

/** Asks the configured language model to decompose an unsolved directive or extend a solved one, with cases. */
export async function proposeWithLlm(
  model: LanguageModelV3,
  input: { directive: Directive; examples: ExampleSet; best?: CandidateRecord; mode: 'decompose' | 'extend'; temperature?: number; signal?: AbortSignal },
): Promise<{ proposals: GoalProposal[]; dropped: string[] }> {
  const { text } = await generateText({
    model,
    system: SYSTEM,
    prompt: prompt(input.directive, input.examples, input.best, input.mode),
    temperature: input.temperature ?? 0.7,
    maxRetries: 2,
    abortSignal: input.signal,
  });
  return parseLlmProposals(text, input.directive, input.mode);
}
