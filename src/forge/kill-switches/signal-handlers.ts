import type { StopController } from './stop-controller.js';

/** On SIGINT/SIGTERM, requests a graceful stop; a second signal exits at once with 130. Returns an uninstaller. */
export function installSignalHandlers(stop: StopController, onHardExit: () => void = () => process.exit(130)): () => void {
  let count = 0;
  const handler = (signal: NodeJS.Signals): void => {
    count += 1;
    if (count > 1) return onHardExit();
    process.stderr.write(`\nhephaestus: ${signal} received, stopping after the current stage (again to force)\n`);
    stop.requestStop('signal', signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
