import { join } from 'node:path';
import type { Directive, ExampleCase } from '../directive/directive.js';
import type { DirectiveInput } from '../directive/directive-schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { GoalProposal } from './goal-proposal.js';

/** Where proposed directives are written: `.hephaestus/proposed/<id>/directive.json` beside their cases. */
export function proposedDir(workDir: string, id: string): string {
  return join(workDir, '.hephaestus', 'proposed', id);
}

function jsonl(cases: ExampleCase[]): string {
  const line = (c: ExampleCase): Record<string, unknown> => ({
    ...Object.fromEntries(c.inputs.map((value, i) => [`input${i + 1}`, value])),
    ...Object.fromEntries(c.outputs.map((value, i) => [`output${i + 1}`, value])),
  });
  return `${cases.map((c) => JSON.stringify(line(c))).join('\n')}\n`;
}

/**
 * Writes a proposal as an ordinary directive file (it inherits the parent's signature, constraints, scoring, budget and
 * approval rule, not its seed module, which lives outside the proposal's directory) with its cases, atomically; returns
 * the directive file's path. Cases go first, so a directive file never points at missing data.
 */
export function writeProposal(workDir: string, proposal: GoalProposal, parent: Directive, priority: number): string {
  const dir = proposedDir(workDir, proposal.id);
  writeFileAtomic(join(dir, 'train.jsonl'), jsonl(proposal.train));
  writeFileAtomic(join(dir, 'test.jsonl'), jsonl(proposal.test));
  const outputKinds = parent.evaluator.kind === 'examples' ? parent.evaluator.outputKinds : undefined;
  const input: DirectiveInput = {
    id: proposal.id,
    goal: proposal.goal,
    signature: parent.signature,
    evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl', ...(outputKinds ? { outputKinds } : {}) },
    constraints: parent.constraints,
    scoring: parent.scoring,
    budget: parent.budget,
    parent: proposal.parent,
    priority,
    requireApproval: parent.requireApproval,
  };
  const file = join(dir, 'directive.json');
  writeFileAtomic(file, `${JSON.stringify(input, null, 2)}\n`);
  return file;
}
