import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { NODE_HEADER_LINES } from '../../src/check/line-limit.js';
import { NODE_HEADER_PREFIX } from '../../src/registry/nodes-writer.js';
import { openRegistry, registryPath } from '../../src/registry/open-registry.js';
import type { Registry } from '../../src/registry/registry.js';

/** What a look at a killed forge's working directory found. */
export interface WorkspaceCheck {
  /** Every broken invariant, in words; empty when the directory is sound. */
  problems: string[];
  candidates: number;
  nodeFiles: number;
  /** nodes/ directories whose module and meta.json name different candidates (both complete, written by two steps). */
  unpaired: number;
  /** Hidden temporary files a kill left before their rename (never read as modules). */
  leftoverTemps: number;
}

// writeFileAtomic's temporary names: hidden, ending in .tmp; a kill before the rename leaves one behind.
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Checks the invariants a SIGKILL must never break: SQLite integrity and foreign keys, every candidate with all its
 * lineage edges, and every file in nodes/ complete (header, parses, code hash and meta.json agree with the registry).
 */
export function checkForgeWorkspace(workDir: string): WorkspaceCheck {
  const result: WorkspaceCheck = { problems: [], candidates: 0, nodeFiles: 0, unpaired: 0, leftoverTemps: 0 };
  if (!existsSync(registryPath(workDir))) return result;
  const registry = openRegistry(workDir);
  try {
    result.problems.push(...registry.checkIntegrity());
    for (const directive of registry.listDirectives()) {
      const { nodes, edges } = registry.lineage(directive.id);
      result.candidates += nodes.length;
      for (const node of nodes) {
        const mine = edges.filter((edge) => edge.child === node.id).map((edge) => edge.parent).sort();
        if (mine.join() !== [...node.parents].sort().join()) result.problems.push(`candidate ${node.id} has edges [${mine}] but parents [${node.parents}]`);
        if (node.hash !== sha256(node.code)) result.problems.push(`candidate ${node.id} code does not match its hash`);
      }
    }
    checkNodes(workDir, registry, result);
  } finally {
    registry.close();
  }
  return result;
}

function checkNodes(workDir: string, registry: Registry, result: WorkspaceCheck): void {
  const root = join(workDir, 'nodes');
  if (!existsSync(root)) return;
  for (const dir of readdirSync(root)) {
    const all = readdirSync(join(root, dir));
    const files = all.filter((name) => !TEMP_FILE.test(name));
    result.leftoverTemps += all.length - files.length;
    const stray = files.filter((name) => !name.endsWith('.ts') && name !== 'meta.json');
    if (stray.length > 0) result.problems.push(`nodes/${dir} holds leftover files ${stray.join(', ')}`);
    let moduleCandidate: string | undefined;
    for (const name of files.filter((file) => file.endsWith('.ts'))) {
      result.nodeFiles += 1;
      const text = readFileSync(join(root, dir, name), 'utf8');
      const where = `nodes/${dir}/${name}`;
      if (!text.startsWith(NODE_HEADER_PREFIX)) result.problems.push(`${where} lacks its header`);
      moduleCandidate = /candidate (\w+),/.exec(text)?.[1];
      const code = text.split('\n').slice(NODE_HEADER_LINES).join('\n');
      const stored = moduleCandidate ? registry.getCandidate(moduleCandidate) : undefined;
      if (!stored) result.problems.push(`${where} names a candidate the registry does not hold`);
      else if (sha256(code) !== stored.hash && sha256(code.replace(/\n$/, '')) !== stored.hash) result.problems.push(`${where} is not its candidate's code`);
      const parsed = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
      if ((parsed.diagnostics ?? []).length > 0) result.problems.push(`${where} does not parse`);
    }
    const metaFile = join(root, dir, 'meta.json');
    if (!existsSync(metaFile)) {
      result.problems.push(`nodes/${dir} has no meta.json`);
      continue;
    }
    let meta: { candidateId?: string; hash?: string } = {};
    try {
      meta = JSON.parse(readFileSync(metaFile, 'utf8')) as typeof meta;
    } catch {
      result.problems.push(`nodes/${dir}/meta.json is not complete JSON`);
      continue;
    }
    const described = meta.candidateId ? registry.getCandidate(meta.candidateId) : undefined;
    if (!described || described.hash !== meta.hash) result.problems.push(`nodes/${dir}/meta.json does not describe a registered candidate`);
    if (moduleCandidate !== meta.candidateId) result.unpaired += 1;
  }
}
