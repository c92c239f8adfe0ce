// The autonomous-run benchmark: `npm run bench:autonomous -- --data DIR --problems a,b [--seed S] [--max-goals G] [--cycles C] [--patience P] [--out FILE]`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { positive } from './positive-option.js';
import { startRun } from '../src/forge/run/start-run.js';
import { openRegistry } from '../src/registry/open-registry.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { summarizeAutonomy } from './autonomous/summarize-autonomy.js';
import { writePsbDirective } from './autonomous/write-psb-directive.js';

const program = new Command()
  .name('bench:autonomous')
  .description('One unattended `run --autonomous` (offline engine, no LLM) over PSB-layout problems with a fixed budget')
  .requiredOption('--data <dir>', 'directory holding one sub-directory per problem (npm run bench:psb1-data -- --out DIR)')
  .requiredOption('--problems <list>', 'comma-separated problem names')
  .option('--seed <n>', 'run seed', positive('--seed'), 1)
  .option('--max-goals <n>', 'autonomy.max_goals: directive attempts in the run', positive('--max-goals'), 10)
  .option('--cycles <n>', 'forge cycles per attempt', positive('--cycles'), 20)
  .option('--patience <n>', 'loop.stagnation_cycles', positive('--patience'), 8)
  .option('--population <n>', 'offline engine population', positive('--population'), 300)
  .option('--generations <n>', 'generations per cycle', positive('--generations'), 5)
  .option('--work <dir>', 'work directory to keep (default: a fresh temporary one)')
  .option('--out <file>', 'markdown report', resolve(import.meta.dirname, 'results', 'autonomous.md'))
  .parse();
const o = program.opts<{ data: string; problems: string; seed: number; maxGoals: number; cycles: number; patience: number; population: number; generations: number; work?: string; out: string }>();

const workDir = resolve(o.work ?? mkdtempSync(join(tmpdir(), 'heph-autonomous-')));
mkdirSync(join(workDir, 'config'), { recursive: true });
const config = { gp: { population: o.population, generations_per_cycle: o.generations }, loop: { stagnation_cycles: o.patience }, autonomy: { max_goals: o.maxGoals } };
writeFileSync(join(workDir, 'config', 'forge_config.json'), JSON.stringify(config, null, 2));
const names = o.problems.split(',').map((p) => p.trim()).filter(Boolean);
const files = names.map((name) => writePsbDirective(resolve(o.data), name, join(workDir, 'directives')));
const started = Date.now();
const outcome = await startRun({ workDir, directiveFiles: files, engine: 'gp', seed: o.seed, cycles: o.cycles, autonomous: true, log: (line) => console.error(line) });
const wallSeconds = (Date.now() - started) / 1000;
const registry = openRegistry(workDir);
const s = summarizeAutonomy(registry, outcome.runId, names);
registry.close();
const share = s.evaluations + s.noveltyRejected > 0 ? (100 * s.noveltyRejected) / (s.evaluations + s.noveltyRejected) : 0;
const text = [
  '# Autonomous run (offline engine, no LLM)',
  '',
  `\`npm run bench:autonomous -- ${process.argv.slice(2).join(' ')}\` — ${new Date().toISOString()}, work directory ${workDir}`,
  '',
  `Budget: at most ${o.maxGoals} directive attempts, ${o.cycles} cycles per attempt, patience ${o.patience} cycles; population ${o.population}, ${o.generations} generations per cycle; seed ${o.seed}; wall ${wallSeconds.toFixed(0)} s.`,
  '',
  '| measure | value |',
  '|---|---|',
  `| directives given | ${s.given} (${names.join(', ')}) |`,
  `| directives proposed | ${s.proposed} |`,
  `| final status of the goal tree | ${JSON.stringify(s.byStatus)} |`,
  `| attempts (directive loops) | ${s.attempts}: ${JSON.stringify(s.haltReasons)} |`,
  `| parents reopened after a sub-directive was solved | ${s.reopened} |`,
  `| escalation rungs climbed | ${JSON.stringify(s.escalations)} |`,
  `| entropy changes | ${s.entropyChanges} |`,
  `| misalignment flags | ${s.flags} |`,
  `| evaluations / novelty-rejected (share, evaluations saved) | ${s.evaluations} / ${s.noveltyRejected} (${share.toFixed(1)} %, ${s.noveltyRejected} saved) |`,
  `| longest stretch without improvement in one attempt (patience ${o.patience}) | ${s.longestStall} cycles |`,
  `| run stop | ${outcome.stop.reason}: ${outcome.stop.detail} |`,
  '',
].join('\n');
writeFileAtomic(o.out, text);
console.log(text);
