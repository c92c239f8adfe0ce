import { relative } from 'node:path';
import type { Directive } from '../../directive/directive.js';
import type { DirectiveRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import { retireNodeModule } from '../../registry/retire-node-module.js';
import type { VersionDecision } from './decide-directive-version.js';

/** What entering a directive's version needs: where, for which run, and what to tell the user. */
export interface VersionEntry {
  registry: Registry;
  workDir: string;
  runId: string;
  directive: Directive;
  decision: VersionDecision;
  status: DirectiveRecord['status'];
  log?: (line: string) => void;
}

/**
 * Registers a directive at the version decided for it. Starting a version over an older one retires the older one's
 * module from nodes/ (retireNodeModule), records a `directive-version` event and says so; its candidates stay in the
 * registry as history (lineage, dashboard), never as the new version's answer.
 */
export function enterDirectiveVersion(entry: VersionEntry): void {
  const { registry, directive, decision } = entry;
  if (decision.previous !== undefined) {
    const retired = retireNodeModule(entry.workDir, directive.id, decision.previous);
    const why = decision.starts === 'fresh' ? 'run --fresh' : 'its goal, signature, evaluator or files changed';
    const moved = retired ? `; version ${decision.previous}'s module moved from nodes/ to ${relative(entry.workDir, retired)}` : '';
    entry.log?.(`directive ${directive.id}: version ${decision.version} starts (${why})${moved}`);
    registry.recordEvent({
      runId: entry.runId,
      directiveId: directive.id,
      kind: 'directive-version',
      data: { version: decision.version, previous: decision.previous, fingerprint: decision.fingerprint, reason: decision.starts ?? 'changed', ...(retired ? { retired } : {}) },
    });
  }
  registry.upsertDirective({
    id: directive.id,
    file: directive.file,
    goal: directive.goal,
    signature: directive.signature,
    json: JSON.stringify(directive),
    parent: directive.parent,
    priority: directive.priority,
    status: entry.status,
    version: decision.version,
    fingerprint: decision.fingerprint,
  });
}
