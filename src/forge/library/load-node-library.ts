import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NODE_HEADER_LINES } from '../../check/line-limit.js';
import type { Directive } from '../../directive/directive.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import { NODE_HEADER_PREFIX } from '../../registry/nodes-writer.js';
import type { ModuleUse } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import { readUserFile, USER_FILE_CAPS } from '../../util/read-user-file.js';

/** What a building block is read from: the meta.json the forge writes beside each promoted module (other fields are ignored). */
const DIRECTIVE_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
const metaSchema = z.object({
  directiveId: z.string().regex(DIRECTIVE_ID),
  module: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,79}\.ts$/),
  candidateId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/** The solved modules a directive may build on, and why other entries of nodes/ were passed over. */
export interface NodeLibrary {
  modules: (ModuleUse & { code: string })[];
  skipped: string[];
}

/** The module of one nodes/ entry, or why it is not a building block. */
function readEntry(workDir: string, entry: string, registry: Registry): (ModuleUse & { code: string }) | string {
  const dir = join(workDir, 'nodes', entry);
  try {
    const meta = metaSchema.safeParse(JSON.parse(readUserFile(join(dir, 'meta.json'), 'meta.json', USER_FILE_CAPS.json)));
    if (!meta.success || meta.data.directiveId !== entry) return `nodes/${entry}: meta.json does not describe a module of directive ${entry}`;
    const candidate = registry.getCandidate(meta.data.candidateId);
    if (candidate?.directiveId !== entry || candidate.status !== 'solved') return `nodes/${entry}: candidate ${meta.data.candidateId} is not a solution of ${entry} in the registry`;
    const lines = readUserFile(join(dir, meta.data.module), 'module', USER_FILE_CAPS.source).split('\n');
    const body = lines.slice(NODE_HEADER_LINES).join('\n');
    // The file must be what the custodian promoted: the registered code under the forge's header, unedited.
    const registered = candidate.code.endsWith('\n') ? candidate.code : `${candidate.code}\n`;
    if (!lines[0].startsWith(NODE_HEADER_PREFIX) || body !== registered) return `nodes/${entry}/${meta.data.module} differs from candidate ${candidate.id} as registered`;
    return { directiveId: entry, candidateId: candidate.id, code: candidate.code };
  } catch (error) {
    if (HephaestusError.isInstance(error) || error instanceof SyntaxError) return `nodes/${entry}: ${error.message}`;
    throw error;
  }
}

/**
 * The building blocks a directive is offered: the modules of other directives in nodes/ that the custodian promoted
 * as solved, read with the bounded reader, checked against the registry (a module edited by hand or not solved is
 * passed over and said why), and narrowed by the directive's `library` field. Whether their types fit is the engine's.
 */
export function loadNodeLibrary(workDir: string, registry: Registry, directive: Directive): NodeLibrary {
  const library: NodeLibrary = { modules: [], skipped: [] };
  const root = join(workDir, 'nodes');
  if (!existsSync(root)) return library;
  const { use, exclude = [] } = directive.library ?? {};
  const entries = readdirSync(root, { withFileTypes: true })
    // Only folders named as a directive can be one's node; anything else there (or a symbolic link) is not looked at.
    .filter((e) => e.isDirectory() && DIRECTIVE_ID.test(e.name) && e.name !== directive.id && (use === undefined || use.includes(e.name)) && !exclude.includes(e.name))
    .map((e) => e.name)
    .sort();
  for (const entry of entries) {
    const read = readEntry(workDir, entry, registry);
    if (typeof read === 'string') library.skipped.push(read);
    else library.modules.push(read);
  }
  return library;
}
