import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../mutation/__fixtures__/fixture-context.js';
import { loadFixtureDirective } from '../../mutation/__fixtures__/load-fixture-directive.js';
import { buildPrompt } from './build-prompt.js';
import { PROMPT_VARIANTS } from './prompt-variants.js';

const variant = (name: string) => PROMPT_VARIANTS.find((v) => v.name === name) ?? PROMPT_VARIANTS[0];
const context = fixtureContext(loadFixtureDirective('add-two'));
const parent = context.parents[0];

describe('buildPrompt', () => {
  it('states goal, signature and constraints, and shows the parent, its failures and the inspirations', () => {
    const withErrors = {
      ...parent,
      artifacts: { ...parent.artifacts, stderr: 'RangeError: boom', buildErrors: [{ stage: 'type-check' as const, message: 'TS2322: nope', line: 2 }] },
    };
    const { system, prompt } = buildPrompt({ ...context, variant: variant('minimal-fix'), parent: withErrors });
    expect(system).toContain('TypeScript');
    expect(prompt).toContain('# Goal\nAdd two numbers.');
    expect(prompt).toContain('`(a: number, b: number) => number`');
    expect(prompt).toContain('At most 40 lines.');
    expect(prompt).toContain('No imports.');
    expect(prompt).toContain('The default export must implement the signature exactly.');
    expect(prompt).toContain('No I/O');
    expect(prompt).toContain(`(score 0, status evaluated)\n\`\`\`ts\n${parent.code}\`\`\``);
    expect(prompt).toContain('- train case 0: inputs [-33,22], expected -11, got -55');
    expect(prompt).toContain('- [type-check] line 2: TS2322: nope');
    expect(prompt).toContain('RangeError: boom');
    expect(prompt).toContain(`## Candidate 1 (score ${Number(context.inspirations[0].score.toFixed(3))})\n\`\`\`ts\n${context.inspirations[0].code}`);
    expect(prompt).toContain('<<<<<<< SEARCH');
    expect(prompt).not.toContain(parent.id);
  });

  it('asks for a whole module for rewrites and leaves the parent out of a fresh start', () => {
    const rewrite = buildPrompt({ ...context, variant: variant('rewrite-clean'), parent }).prompt;
    expect(rewrite).toContain('single ```ts fenced code block');
    expect(rewrite).not.toContain('<<<<<<< SEARCH');
    expect(rewrite).toContain(parent.code.trimEnd());
    const fresh = buildPrompt({ ...context, variant: variant('from-goal'), parent }).prompt;
    expect(fresh).not.toContain('# Current module');
    expect(fresh).not.toContain('# Other candidates');
    expect(fresh).toContain('inputs [47,-42] -> 5');
  });

  it('lists allowed imports, error cases and an async signature', () => {
    const directive = {
      ...context.directive,
      constraints: { ...context.directive.constraints, allowedImports: ['node:crypto'] },
      parsedSignature: { ...context.directive.parsedSignature, async: true },
    };
    const crashed = { ...parent, artifacts: { failingCases: [{ split: 'test' as const, index: 3, input: [1, 2], error: 'TypeError: x is undefined' }] } };
    const { prompt } = buildPrompt({ directive, inspirations: [], variant: variant('explain-then-fix'), parent: crashed });
    expect(prompt).toContain('Imports only from: node:crypto.');
    expect(prompt).toContain('(it returns a Promise)');
    expect(prompt).toContain('- test case 3: inputs [1,2], error TypeError: x is undefined');
    expect(prompt).not.toContain('# Examples');
  });

  it('uses a longer fence when the code itself contains backtick fences', () => {
    const tricky = { ...parent, code: '/** ```ts\n * add(1, 2)\n * ``` */\nexport default (a: number, b: number) => a + b;\n' };
    const { prompt } = buildPrompt({ ...context, variant: variant('rewrite-clean'), parent: tricky });
    expect(prompt).toContain('````ts\n/** ```ts');
  });
});
