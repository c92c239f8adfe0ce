import type { StopRecord } from '../../registry/records.js';

/** A stop request: why and what triggered it. */
export interface StopRequest {
  reason: StopRecord['reason'];
  detail: string;
}

/** Collects stop requests from every kill switch; the first request wins, and an AbortSignal follows it. */
export class StopController {
  private request: StopRequest | undefined;
  private readonly abort = new AbortController();

  /** Asks the run to stop; later requests do not overwrite the first. */
  requestStop(reason: StopRequest['reason'], detail: string): void {
    if (this.request) return;
    this.request = { reason, detail };
    this.abort.abort(new Error(`stop requested: ${reason}: ${detail}`));
  }

  /** The pending stop, if any. */
  get requested(): StopRequest | undefined {
    return this.request;
  }

  /** Aborted as soon as a stop is requested; engines and sandboxes listen to it. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }
}
