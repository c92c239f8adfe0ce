// Load check of the sandboxed test stage: N candidates (default 1000) of every kind, two at a time so both cores stay
// busy, with leak snapshots before and after; writes bench/results/load.md. Run: npx tsx bench/load.ts [--candidates N]
import { cpus, loadavg } from 'node:os';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { runLoad } from '../tests/load/run-load.js';

const flag = process.argv.indexOf('--candidates');
const CANDIDATES = flag > 0 ? Number(process.argv[flag + 1]) : 1000;
const WIDTH = 2;

const loadBefore = loadavg()[0];
const report = await runLoad(CANDIDATES, WIDTH);
// Processes alive before the run (tsx's esbuild service) are not the sandbox's: only new ones count as leaks.
const leakedPids = report.after.descendants.filter((pid) => !report.before.descendants.includes(pid));
const leaks = {
  processes: leakedPids.length,
  tempEntries: report.after.tempEntries.length,
  fds: report.after.fds - report.before.fds,
};
const clean = leaks.processes === 0 && leaks.tempEntries === 0 && leaks.fds <= 0;
const kinds = Object.entries(report.byKind)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([kind, tally]) => `| ${kind} | ${Object.entries(tally).map(([status, n]) => `${status} ${n}`).join(', ')} |`);
const text = [
  '# Load: the sandboxed test stage',
  '',
  `Command: \`npx tsx bench/load.ts --candidates ${CANDIDATES}\` on ${new Date().toISOString()}, ${cpus().length} cores,`,
  `load average ${loadBefore.toFixed(1)} at start (${loadavg()[0].toFixed(1)} at end), sandbox ${report.sandbox}, ${WIDTH} evaluations at a time.`,
  '',
  `${report.candidates} candidates in ${(report.wallMs / 1000).toFixed(1)} s (${(report.wallMs / report.candidates).toFixed(0)} ms wall each).`,
  `Statuses: ${Object.entries(report.byStatus).map(([status, n]) => `${status} ${n}`).join(', ')}.`,
  '',
  '| kind | outcomes |',
  '|---|---|',
  ...kinds,
  '',
  '## Leak check (after a 500 ms settle)',
  '',
  '| | before | after |',
  '|---|---|---|',
  `| open file descriptors of the evaluating process | ${report.before.fds} | ${report.after.fds} |`,
  `| live descendant processes (before: tsx's esbuild service) | ${report.before.descendants.length} | ${report.after.descendants.length} (${leakedPids.length} new) |`,
  `| entries in the sandboxes' private temp dir | ${report.before.tempEntries.length} | ${report.after.tempEntries.length} |`,
  '',
  clean ? 'No leaked process, temporary directory or file descriptor.' : `LEAKS: ${JSON.stringify({ ...leaks, pids: leakedPids, temps: report.after.tempEntries })}`,
  '',
].join('\n');
writeFileAtomic('bench/results/load.md', text);
process.stdout.write(text);
process.exitCode = clean ? 0 : 1;
