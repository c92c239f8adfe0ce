import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Directive } from '../directive.js';
import { loadDirective } from '../load-directive.js';

/** A tests directive written to a fresh directory with the given test files (name → TypeScript source), loaded as the CLI loads it. */
export function testsDirectiveFixture(signature: string, files: Record<string, string>, goal = 'Pass the tests.'): Directive {
  const dir = mkdtempSync(join(tmpdir(), 'gp-tests-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  const directive = { id: 'tests-fixture', goal, signature, evaluator: { kind: 'tests', files: Object.keys(files) } };
  writeFileSync(join(dir, 'directive.json'), JSON.stringify(directive));
  return loadDirective(join(dir, 'directive.json'));
}
