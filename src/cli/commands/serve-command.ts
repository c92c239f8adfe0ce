import type { Command } from 'commander';
import { openExistingRegistry } from '../open-existing-registry.js';
import { printLines } from '../print-lines.js';
import { integerFlag, workDirOf } from '../work-dir.js';
import { startDashboard } from '../../index.js';

/** Registers `serve`: the live web dashboard over this directory's registry. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve a live web dashboard of lineages, scores and stops (local only by default)')
    .option('--port <n>', 'port to listen on (0 = any free port)', integerFlag('--port'), 4780)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (flags: { port: number; host: string }, command: Command) => {
      const registry = openExistingRegistry(workDirOf(command));
      const dashboard = await startDashboard({ registry, host: flags.host, port: flags.port });
      printLines([`dashboard at ${dashboard.url} (Ctrl-C to stop)`]);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await dashboard.close();
      registry.close();
    });
}
