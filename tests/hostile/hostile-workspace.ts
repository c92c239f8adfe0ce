import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The folder holding one hostile program per file. */
export const PROGRAMS_DIR = resolve('tests/hostile/programs');
/** The directive every hostile program is evaluated against (abs-diff, with the dangerous built-ins importable). */
export const FIXTURE_DIR = resolve('tests/hostile/fixture');
/** Programs that need a live listener write Number('HOSTILE_LISTENER_PORT'); the suite substitutes the real port. */
const PORT_PLACEHOLDER = /HOSTILE_LISTENER_PORT/g;
/** Programs that aim at the repository's own files write HOSTILE_REPO_ROOT in a path; the suite substitutes it. */
const ROOT_PLACEHOLDER = /HOSTILE_REPO_ROOT/g;

/** Programs that load a native addon write HOSTILE_ADDON_PATH; the suite substitutes a copy of a real addon. */
const ADDON_PLACEHOLDER = /HOSTILE_ADDON_PATH/g;

const created: string[] = [];

/**
 * A real native addon outside /tmp: without bubblewrap the candidate sees it and the permission model must refuse it;
 * under bubblewrap it is not even shown (only the system directories are), and the attempt is noted as such.
 */
function addonCopy(): string {
  const dir = mkdtempSync(join('/var/tmp', 'heph-hostile-addon-'));
  created.push(dir);
  const path = join(dir, 'addon.node');
  cpSync(resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path);
  return path;
}

/** Where a hostile program and its directive come from: the examples fixture by default. */
export interface HostileSource {
  fixtureDir: string;
  programsDir: string;
  /** The directive file inside fixtureDir. */
  directive: string;
}

const EXAMPLES_SOURCE: HostileSource = { fixtureDir: FIXTURE_DIR, programsDir: PROGRAMS_DIR, directive: 'directive.json' };

/** A fresh working directory holding the hostile directive and the program (as `candidate.ts`), port filled in. */
export function hostileWorkspace(program: string, port: number, asSeed = false, from = EXAMPLES_SOURCE): { workDir: string; directive: string; module: string } {
  const workDir = mkdtempSync(join(tmpdir(), 'heph-hostile-'));
  created.push(workDir);
  cpSync(from.fixtureDir, workDir, { recursive: true });
  const module = join(workDir, 'candidate.ts');
  let source = readFileSync(join(from.programsDir, program), 'utf8').replace(PORT_PLACEHOLDER, String(port)).replace(ROOT_PLACEHOLDER, resolve('.'));
  if (source.includes('HOSTILE_ADDON_PATH')) source = source.replace(ADDON_PLACEHOLDER, addonCopy());
  writeFileSync(module, source);
  const directive = join(workDir, from.directive);
  if (asSeed) {
    const json = JSON.parse(readFileSync(directive, 'utf8')) as Record<string, unknown>;
    writeFileSync(directive, JSON.stringify({ ...json, seed: 'candidate.ts' }, null, 2));
  }
  return { workDir, directive, module };
}

/** Removes every working directory hostileWorkspace() made. */
export function removeHostileWorkspaces(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
