import { createHash } from 'node:crypto';
import type { Directive, ExampleCase, ExampleSet } from '../directive/directive.js';
import type { CandidateRecord } from '../registry/records.js';
import { clusterFailures, failingTrainIndices } from './failure-clusters.js';
import type { GoalProposal } from './goal-proposal.js';

const MIN_CURRICULUM_CASES = 6;

/** A directive id derived from its parent's: within the id pattern and 80 characters; long suffixes keep a hash. */
export function childId(parent: string, suffix: string): string {
  let slug = suffix.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'sub';
  if (slug.length > 24) slug = `${slug.slice(0, 17).replace(/-$/, '')}-${createHash('sha256').update(suffix).digest('hex').slice(0, 6)}`;
  return `${parent.slice(0, 80 - slug.length - 1)}.${slug}`;
}

// Holds out every fourth case (at least one) as the sub-directive's test cases; tiny sets test on a train case too.
function split(cases: ExampleCase[]): { train: ExampleCase[]; test: ExampleCase[] } {
  const test = cases.filter((_, i) => i % 4 === 3);
  if (test.length === 0) return { train: cases, test: [cases[cases.length - 1]] };
  return { train: cases.filter((_, i) => i % 4 !== 3), test };
}

const size = (example: ExampleCase): number => JSON.stringify(example.inputs).length;

// A proposal's goal names the original goal once, however deep it is nested.
const baseGoal = (goal: string): string => goal.replace(/ \((sub-problem|curriculum): .*\)$/, '');

/**
 * Offline proposals for a directive that is not solved: one sub-directive per large failure cluster of its best
 * candidate (same signature, so its solution seeds the parent's population through the memory), and a curriculum
 * directive on the easier half of its cases (the smallest inputs, with at least one case the best candidate fails).
 */
export function proposeOffline(directive: Directive, examples: ExampleSet, best: CandidateRecord | undefined, minClusterCases: number): GoalProposal[] {
  const proposals: GoalProposal[] = [];
  const total = examples.train.length;
  if (best) {
    for (const cluster of clusterFailures(best, examples)) {
      if (cluster.indices.length < minClusterCases || cluster.indices.length === total) continue;
      const cases = cluster.indices.map((i) => examples.train[i]);
      const first = cases[0];
      proposals.push({
        id: childId(directive.id, `fc-${cluster.signature}`),
        parent: directive.id,
        kind: 'failure-cluster',
        goal: `${baseGoal(directive.goal)} (sub-problem: the cases failing with "${cluster.signature}")`,
        why:
          `${cluster.indices.length} of ${total} train cases the best candidate ${best.id} (score ${best.score.toFixed(4)}) fails share the error signature ` +
          `"${cluster.signature}" (e.g. ${JSON.stringify(first.inputs)} → ${JSON.stringify(first.outputs)}); a solution to them is fed back to ${directive.id} as a seed`,
        ...split(cases),
      });
    }
  }
  if (total >= MIN_CURRICULUM_CASES) {
    // The smallest inputs first; at least one case the best candidate fails, or its solution would already be known.
    const failing = best ? failingTrainIndices(best) : [];
    const order = examples.train.map((example, index) => ({ example, index })).sort((a, b) => size(a.example) - size(b.example) || a.index - b.index);
    const easy = order.slice(0, Math.ceil(total / 2));
    const firstFailing = order.find((o) => failing.includes(o.index));
    if (firstFailing && !easy.some((o) => failing.includes(o.index))) easy[easy.length - 1] = firstFailing;
    const train = easy.map((o) => o.example);
    const test = [...examples.test].sort((a, b) => size(a) - size(b)).slice(0, Math.max(1, Math.ceil(examples.test.length / 2)));
    proposals.push({
      id: childId(directive.id, 'easy'),
      parent: directive.id,
      kind: 'curriculum',
      goal: `${baseGoal(directive.goal)} (curriculum: the easier half of the cases)`,
      why: `curriculum: ${directive.id} is attempted first on the ${train.length} of its ${total} train cases with the smallest inputs${firstFailing ? ` (${easy.filter((o) => failing.includes(o.index)).length} of them failed by its best candidate ${best?.id})` : ''}; the solution seeds the full directive`,
      train,
      test,
    });
  }
  return proposals;
}
