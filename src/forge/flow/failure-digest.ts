/** Distinct causes printed in full; later new ones are only counted, so a reply-dependent cause cannot flood the console. */
const MAX_CAUSES = 10;
const OTHER = 'other causes';

/**
 * A tally of failure causes for the console: the first occurrence of each distinct cause is shown at once, repeats
 * are counted and summarised by `flush` (when the run degrades, and when a directive ends).
 */
export class FailureDigest {
  private readonly unreported = new Map<string, number>();

  /** Counts one failure; returns the line to show now when its cause is new, else nothing. */
  note(message: string): string | undefined {
    // The attempt count varies with the run, not with the cause.
    const cause = message.replace(/ \(after \d+ attempts\)$/, '');
    if (this.unreported.has(cause)) {
      this.unreported.set(cause, (this.unreported.get(cause) ?? 0) + 1);
      return undefined;
    }
    if (this.unreported.size >= MAX_CAUSES) {
      this.unreported.set(OTHER, (this.unreported.get(OTHER) ?? 0) + 1);
      return undefined;
    }
    this.unreported.set(cause, 0);
    return message;
  }

  /** Lines for the repeats counted since the last flush, e.g. `… repeated 5 more times: <cause>`; resets the counts. */
  flush(): string[] {
    const lines: string[] = [];
    for (const [cause, repeats] of this.unreported) {
      if (repeats > 0) lines.push(cause === OTHER ? `${repeats} more failure(s) of other causes` : `repeated ${repeats} more time(s): ${cause}`);
      this.unreported.set(cause, 0);
    }
    return lines;
  }
}
