import type { Directive, ExampleSet } from '../../directive/directive.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { EvaluatorSource } from './evaluator-sources.js';
import type { PromptVariant } from './prompt-variants.js';

/** The two messages sent for one slot. */
export interface BuiltPrompt {
  system: string;
  prompt: string;
}

/** What a prompt is built from; candidate ids are left out on purpose so that a replayed run sees identical text. */
export interface PromptInput {
  directive: Directive;
  examples?: ExampleSet;
  variant: PromptVariant;
  parent?: CandidateRecord;
  inspirations: CandidateRecord[];
  /** The test files or evaluator module that check candidates (tests and script directives), shown to the model. */
  evaluatorSources?: EvaluatorSource[];
}

const SYSTEM =
  'You are an expert TypeScript engineer. You write small, correct, strictly typed ES modules whose default export ' +
  'is a pure function. You follow the requested reply format exactly.';

const DIFF_FORMAT = [
  'Reply with one or more SEARCH/REPLACE blocks that edit the current module:',
  '<<<<<<< SEARCH',
  'exact lines copied from the current module',
  '=======',
  'the lines that replace them',
  '>>>>>>> REPLACE',
  'Each SEARCH text must match the current module exactly, indentation included, and occur in it only once. Do not repeat the whole module.',
].join('\n');

const REWRITE_FORMAT = 'Reply with the complete module in a single ```ts fenced code block.';

/** Builds the system and user messages for one variant: goal, signature, constraints, parent and its failures, inspirations. */
export function buildPrompt(input: PromptInput): BuiltPrompt {
  const { directive, variant } = input;
  const parent = variant.showsParent ? input.parent : undefined;
  const sections = [
    `# Goal\n${directive.goal.trim()}`,
    `# Signature\nThe module's default export must be a function of type \`${directive.signature}\`.`,
    `# Constraints\n${constraints(directive).map((c) => `- ${c}`).join('\n')}`,
  ];
  const examples = (input.examples?.train ?? []).slice(0, 5);
  if (examples.length > 0) sections.push(`# Examples\n${examples.map((c) => `- inputs ${show(c.inputs)} -> ${show(single(c.outputs))}`).join('\n')}`);
  const sources = input.evaluatorSources ?? [];
  if (sources.length > 0) sections.push(evaluatorSection(directive, sources));
  if (parent) sections.push(parentSection(parent));
  const others = variant.name === 'from-goal' ? [] : input.inspirations.slice(0, 4);
  if (others.length > 0) {
    const shown = others.map((c, i) => `## Candidate ${i + 1} (score ${score(c.score)})\n${fenced(c.code)}`);
    sections.push(`# Other candidates\n${shown.join('\n\n')}`);
  }
  sections.push(`# Task\n${variant.instruction}\n\n${variant.mode === 'diff' && parent ? DIFF_FORMAT : REWRITE_FORMAT}`);
  return { system: SYSTEM, prompt: `${sections.join('\n\n')}\n` };
}

function evaluatorSection(directive: Directive, sources: EvaluatorSource[]): string {
  const intro =
    directive.evaluator.kind === 'tests'
      ? '# Tests\nThe module passes when every test below passes; each test receives the default export as `fn` (and the module as `mod`).'
      : '# Evaluator\nThis module scores the candidate: `evaluate(fn)` is called with the default export; a higher score is better.';
  return [intro, ...sources.map((s) => `## ${s.name}\n${fenced(s.text)}`)].join('\n\n');
}

function constraints(directive: Directive): string[] {
  const { maxLines, allowedImports } = directive.constraints;
  return [
    `At most ${maxLines} lines.`,
    allowedImports.length === 0 ? 'No imports.' : `Imports only from: ${allowedImports.join(', ')}.`,
    `The default export must implement the signature exactly${directive.parsedSignature.async ? ' (it returns a Promise)' : ''}.`,
    'No I/O: no file system, network, process, environment, timers or console; the function is pure and deterministic.',
    `Each call must finish well within ${directive.constraints.timeoutMs} ms.`,
  ];
}

function parentSection(parent: CandidateRecord): string {
  const parts = [`# Current module (score ${score(parent.score)}, status ${parent.status})\n${fenced(parent.code)}`];
  const failing = parent.artifacts.failingCases ?? [];
  if (failing.length > 0) {
    const lines = failing.slice(0, 5).map((c) => {
      const got = c.error !== undefined ? `error ${clip(c.error, 200)}` : `got ${show(c.actual)}`;
      const expected = c.expected === undefined ? '' : ` expected ${show(c.expected)},`;
      return `- ${c.split} case ${c.index}: inputs ${show(c.input)},${expected} ${got}`;
    });
    parts.push(`## Failing cases\n${lines.join('\n')}`);
  }
  const errors = parent.artifacts.buildErrors ?? [];
  if (errors.length > 0) {
    const lines = errors.slice(0, 10).map((e) => `- [${e.stage}]${e.line === undefined ? '' : ` line ${e.line}`}: ${clip(e.message, 300)}`);
    parts.push(`## Build errors\n${lines.join('\n')}`);
  }
  const stderr = parent.artifacts.stderr?.trim();
  if (stderr) parts.push(`## Output of the failing run\n${fenced(clip(stderr, 2000), 'text')}`);
  return parts.join('\n\n');
}

function single(outputs: unknown[]): unknown {
  return outputs.length === 1 ? outputs[0] : outputs;
}

function show(value: unknown): string {
  return clip(value === undefined ? 'undefined' : JSON.stringify(value), 200);
}

function score(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toFixed(3))) : String(value);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function fenced(code: string, lang = 'ts'): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code.trimEnd()}\n${fence}`;
}
