// Runs the malformed corpus through the CLI of any checkout (default: this one), both commands per case, and counts
// the refusals: exit 2, the message naming the file and field, nothing written. Each run is killed after 60 s, so
// inputs that hang an old checkout (FIFOs) count as not refused instead of hanging the count. Do not point an old
// checkout at the /dev/zero case without watching it: it reads until memory runs out (skip it with SKIP=dev-zero).
//   npx tsx bench/malformed.ts [checkout] [case-regex]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { malformedWorkspace, removeWorkspace } from '../tests/malformed/malformed-check.js';
import { MALFORMED_TABLE } from '../tests/malformed/malformed-table.js';
import { inParallel } from '../tests/support/in-parallel.js';

const bin = join(resolve(process.argv[2] ?? '.'), 'bin/hephaestus.mjs');
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
const skip = process.env.SKIP ? new RegExp(process.env.SKIP) : undefined;

function run(work: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('timeout', ['-s', 'KILL', '60', process.execPath, bin, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stderr }));
  });
}

const jobs = MALFORMED_TABLE.filter((item) => (!only || only.test(item.case)) && !skip?.test(item.case)).flatMap((item) =>
  (item.commands ?? ['run', 'eval']).map((command) => ({ item, command })),
);
const rows = await inParallel(jobs, 3, async ({ item, command }) => {
  const work = malformedWorkspace(item);
  try {
    const args = command === 'run' ? ['run', 'directive.json', '--engine', 'gp', '--cycles', '1'] : ['eval', 'directive.json', resolve(work, item.module ?? 'correct.ts')];
    const { status, stderr } = await run(work, args);
    const written = existsSync(join(work, '.hephaestus')) || existsSync(join(work, 'nodes'));
    const first = stderr.trim().split('\n')[0] ?? '';
    const refused = status === 2 && !written && first.startsWith(`hephaestus: ${resolve(work, item.file)}: ${item.field}: `);
    return { case: item.case, refused, line: `${refused ? 'refused' : 'NOT REFUSED'}\t${item.case}\t${command}\texit ${status}\twritten ${written}\t${first.replace(work, '<work>').slice(0, 160)}` };
  } finally {
    removeWorkspace(work);
  }
});
for (const row of rows) console.log(row.line);
const cases = new Set(rows.map((row) => row.case));
const refusedCases = [...cases].filter((name) => rows.every((row) => row.case !== name || row.refused));
console.log(`runs refused ${rows.filter((row) => row.refused).length}/${rows.length}; cases refused by every command ${refusedCases.length}/${cases.size}`);
