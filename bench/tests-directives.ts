// The tests-directives benchmark: `npx tsx bench/tests-directives.ts [--seeds 1,2] [--budget 3000000] [--shapes a,b] [--out FILE]`.
// Runs the offline engine on each tests directive of bench/tests-directives/ (test files only, no examples) and checks
// each solution on 200 random inputs the tests never used against the shape's reference.ts.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Command } from 'commander';
import { ts } from '../src/compiler/typescript.js';
import { loadDirective } from '../src/directive/load-directive.js';
import { gpProblemFromTests } from '../src/engines/gp/gp-problem-from-tests.js';
import { Rng } from '../src/util/rng.js';
import { runGp } from '../src/engines/gp/run-gp.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';

const SHAPES = resolve(import.meta.dirname, 'tests-directives');
const opts = new Command()
  .option('--seeds <list>', 'comma-separated seeds', '1,2')
  .option('--budget <n>', 'program executions per run', '3000000')
  .option('--population <n>', 'population', '1000')
  .option('--shapes <list>', 'comma-separated shapes (directories of bench/tests-directives)')
  .option('--out <file>', 'markdown report', resolve(import.meta.dirname, 'results', 'tests-directives.md'))
  .parse()
  .opts<{ seeds: string; budget: string; population: string; shapes?: string; out: string }>();
const shapes = opts.shapes?.split(',') ?? readdirSync(SHAPES).sort();

/** Share of random inputs on which the evolved module agrees with the reference. */
async function generalisation(code: string, shape: string): Promise<number> {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const evolved = ((await import(`data:text/javascript,${encodeURIComponent(js)}`)) as { default: (...a: unknown[]) => unknown }).default;
  const { reference, randomInput } = (await import(join(SHAPES, shape, 'reference.ts'))) as { reference: (...a: never[]) => unknown; randomInput: (r: () => number) => unknown[] };
  const rng = new Rng(7);
  let agree = 0;
  for (let i = 0; i < 200; i++) {
    const args = randomInput(() => rng.next());
    let out: unknown;
    try {
      out = evolved(...structuredClone(args));
    } catch {
      out = undefined;
    }
    if (isDeepStrictEqual(out, (reference as (...a: unknown[]) => unknown)(...args))) agree++;
  }
  return agree / 200;
}

const rows = ['| shape | literal cases | named tests (test and assertion cases) | seed | solved | generations | executions | wall s | agrees on 200 unseen inputs |', '|---|---|---|---|---|---|---|---|---|'];
for (const shape of shapes) {
  const problem = await gpProblemFromTests(loadDirective(join(SHAPES, shape, 'directive.json')));
  for (const seed of opts.seeds.split(',').map(Number)) {
    const r = await runGp(problem, { seed, maxExecutions: Number(opts.budget), population: Number(opts.population), workers: 2, islands: 1 });
    const agree = r.solved ? `${(100 * (await generalisation(r.code, shape))).toFixed(0)} %` : '–';
    const row = `| ${shape} | ${problem.train.length} | ${problem.tests?.names.length} (${problem.tests?.cases.length}) | ${seed} | ${r.solved ? 'yes' : 'no'} | ${r.generations} | ${r.executions} | ${(r.wallMs / 1000).toFixed(1)} | ${agree} |`;
    console.log(row);
    rows.push(row);
  }
}
const header = `# Tests directives, offline engine\n\n\`npx tsx bench/tests-directives.ts --seeds ${opts.seeds} --budget ${opts.budget} --population ${opts.population}\` (${new Date().toISOString().slice(0, 16)}Z, 2 workers, shared machine).\n\n`;
writeFileAtomic(opts.out, `${header}${rows.join('\n')}\n`);
