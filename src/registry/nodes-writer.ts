import { join } from 'node:path';
import { NODE_HEADER_LINES } from '../check/line-limit.js';
import { invalidInput } from '../errors/hephaestus-error.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { CandidateRecord } from './records.js';
import { encodeRegistryJson } from './registry-json.js';

// A path segment that cannot climb out of nodes/ or hide as a dotfile.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,79}$/;

function safeSegment(value: string, field: string): string {
  if (!SAFE_SEGMENT.test(value)) throw invalidInput('nodes/', field, `"${value}" is not a safe file name`);
  return value;
}

// Header fields come from the registry; a stray line break would change the header's line count.
const oneLine = (value: string | number): string => String(value).replace(/[\r\n]+/g, ' ');

/** How the first line of every module written to nodes/ begins. */
export const NODE_HEADER_PREFIX = '// Hephaestus node for directive ';

/**
 * Writes a candidate as `nodes/<directive-id>/<name or id>.ts` (with its provenance header) and its meta.json; returns
 * the module path. Given `unsolvedDir` (config `output.unsolved_dir`, relative to workDir), it writes there instead,
 * under a header that says the module is not a solution.
 */
export function writeNodeModule(workDir: string, directive: { id: string; name?: string }, candidate: CandidateRecord, unsolvedDir?: string): string {
  const dir = join(workDir, unsolvedDir ?? 'nodes', safeSegment(directive.id, 'id'));
  const moduleName = `${safeSegment(directive.name ?? directive.id, 'name')}.ts`;
  const version = candidate.version ?? 1;
  const what = unsolvedDir === undefined ? 'candidate' : 'UNSOLVED, best so far, NOT a solution: candidate';
  // The type makes the compiler hold the header to exactly NODE_HEADER_LINES lines.
  const header: string[] & { length: typeof NODE_HEADER_LINES } = [
    `${NODE_HEADER_PREFIX}${oneLine(directive.id)} version ${version}: ${what} ${oneLine(candidate.id)}, score ${oneLine(candidate.score)}.`,
    `// Run ${oneLine(candidate.runId)}, registered ${oneLine(candidate.createdAt)}; regenerate with the forge rather than editing.`,
  ];
  const code = candidate.code.endsWith('\n') ? candidate.code : `${candidate.code}\n`;
  const modulePath = join(dir, moduleName);
  writeFileAtomic(modulePath, `${header.join('\n')}\n${code}`);
  const meta = {
    directiveId: directive.id,
    version,
    solved: unsolvedDir === undefined,
    module: moduleName,
    candidateId: candidate.id,
    runId: candidate.runId,
    score: candidate.score,
    metrics: candidate.metrics,
    hash: candidate.hash,
    createdAt: candidate.createdAt,
  };
  writeFileAtomic(join(dir, 'meta.json'), `${encodeRegistryJson(meta, 2)}\n`);
  return modulePath;
}
