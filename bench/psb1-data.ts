// Writes PSB1 train/test data in the psb2 layout: `npm run bench:psb1-data -- --out DIR [--seed S] [--problems a,b]`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { PSB1_PROBLEMS } from './psb1-data/all-problems.js';
import { generateProblem } from './psb1-data/generate-problem.js';
import { typicalSizes } from './psb1-data/typical-sizes.js';

const program = new Command()
  .name('bench:psb1-data')
  .description('Generate PSB1 train/test JSON Lines from the edge cases and README of each problem')
  .requiredOption('--out <dir>', 'directory to write <problem>/{train,test}.jsonl into')
  .option('--source <dir>', 'PSB1 directory holding <problem>/{README.md,edge.jsonl}', resolve(import.meta.dirname, '../../shared/bench/psb1'))
  .option('--seed <n>', 'random seed', '1')
  .option('--problems <list>', 'comma-separated problem names (default: all with a reference implementation)')
  .parse();

const options = program.opts<{ out: string; source: string; seed: string; problems?: string }>();
const wanted = options.problems?.split(',').map((p) => p.trim()).filter(Boolean);
const known = new Set(PSB1_PROBLEMS.map((p) => p.name));
const unknown = (wanted ?? []).filter((name) => !known.has(name));
if (unknown.length > 0) program.error(`no reference implementation for: ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
const seed = Number(options.seed);
if (!Number.isInteger(seed)) program.error('--seed must be an integer');

for (const problem of PSB1_PROBLEMS.filter((p) => !wanted || wanted.includes(p.name))) {
  const source = join(options.source, problem.name);
  const readme = join(source, 'README.md');
  if (!existsSync(readme)) program.error(`${readme} does not exist; pass --source`);
  const edgeFile = join(source, 'edge.jsonl');
  const edge = existsSync(edgeFile) ? readFileSync(edgeFile, 'utf8') : '';
  const files = generateProblem(problem, edge, typicalSizes(readFileSync(readme, 'utf8'), readme), seed);
  const out = join(resolve(options.out), problem.name);
  writeFileAtomic(join(out, 'train.jsonl'), files.train);
  writeFileAtomic(join(out, 'test.jsonl'), files.test);
  if (files.types) writeFileAtomic(join(out, 'types'), files.types);
  console.log(`${problem.name}: ${files.train.split('\n').length - 1} train, ${files.test.split('\n').length - 1} test -> ${out}`);
}
