import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Directive } from './directive.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

// Keys sorted at every level, so that the same directive written in another key order has the same fingerprint.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The identity of the problem a directive poses: sha256 over its goal, signature, constraints, evaluator settings and
 * the content (not the path) of its data, test, evaluator and seed files. Budget, priority, scoring weights, name and
 * requireApproval change how a search runs or where its result goes, not what solves it, so they are left out.
 */
export function directiveFingerprint(directive: Directive): string {
  const content = (file: string): string => sha256(readFileSync(file));
  const { evaluator } = directive;
  const files =
    evaluator.kind === 'examples'
      ? { train: content(evaluator.train), test: content(evaluator.test) }
      : evaluator.kind === 'tests'
        ? { files: evaluator.files.map(content) }
        : { module: content(evaluator.module) };
  return sha256(
    canonicalJson({
      goal: directive.goal,
      signature: directive.signature,
      constraints: directive.constraints,
      evaluator: { ...evaluator, ...files },
      seed: directive.seed === undefined ? undefined : content(directive.seed),
    }),
  );
}
