import type { PromptVariant } from './prompt-variants.js';

/** Track record of each prompt variant: trials and successes (improved over the parent), by variant name. */
export type VariantStats = Record<string, { trials: number; successes: number }>;

/**
 * Chooses prompt variants by Thompson sampling over Beta(successes + 1, failures + 1): variants that improve
 * candidates are used more, the others still get tried now and then. Deterministic for a given random source.
 */
export class VariantSelector {
  private readonly stats: VariantStats = {};

  constructor(restored: VariantStats = {}) {
    for (const [name, record] of Object.entries(restored)) {
      const trials = Math.max(0, Math.floor(record.trials));
      this.stats[name] = { trials, successes: Math.min(trials, Math.max(0, Math.floor(record.successes))) };
    }
  }

  /** Orders the eligible variants by one posterior draw each, best first (ties keep the given order). */
  rank(eligible: readonly PromptVariant[], random: () => number): PromptVariant[] {
    const draws = eligible.map((variant, order) => {
      const { trials, successes } = this.stats[variant.name] ?? { trials: 0, successes: 0 };
      return { variant, order, draw: sampleBeta(successes + 1, trials - successes + 1, random) };
    });
    draws.sort((a, b) => b.draw - a.draw || a.order - b.order);
    return draws.map((d) => d.variant);
  }

  /** Counts one outcome of a variant. */
  record(name: string, success: boolean): void {
    const record = (this.stats[name] ??= { trials: 0, successes: 0 });
    record.trials += 1;
    if (success) record.successes += 1;
  }

  /** A copy of the track record, to store in an event and restore on resume. */
  snapshot(): VariantStats {
    return Object.fromEntries(Object.entries(this.stats).map(([name, record]) => [name, { ...record }]));
  }
}

/** Beta(a, b) for integer a, b >= 1, from two Gamma draws built as sums of exponentials. */
function sampleBeta(a: number, b: number, random: () => number): number {
  const x = sampleGamma(a, random);
  const y = sampleGamma(b, random);
  return x / (x + y);
}

function sampleGamma(shape: number, random: () => number): number {
  let sum = 0;
  for (let i = 0; i < shape; i++) sum -= Math.log(1 - random());
  return sum;
}
