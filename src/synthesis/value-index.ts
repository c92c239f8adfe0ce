import type { Found } from './enumerate-programs.js';

/**
 * Expressions of a bank by their values on a few cases, to find those with values a deduction needs by lookup rather
 * than by trying each (the meet in the middle of pair-seed.ts and affine-loop-seed.ts). Integers are keyed exactly on
 * every key case; floats rounded to `grid` on each, and looked up in the neighbouring cells too, so a value recomputed
 * with float noise across a cell's edge is not missed. A key holds at most `perKey` expressions, the first found.
 */
export class ValueIndex {
  private readonly byKey = new Map<string, number[]>();

  constructor(
    found: Found[],
    private readonly keyCases: number[],
    private readonly float: boolean,
    private readonly grid: number,
    perKey: number,
  ) {
    found.forEach((f, index) => {
      const key = this.keyOf(f.values as number[]);
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [index]);
      else if (list.length < perKey) list.push(index);
    });
  }

  private cell(v: number): number {
    return this.float ? Math.round(v / this.grid) : v;
  }

  private keyOf(values: number[]): string {
    return this.keyCases.map((c) => this.cell(values[c])).join(',');
  }

  /** Indices (into the bank's list) of the expressions whose values on the key cases may be `wanted`'s. */
  lookup(wanted: number[]): number[] {
    if (!this.float) return this.byKey.get(this.keyOf(wanted)) ?? [];
    let keys = [''];
    for (const [n, c] of this.keyCases.entries()) {
      const at = this.cell(wanted[c]);
      keys = keys.flatMap((k) => [at - 1, at, at + 1].map((v) => (n === 0 ? `${v}` : `${k},${v}`)));
    }
    return keys.flatMap((key) => this.byKey.get(key) ?? []);
  }
}
