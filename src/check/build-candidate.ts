import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { Directive } from '../directive/directive.js';
import type { BuildError, BuildResult } from './build-result.js';
import { countLines } from './count-lines.js';
import { cyclomaticComplexity } from './cyclomatic-complexity.js';
import { findDefaultExport } from './find-default-export.js';
import { candidateLineLimit } from './line-limit.js';
import { lintFindings } from './lint-findings.js';
import { staticGuard } from './static-guard.js';
import { transpileCandidate } from './transpile-candidate.js';
import { typeCheckCandidate } from './type-check-candidate.js';

/** What the build stage needs: the code, the parts of the directive that constrain it, and where to stage it. */
export interface BuildInput {
  code: string;
  directive: Pick<Directive, 'signature' | 'constraints'>;
  /** A fresh directory is made under this one for every build; the caller removes it when done. */
  stagingRoot: string;
  /** Lines at the top of `code` taken by a nodes/ header, when re-checking an emitted module; the limit grows by this. */
  headerLines?: number;
}

/**
 * The build stage (synchronous): stages the candidate as candidate.ts, enforces the line limit, parses, guards,
 * type-checks its default export against the directive's signature and, when all pass, writes candidate.mjs.
 * Also the check used for modules generated elsewhere (offline engine tests, the `eval` command).
 */
export function buildCandidate(input: BuildInput): BuildResult {
  const { code, directive } = input;
  mkdirSync(resolve(input.stagingRoot), { recursive: true });
  // The real path keeps the compiler's module resolution and our in-memory files agreeing on every name.
  const root = realpathSync(resolve(input.stagingRoot));
  const stagingDir = mkdtempSync(join(root, 'candidate-'));
  const candidatePath = join(stagingDir, 'candidate.ts');
  writeFileSync(candidatePath, code);

  const errors: BuildError[] = [];
  const lines = countLines(code);
  const limit = candidateLineLimit(directive.constraints.maxLines, input.headerLines ?? 0);
  if (lines > limit) errors.push({ stage: 'line-limit', message: `the module has ${lines} lines; at most ${limit} are allowed`, line: limit + 1 });

  const transpiled = transpileCandidate(code);
  errors.push(...transpiled.parseErrors);
  const source = ts.createSourceFile(candidatePath, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const defaultExport = findDefaultExport(source);
  if (!defaultExport) {
    errors.push({ stage: 'signature', message: `the module has no default export; it must \`export default\` a function of type ${directive.signature}` });
  }

  let typeErrors = 0;
  let unusedFindings = 0;
  let checker: TS.TypeChecker | undefined;
  if (transpiled.parseErrors.length === 0) {
    const defaultLine = defaultExport && source.getLineAndCharacterOfPosition(defaultExport.getStart(source)).line + 1;
    const checked = typeCheckCandidate(source, defaultExport ? directive.signature : undefined, defaultLine);
    typeErrors = checked.typeErrors;
    unusedFindings = checked.unusedFindings;
    checker = checked.checker;
    errors.push(...staticGuard(source, directive.constraints.allowedImports, checker), ...checked.errors);
  } else {
    // Without a parse there are no types: the guard still runs on the syntax it has.
    errors.push(...staticGuard(source, directive.constraints.allowedImports));
  }

  const structural = { lines, cyclomatic: cyclomaticComplexity(source), typeErrors, lintFindings: lintFindings(source) + unusedFindings };
  if (errors.length > 0) return { ok: false, errors, structural, stagingDir };
  const modulePath = join(stagingDir, 'candidate.mjs');
  writeFileSync(modulePath, transpiled.javascript);
  return { ok: true, errors, structural, modulePath, stagingDir };
}
