// Times the build stage over varied candidates after warm-up and writes bench/results/build.md (`npx tsx bench/build.ts`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCandidate, type BuildInput } from '../src/check/build-candidate.js';

const CANDIDATES = 200;
const WARM_UP = 10;

interface Shape {
  signature: string;
  body: (i: number) => string;
}

const shapes: Shape[] = [
  { signature: '(a: number, b: number) => number', body: (i) => `export default function f(a: number, b: number): number {\n  return a * ${i} + b;\n}\n` },
  {
    signature: '(xs: number[]) => number',
    body: (i) => `export default function f(xs: number[]): number {\n  let best = ${i};\n  for (const x of xs) {\n    if (x > best) best = x;\n  }\n  return best;\n}\n`,
  },
  {
    signature: '(s: string) => string',
    body: (i) => `const sep = '${i}';\nexport const parts = (s: string): string[] => s.split(sep);\nexport default (s: string): string => parts(s).map((p) => p.trim()).reverse().join(sep);\n`,
  },
  {
    signature: '(n: number) => boolean',
    body: (i) => `export default (n: number): boolean => {\n  const seen = new Map<number, number>();\n  seen.set(n, ${i});\n  return (seen.get(n) ?? 0) % 2 === 0 && n > 0;\n};\n`,
  },
  { signature: '(a: number, b: number) => number', body: (i) => `export default (a: string): string => a + '${i}';\n` },
  { signature: '(a: number) => number', body: (i) => `export default (a: number): number => {\n  const label: number = 'x${i}';\n  return a + label;\n};\n` },
  { signature: '(a: number) => number', body: (i) => `export default (a: number): number => a + ${i} + process.pid;\n` },
  {
    signature: '(s: string) => number',
    body: (i) => `import { createHash } from 'node:crypto';\nexport default (s: string): number => createHash('sha256').update(s + '${i}').digest()[0];\n`,
  },
];

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

const stagingRoot = mkdtempSync(join(tmpdir(), 'hephaestus-bench-build-'));
const timings: number[] = [];
const cpuTimings: number[] = [];
let built = 0;
let cold = 0;
try {
  for (let i = 0; i < CANDIDATES + WARM_UP; i++) {
    const shape = shapes[i % shapes.length];
    const directive: BuildInput['directive'] = {
      signature: shape.signature,
      constraints: { maxLines: 200, allowedImports: ['node:crypto'], timeoutMs: 5_000, memoryMb: 256 },
    };
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = buildCandidate({ code: shape.body(i), directive, stagingRoot });
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    if (i === 0) cold = elapsed;
    if (i < WARM_UP) continue;
    timings.push(elapsed);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
    if (result.ok) built += 1;
  }
} finally {
  rmSync(stagingRoot, { recursive: true, force: true });
}

const sorted = [...timings].sort((a, b) => a - b);
const cpuSorted = [...cpuTimings].sort((a, b) => a - b);
const ms = (value: number): string => value.toFixed(1);
const report = [
  '# Build stage benchmark',
  '',
  `Measured ${new Date().toISOString()} on Node ${process.version}, TypeScript ${(await import('typescript')).default.version}.`,
  `${CANDIDATES} candidates in ${shapes.length} shapes (${built} build; the rest fail at the signature, type-check or guard stage),`,
  `timed after ${WARM_UP} warm-up builds. Each build stages, parses, guards, type-checks and (when clean) transpiles.`,
  `Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${availableParallelism()} cores (CPU time is less sensitive to load).`,
  '',
  '| measure | wall ms | CPU ms |',
  '| --- | --- | --- |',
  `| first (cold) build | ${ms(cold)} | |`,
  `| median | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(cpuSorted, 0.5))} |`,
  `| p90 | ${ms(percentile(sorted, 0.9))} | ${ms(percentile(cpuSorted, 0.9))} |`,
  `| max | ${ms(sorted[sorted.length - 1])} | ${ms(cpuSorted[cpuSorted.length - 1])} |`,
  '',
];
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'build.md'), report.join('\n'));
console.log(report.join('\n'));
