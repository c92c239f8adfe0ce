// Entry point of the sandboxed process (plain ES module, no TypeScript at runtime): node candidate-runner.mjs MODULE,
// with the job as JSON on stdin.
// This process is the judge: it loads the directive's tests or script evaluator here, and the candidate into its own
// V8 isolate (load-candidate.mjs), so no candidate code ever runs in this heap. Results go to the parent as frames.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadCandidate } from './load-candidate.mjs';
import { loadHarness } from './load-harness.mjs';
import { sendMessage } from './result-channel.mjs';
import { runHarness } from './run-harness.mjs';
import { within } from './within.mjs';

const modulePath = process.argv[2];
const job = JSON.parse(readFileSync(0, 'utf8'));

// Each limit is reported once; the parent turns it into a resource note.
const limitsHit = new Set();
function onLimit(limit) {
  if (limitsHit.has(limit)) return;
  limitsHit.add(limit);
  sendMessage({ kind: 'limit', limit });
}

// The isolate library loads before anything else, and 'ready' says so: a process that ends before it could not run at
// all (a missing or half-installed isolated-vm, a broken sandbox), which the parent reports instead of scoring.
const ivm = createRequire(import.meta.url)(job.isolatedVm);
sendMessage({ kind: 'ready' });

const harness = await loadHarness(job);
if (harness.tests) sendMessage({ kind: 'plan', tests: harness.tests.map((test) => test.name) });
const loaded = await loadCandidate(ivm, modulePath, job, within, onLimit);
let candidate = loaded;
if (loaded.loadError) {
  sendMessage({ kind: 'load-error', error: loaded.loadError });
  const fail = () => {
    throw new Error(loaded.loadError);
  };
  candidate = { fn: fail, mod: Object.freeze({}) };
}
await runHarness(job, harness, candidate, sendMessage);
sendMessage({ kind: 'done' });
// The candidate's isolate may hold timers or pending work of the judge's; the parent ends the process group anyway.
process.exit(0);
