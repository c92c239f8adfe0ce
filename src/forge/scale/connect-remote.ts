import type { Registry } from '../../registry/registry.js';
import { RemoteEvaluation } from './remote-evaluation.js';

/**
 * Opens this controller session's evaluation queue and makes it the run's current session (the workers then drop jobs
 * a killed earlier session left behind). Logged and recorded with the Redis credentials redacted.
 */
export async function connectRemote(url: string, registry: Registry, runId: string, log: (line: string) => void): Promise<RemoteEvaluation> {
  const remote = new RemoteEvaluation(url, runId, log);
  await remote.claim();
  log(`scaled out: candidates are evaluated (and the offline engine's island epochs run) by workers on ${remote.where} (controller session ${remote.attempt})`);
  registry.recordEvent({ runId, kind: 'scale-out', data: { redis: remote.where, attempt: remote.attempt } });
  return remote;
}
