import type { GpNode, Individual } from '../../programs/program-tree.js';
import type { Rng } from '../../util/rng.js';

/** Scores programs, higher is better (one batch, so the evaluation can spread over workers). */
export type ScoreBatch = (programs: Individual[]) => Promise<number[]>;

/** A tuned program and its score. */
export interface Tuned {
  individual: Individual;
  score: number;
  /** Batches evaluated. */
  rounds: number;
}

/** Settings of the tuner; every field has a default. */
export interface TuneOptions {
  /** Variants per round (λ of the (1+λ) evolution strategy). */
  lambda?: number;
  /** Rounds at most. */
  rounds?: number;
  /** The tuner stops once the step (relative to each constant's size) shrinks below this. */
  minStep?: number;
}

/** The numeric constants of a program, in a fixed walk order (the same order in every copy of it). */
function numericConstants(individual: Individual): (GpNode & { kind: 'const' })[] {
  const found: (GpNode & { kind: 'const' })[] = [];
  const walk = (node: GpNode): void => {
    if (node.kind === 'const' && typeof node.value === 'number') found.push(node);
    if (node.kind === 'call') node.kids.forEach(walk);
  };
  [...individual.lets, ...individual.outs].forEach(walk);
  return found;
}

/** A standard normal draw (Box–Muller) from the seeded generator. */
function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** A copy of the program with its numeric constants set to the values (ints rounded). */
function withValues(individual: Individual, values: number[]): Individual {
  const copy = structuredClone(individual);
  numericConstants(copy).forEach((node, i) => {
    const v = node.type === 'int' ? Math.round(values[i]) : Number(values[i].toPrecision(6));
    node.value = v === 0 ? 0 : v;
  });
  return copy;
}

/**
 * Tunes a program's numeric constants with a (1+λ) evolution strategy: each round perturbs every constant by a
 * Gaussian step scaled to its size, keeps the best variant when it beats the incumbent, and widens the step on success
 * and narrows it on failure (the 1/5 rule's spirit). The program's structure never changes.
 */
export async function tuneConstants(individual: Individual, score: number, scoreBatch: ScoreBatch, rng: Rng, options: TuneOptions = {}): Promise<Tuned> {
  const lambda = options.lambda ?? 8;
  const maxRounds = options.rounds ?? 30;
  const minStep = options.minStep ?? 1e-3;
  let values = numericConstants(individual).map((node) => node.value as number);
  let best: Tuned = { individual, score, rounds: 0 };
  if (values.length === 0) return best;
  let step = 0.3;
  for (let round = 0; round < maxRounds && step >= minStep; round++) {
    const trials = Array.from({ length: lambda }, () =>
      values.map((v) => {
        // Only some constants move in each trial, so a single sensitive constant can still be adjusted alone.
        if (values.length > 1 && rng.chance(0.5)) return v;
        return v + gaussian(rng) * step * Math.max(Math.abs(v), 1);
      }),
    );
    const programs = trials.map((t) => withValues(individual, t));
    const scores = await scoreBatch(programs);
    best = { ...best, rounds: round + 1 };
    let winner = -1;
    scores.forEach((s, i) => {
      if (s > best.score && (winner < 0 || s > scores[winner])) winner = i;
    });
    if (winner >= 0) {
      values = trials[winner];
      best = { individual: programs[winner], score: scores[winner], rounds: round + 1 };
      step *= 1.5;
    } else step *= 0.5;
  }
  return best;
}
