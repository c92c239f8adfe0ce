/**
 * What travels on the queue with every job: the run and the controller session (attempt) it belongs to, how long a
 * worker may take, and the payload. Never a secret: no API key, no Redis URL, no config beyond what the job needs.
 */
export interface JobEnvelope<Payload> {
  runId: string;
  /** The controller session that queued the job; a job of an older session of the run is dropped (see attemptKey). */
  attempt: string;
  /** A worker that takes longer gives the job up, to be retried (on any worker). */
  timeoutMs: number;
  payload: Payload;
}

/** The Redis key holding the current controller session of a run: workers drop jobs of any other session. */
export function attemptKey(runId: string): string {
  return `hephaestus:attempt:${runId}`;
}
