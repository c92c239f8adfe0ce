import type { Command } from 'commander';
import { resolve } from 'node:path';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { loadConfig, writeFileAtomic } from '../../index.js';

/** Registers `stop`: raises the emergency stop flag that every running forge in this directory watches. */
export function registerStopCommand(program: Command): void {
  program
    .command('stop')
    .description('create the emergency stop flag: running forges in this directory stop at the next check')
    .option('--reason <text>', 'why (written into the flag file)', 'hephaestus stop')
    .action((flags: { reason: string }, command: Command) => {
      const workDir = workDirOf(command);
      const flag = resolve(workDir, loadConfig(workDir).safety.emergency_flag);
      writeFileAtomic(flag, `${new Date().toISOString()} ${flags.reason}\n`);
      printLines([`created ${flag}: running forges stop at their next check; delete it before the next run`]);
    });
}
