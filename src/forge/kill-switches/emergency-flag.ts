import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StopController } from './stop-controller.js';

/** Checks once for the emergency stop file and requests a stop when it exists. */
export function checkEmergencyFlag(workDir: string, flagFile: string, stop: StopController): boolean {
  const path = resolve(workDir, flagFile);
  if (!existsSync(path)) return false;
  stop.requestStop('emergency-flag', `${path} exists`);
  return true;
}

/** Polls for the emergency stop file every `pollSeconds`; returns a function that stops watching. */
export function watchEmergencyFlag(workDir: string, flagFile: string, pollSeconds: number, stop: StopController): () => void {
  const timer = setInterval(() => {
    if (checkEmergencyFlag(workDir, flagFile, stop)) clearInterval(timer);
  }, Math.max(50, pollSeconds * 1000));
  timer.unref();
  return () => clearInterval(timer);
}
