import { Command } from 'commander';
import { registerApproveCommand } from './commands/approve-command.js';
import { registerEvalCommand } from './commands/eval-command.js';
import { registerGoalStatusCommands } from './commands/goal-status-commands.js';
import { registerGoalsCommand } from './commands/goals-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerLineageCommand } from './commands/lineage-command.js';
import { registerRecallCommand } from './commands/recall-command.js';
import { registerRunCommands } from './commands/run-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerShowCommand } from './commands/show-command.js';
import { registerStatusCommand } from './commands/status-command.js';
import { registerStopCommand } from './commands/stop-command.js';
import { registerWorkerCommand } from './commands/worker-command.js';
import { blockInspectorSignal } from '../index.js';
import { exitQuietlyOnEpipe } from './exit-quietly-on-epipe.js';
import { exitWith } from './exit-with.js';
import { packageVersion } from './package-version.js';

/** Builds the `hephaestus` command line; every command is a thin layer over the library (src/index.ts). */
export function createProgram(): Command {
  const program = new Command('hephaestus')
    .description('Evolves TypeScript modules from directives, with lineage, a sandbox and kill switches.')
    .option('-C, --cwd <dir>', 'working directory (holds config/, nodes/, .hephaestus/ and emergency_stop.flag)', process.cwd())
    .version(packageVersion(), '-V, --version', 'print the version')
    // One line per usage error, pointing at the help, rather than the whole help after it (subcommands inherit this).
    .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'hephaestus: ').replace(/\n$/, " (see 'hephaestus --help')\n")) })
    .exitOverride();
  registerInitCommand(program);
  registerRunCommands(program);
  registerStatusCommand(program);
  registerEvalCommand(program);
  registerLineageCommand(program);
  registerShowCommand(program);
  registerStopCommand(program);
  registerServeCommand(program);
  registerGoalsCommand(program);
  registerGoalStatusCommands(program);
  registerApproveCommand(program);
  registerRecallCommand(program);
  registerWorkerCommand(program);
  return program;
}

/** Runs the CLI with argv and exits with the documented exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    exitWith(error);
  }
}

// Before anything runs: a candidate evaluated without bubblewrap shares our user id and could send SIGUSR1, which in
// Node 20 (no --disable-sigusr1) would open an inspector on 127.0.0.1:9229 and hand it the forge.
blockInspectorSignal();
exitQuietlyOnEpipe();
await main(process.argv);
