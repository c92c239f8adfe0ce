import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, linesPerFolder, type FolderEdge } from './folder-graph.js';

const REPO = resolve(import.meta.dirname, '../..');
const SRC = join(REPO, 'src');
/** The loop and the command line: every other top-level folder is a part the loop is built from. */
const NOT_PARTS = new Set(['forge', 'cli', 'index']);

const show = (edges: FolderEdge[]): string[] => edges.map((e) => `${e.file} → ${e.specifier}`);

/** The architecture rules over a set of folder edges; each returns the offending edges or cycles. */
function violations(edges: FolderEdge[]): { cycles: string[][]; partsToForge: string[]; intoCli: string[]; cliPastIndex: string[] } {
  return {
    cycles: folderCycles(edges),
    partsToForge: show(edges.filter((e) => e.to === 'forge' && !NOT_PARTS.has(e.from))),
    intoCli: show(edges.filter((e) => e.to === 'cli')),
    // Tests of the CLI may use fixtures; the CLI itself goes through the library API only.
    cliPastIndex: show(edges.filter((e) => e.from === 'cli' && e.to !== 'index' && !e.file.endsWith('.test.ts'))),
  };
}

describe('the folder structure of src/', () => {
  const edges = folderEdges(SRC, REPO);

  it('has no import cycle between top-level folders, no part importing the loop, and a CLI over the library API', () => {
    expect(edges.length).toBeGreaterThan(50);
    expect(violations(edges)).toEqual({ cycles: [], partsToForge: [], intoCli: [], cliPastIndex: [] });
  });

  it('has no top-level folder holding a third of the code', () => {
    const lines = linesPerFolder(SRC);
    const total = [...lines.values()].reduce((a, b) => a + b, 0);
    const [largest, size] = [...lines].sort((a, b) => b[1] - a[1])[0];
    expect(size / total, `${largest}/ holds ${size} of ${total} lines`).toBeLessThan(1 / 3);
  });
});

describe('the folder graph checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folder-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('finds a cycle, a part importing the loop, an import of the CLI and a CLI reaching past the index', () => {
    write('index.ts', "export { a } from './engines/a.js';\n");
    write('engines/a.ts', "import { b } from '../forge/b.js';\nexport const a = b;\n");
    write('forge/b.ts', "import type { A } from '../engines/a.js';\nexport const b = 1;\n");
    write('cli/main.ts', "import { a } from '../index.js';\nimport { b } from '../forge/b.js';\n");
    write('registry/r.ts', "export { main } from '../cli/main.js';\n");
    const found = violations(folderEdges(dir, dir));
    expect(found.cycles).toContainEqual(['engines', 'forge', 'engines']);
    expect(found.partsToForge).toEqual(['engines/a.ts → ../forge/b.js']);
    expect(found.intoCli).toEqual(['registry/r.ts → ../cli/main.js']);
    expect(found.cliPastIndex).toEqual(['cli/main.ts → ../forge/b.js']);
  });
});
