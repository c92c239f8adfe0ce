import type { Command } from 'commander';
import { integerFlag, workDirOf } from '../work-dir.js';
import { runWorker } from '../../index.js';

interface WorkerFlags {
  redis: string;
  concurrency?: number;
  lockMs?: number;
}

/** Registers `worker`: serve a scaled-out run's evaluation jobs until SIGINT or SIGTERM. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('evaluate candidates and run offline-engine island epochs for `run --redis` controllers: take jobs from Redis until stopped (SIGINT/SIGTERM)')
    .requiredOption('--redis <url>', 'the Redis the controllers dispatch to, e.g. redis://:password@host:6379')
    .option('--concurrency <n>', 'jobs in hand at once (default: the config sandbox.concurrency)', integerFlag('--concurrency'))
    .option('--lock-ms <n>', 'how long before a dead worker’s job goes to another worker (default 30000)', integerFlag('--lock-ms'))
    .action(async (flags: WorkerFlags, command: Command) => {
      if (flags.concurrency === 0) command.error('--concurrency must be at least 1');
      const log = (line: string): void => void process.stderr.write(`${line}\n`);
      const worker = runWorker({ redis: flags.redis, concurrency: flags.concurrency, workDir: workDirOf(command), lockMs: flags.lockMs, log });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          log('worker stopping: finishing the jobs in hand');
          void worker.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
