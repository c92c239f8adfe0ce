/** One kind of candidate the load run mixes in, as a compiled ES module source (n makes each one distinct). */
export interface LoadKind {
  name: string;
  /** Share of the candidates of this kind (the shares add up to 1). */
  share: number;
  source(n: number): string;
}

// Mostly ordinary evolved code (right, wrong, throwing), with a steady trickle of hostile and runaway candidates so
// every way a sandboxed process can end is exercised many times over.
export const LOAD_KINDS: LoadKind[] = [
  { name: 'correct', share: 0.4, source: (n) => `export default (a, b) => Math.abs(a - b) + ${n} * 0;\n` },
  { name: 'wrong', share: 0.3, source: (n) => `export default (a, b) => a - b + ${n % 3};\n` },
  { name: 'throws', share: 0.1, source: (n) => `export default () => { throw new Error('bad ${n}'); };\n` },
  { name: 'async', share: 0.08, source: (n) => `export default async (a, b) => { await new Promise((r) => setTimeout(r, ${n % 5})); return Math.abs(a - b); };\n` },
  { name: 'exit-zero', share: 0.03, source: (n) => `process.exit(0);\nexport default () => ${n};\n` },
  { name: 'escape', share: 0.03, source: (n) => `import { readFileSync } from 'node:fs';\nexport default () => readFileSync('/etc/passwd', 'utf8').length + ${n};\n` },
  { name: 'flood', share: 0.02, source: (n) => `export default () => { console.log('x'.repeat(200000)); return ${n}; };\n` },
  { name: 'heap-bomb', share: 0.02, source: (n) => `const h = [];\nexport default () => { for (;;) h.push(new Array(100000).fill(${n})); };\n` },
  { name: 'spin', share: 0.02, source: (n) => `export default (a) => { for (;;) a += ${n}; };\n` },
];

/** The kind of the i-th of `total` candidates, spreading each kind evenly through the run. */
export function kindAt(index: number, total: number): LoadKind {
  const position = (index * 0.6180339887) % 1;
  let cumulative = 0;
  for (const kind of LOAD_KINDS) {
    cumulative += kind.share;
    if (position < cumulative) return kind;
  }
  return LOAD_KINDS[total % LOAD_KINDS.length];
}
