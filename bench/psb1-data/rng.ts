import { createRandom, type Random } from '../../src/util/random.js';

/** The project's seeded random source with the draws data recipes need, so data is the same for a seed everywhere. */
export class Rng {
  private readonly random: Random;

  constructor(seed: number) {
    this.random = createRandom(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.random.next();
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Uniform float in [lo, hi). */
  float(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new array of n values drawn by `draw`. */
  many<T>(n: number, draw: () => T): T[] {
    return Array.from({ length: n }, draw);
  }

  /** A string of n characters drawn from the alphabet. */
  chars(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** Fisher-Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
