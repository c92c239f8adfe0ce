/** The custodian's bookkeeping for one directive's loop (kept in the forge state; nodes hold no state). */
export interface CustodianState {
  /** Exploration level of adaptive entropy: 0 = exploit, higher = explore more. */
  entropyLevel: number;
  /** Whether each recent cycle improved the best score, newest last (the improvement-rate window). */
  improvements: boolean[];
  /** Escalation rungs climbed since the last improvement. */
  rung: number;
  /** Per lineage (root ancestor id): its best score and the cycle it last improved. */
  lineages: Record<string, { best: number; cycle: number; stalled: boolean }>;
  /** Root ancestor of each candidate seen, so lineages are walked once. */
  roots: Record<string, string>;
  /** Cycles left during which parents are drawn at random rather than by score (injected diversity). */
  diversityCycles: number;
  /** Candidate ids already checked for misalignment. */
  checked: string[];
}

/** A fresh custodian state for a directive's loop. */
export function createCustodianState(): CustodianState {
  return { entropyLevel: 0, improvements: [], rung: 0, lineages: {}, roots: {}, diversityCycles: 0, checked: [] };
}
