import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import that crosses from one top-level folder of src/ to another. */
export interface FolderEdge {
  from: string;
  to: string;
  /** The importing file and the specifier, repo-relative, for the failure message. */
  file: string;
  specifier: string;
}

const SOURCE = /\.(ts|mts|mjs|js)$/;
// Static imports and re-exports, side-effect imports, dynamic imports, and directories handed to `new URL`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The top-level folder of src/ a path belongs to; `index.ts` (the library API) is its own node, `index`. */
export function folderOf(srcDir: string, path: string): string | undefined {
  const rel = relative(srcDir, path);
  if (rel.startsWith('..')) return undefined;
  const [head, ...rest] = rel.split(sep);
  return rest.length === 0 ? head.replace(SOURCE, '') : head;
}

/** Every relative import in `srcDir` whose target lies in another top-level folder (or in index.ts). */
export function folderEdges(srcDir: string, repoRoot: string): FolderEdge[] {
  const edges: FolderEdge[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = folderOf(srcDir, file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const to = folderOf(srcDir, resolve(dirname(file), match[2]));
      if (from && to && to !== from) edges.push({ from, to, file: relative(repoRoot, file), specifier: match[2] });
    }
  }
  return edges;
}

/** The folder-level cycles of a set of edges: each is a path of folders that starts and ends at the same one. */
export function folderCycles(edges: FolderEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) next.set(edge.from, (next.get(edge.from) ?? new Set()).add(edge.to));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const to of next.get(node) ?? []) visit(to, [...path, node]);
    done.add(node);
  };
  for (const node of next.keys()) visit(node, []);
  return cycles;
}

/** Lines of code per top-level folder of src/ (every source file, tests included). */
export function linesPerFolder(srcDir: string): Map<string, number> {
  const lines = new Map<string, number>();
  for (const file of sourceFiles(srcDir)) {
    const folder = folderOf(srcDir, file) ?? '';
    lines.set(folder, (lines.get(folder) ?? 0) + readFileSync(file, 'utf8').split('\n').length);
  }
  return lines;
}
