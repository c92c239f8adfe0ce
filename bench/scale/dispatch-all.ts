import { randomUUID } from 'node:crypto';
import { JobDispatcher } from '../../src/scale/job-dispatcher.js';

/** Dispatches every payload on a queue (at most `inFlight` at once) and returns the wall milliseconds until all are back. */
export async function dispatchAll<P, R>(url: string, queue: string, payloads: P[], inFlight: number): Promise<{ wallMs: number; results: R[] }> {
  const dispatcher = new JobDispatcher<P, R>({ url, queue, runId: `bench-${randomUUID().slice(0, 8)}`, attempt: randomUUID().slice(0, 12), attempts: 1, timeoutMs: 600_000 });
  await dispatcher.claim();
  const results: R[] = [];
  const todo = payloads.map((payload, index) => ({ payload, index }));
  const started = performance.now();
  const lane = async (): Promise<void> => {
    for (let next = todo.shift(); next; next = todo.shift()) {
      const outcome = await dispatcher.dispatch(`j${next.index}`, next.payload);
      if (!outcome.ok) throw new Error(`bench job ${next.index} failed: ${outcome.reason}`);
      results[next.index] = outcome.value;
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, payloads.length) }, lane));
  const wallMs = performance.now() - started;
  await dispatcher.close();
  return { wallMs, results };
}
