import type { Directive } from '../../directive/directive.js';
import { directiveFingerprint } from '../../directive/directive-fingerprint.js';
import type { DirectiveRecord } from '../../registry/records.js';

/** Which version of a directive a run or an eval works on, and why a new one starts. */
export interface VersionDecision {
  version: number;
  fingerprint: string;
  /** Set when this starts a version: 'new' (first time seen), 'changed' (fingerprint differs) or 'fresh' (`run --fresh`). */
  starts?: 'new' | 'changed' | 'fresh';
  /** The version this one replaces, when it replaces one. */
  previous?: number;
}

// A directive registered before versions existed has no fingerprint: its settings are compared instead (the content of
// its files was never recorded, so an unchanged directive is assumed unchanged rather than made to search again).
function sameSettings(stored: DirectiveRecord, directive: Directive): boolean {
  const before = JSON.parse(stored.json) as Partial<Directive>;
  const pick = (d: Partial<Directive>): string => JSON.stringify([d.goal, d.signature, d.evaluator, d.seed, d.constraints]);
  return pick(before) === pick(directive);
}

/** Compares a loaded directive with what the registry holds under its id: same problem, same version; otherwise the next. */
export function decideDirectiveVersion(stored: DirectiveRecord | undefined, directive: Directive, fresh = false): VersionDecision {
  const fingerprint = directiveFingerprint(directive);
  if (!stored) return { version: 1, fingerprint, starts: 'new' };
  const current = stored.version ?? 1;
  const unchanged = stored.fingerprint === undefined ? sameSettings(stored, directive) : stored.fingerprint === fingerprint;
  if (fresh) return { version: current + 1, fingerprint, starts: 'fresh', previous: current };
  if (!unchanged) return { version: current + 1, fingerprint, starts: 'changed', previous: current };
  return { version: current, fingerprint };
}
