import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { processesMentioning, stageCandidate, stageFiles } from './sandbox-fixtures.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CREATE_SANDBOX = fileURLToPath(new URL('./create-sandbox.ts', import.meta.url));

function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** A candidate must not outlive the process that evaluates it, even when that process is killed outright. */
export function registerOrphanContract(bwrap: 'required' | 'off'): void {
  it('kills the candidate when the evaluating process itself is killed', async () => {
    const modulePath = stageCandidate('export default function spin() { for (;;) {} }\n');
    const driver = `${stageFiles({
      'driver.mts': `import { createSandbox } from ${JSON.stringify(CREATE_SANDBOX)};
        const cases = { train: Array.from({ length: 50 }, () => ({ inputs: [], outputs: [1] })), test: [] };
        await createSandbox({ bwrap: ${JSON.stringify(bwrap)}, allowUntrustedWithoutBwrap: true }).evaluate({ modulePath: ${JSON.stringify(modulePath)},
          evaluator: { kind: 'examples', cases }, limits: { timeoutMs: 60_000, memoryMb: 64, maxOutputBytes: 4096 } });\n`,
    })}/driver.mts`;
    const parent = spawn(process.execPath, ['--import', 'tsx', driver], { cwd: REPO_ROOT, stdio: 'ignore' });
    let workspace: string | undefined;
    try {
      // Start-up alone takes well under 0.3 s of CPU; past that the candidate's loop is surely spinning.
      let spinning: number | undefined;
      for (let waited = 0; spinning === undefined && waited < 30_000; waited += 100) {
        await sleep(100);
        spinning = processesMentioning(modulePath).find((pid) => cpuSeconds(pid) > 0.3);
      }
      expect(spinning).toBeDefined();
      // The killed evaluator cannot remove its workspace; the test does, after reading it from the command line.
      workspace = /--allow-fs-write=(\S+)\/scratch/.exec(readFileSync(`/proc/${spinning}/cmdline`, 'utf8').replaceAll('\0', ' '))?.[1];
      parent.kill('SIGKILL');
      for (let waited = 0; processesMentioning(modulePath).length > 0 && waited < 5_000; waited += 100) await sleep(100);
      expect(processesMentioning(modulePath)).toEqual([]);
    } finally {
      parent.kill('SIGKILL');
      if (workspace?.includes('hephaestus-sandbox-')) rmSync(workspace, { recursive: true, force: true });
    }
  });
}
