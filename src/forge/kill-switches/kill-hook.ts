import { spawnSync } from 'node:child_process';
import type { StopController } from './stop-controller.js';

/** Runs the configured kill hook command; a non-zero exit (or a timeout) requests a stop. */
export function runKillHook(command: string, workDir: string, timeoutMs: number, stop: StopController): boolean {
  const result = spawnSync('/bin/sh', ['-c', command], { cwd: workDir, timeout: timeoutMs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0 && !result.error) return false;
  const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().slice(0, 500);
  stop.requestStop('kill-hook', `kill hook "${command}" ${why}${output ? `: ${output}` : ''}`);
  return true;
}
