import type { ForgeConfig } from '../config/config-schema.js';

/** The highest exploration level adaptive entropy climbs to. */
export const MAX_ENTROPY_LEVEL = 4;

/** The exploration settings one entropy level stands for, derived from the configured (level 0) values. */
export interface EntropySettings {
  level: number;
  /** LLM sampling temperatures. */
  temperatures: number[];
  /** Offline engine population (a larger population mutates and recombines more per generation). */
  gpPopulation: number;
  /** Exploration ratio: share of parents drawn by lineage credit instead of by score. */
  ancestryWeight: number;
  inspirations: number;
  /** Proposal novelty: similarity at or above which a proposal is rejected as a near-duplicate. */
  noveltyThreshold: number;
}

/** The settings of an entropy level: each level warms the LLM, widens the population and asks for more novelty. */
export function entropySettings(base: ForgeConfig, level: number): EntropySettings {
  const l = Math.max(0, Math.min(MAX_ENTROPY_LEVEL, level));
  return {
    level: l,
    temperatures: (base.llm?.temperatures ?? [0.2, 0.7, 1.0]).map((t) => Math.min(2, Number((t * (1 + 0.25 * l)).toFixed(3)))),
    gpPopulation: Math.round(base.gp.population * (1 + 0.5 * l)),
    ancestryWeight: Math.min(0.9, Number((base.loop.ancestry_weight + 0.1 * l).toFixed(3))),
    inspirations: Math.min(16, base.loop.inspirations + l),
    noveltyThreshold: Math.max(0.97, Number((base.memory.novelty_threshold - 0.005 * l).toFixed(4))),
  };
}

/** The configuration with an entropy level's settings laid over it (the file on disk is never changed). */
export function withEntropy(config: ForgeConfig, level: number): ForgeConfig {
  if (level === 0) return config;
  const s = entropySettings(config, level);
  return {
    ...config,
    llm: config.llm ? { ...config.llm, temperatures: s.temperatures } : null,
    gp: { ...config.gp, population: s.gpPopulation },
    loop: { ...config.loop, ancestry_weight: s.ancestryWeight, inspirations: s.inspirations },
    memory: { ...config.memory, novelty_threshold: s.noveltyThreshold },
  };
}
