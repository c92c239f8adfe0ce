import type { DirectiveOutcome } from '../index.js';

/** `run`'s report on one directive: its verdict and version, then where its result is and the command that gets at it. */
export function directiveOutcomeLines(d: DirectiveOutcome, cli: string): string[] {
  const best = d.bestCandidateId ? `best ${d.bestCandidateId} score ${d.bestScore?.toFixed(4)}` : 'no candidate';
  const version = d.version === undefined ? '' : ` on version ${d.version}`;
  const lines = [`${d.id}: ${d.solved ? 'SOLVED' : 'not solved'} after ${d.cycles} cycle(s)${version}, ${best} (${d.halted.reason}: ${d.halted.detail})`];
  if (d.awaitingApproval) {
    lines.push(`  awaiting approval (requireApproval): nothing is written to nodes/ until you run: ${cli} approve ${d.awaitingApproval}`);
  } else if (!d.solved && d.bestCandidateId) {
    lines.push(`  nodes/ holds solutions only: the best so far stays in the registry (${cli} show ${d.bestCandidateId})`);
  }
  return lines;
}
