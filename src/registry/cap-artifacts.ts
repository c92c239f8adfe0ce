import type { CandidateRecord } from './records.js';
import { encodeRegistryJson } from './registry-json.js';

type Artifacts = CandidateRecord['artifacts'];

/** Most bytes of artifacts (encoded JSON) the registry keeps per candidate. */
export const ARTIFACTS_BYTES = 64 * 1024;
const STDERR_CHARS = 16 * 1024;
const TEXT_CHARS = 1024;
const VALUE_CHARS = 2048;
const LIST_ITEMS = 50;

const bytesOf = (value: unknown): number => Buffer.byteLength(encodeRegistryJson(value));

// Counts every cut, so the caller knows whether anything was lost.
interface Cuts {
  count: number;
}

function cutText(text: string, max: number, cuts: Cuts): string {
  if (text.length <= max) return text;
  cuts.count += 1;
  return `${text.slice(0, max)}… [cut: ${text.length - max} more characters]`;
}

// The start of a value's JSON text, built without ever encoding more than about `budget` characters of it.
function preview(value: unknown, budget: number, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, budget));
  if (value === null || typeof value !== 'object') return String(encodeRegistryJson(value));
  if (depth > 20) return '…';
  const array = Array.isArray(value);
  let out = array ? '[' : '{';
  for (const [key, item] of Object.entries(value)) {
    if (out.length >= budget) return `${out}…`;
    out += `${out.length > 1 ? ',' : ''}${array ? '' : `${JSON.stringify(key)}:`}${preview(item, budget - out.length, depth + 1)}`;
  }
  return `${out}${array ? ']' : '}'}`;
}

// A value larger than the cap is kept as the start of its JSON text, so a reader still sees what it looked like.
function cutValue(value: unknown, cuts: Cuts): unknown {
  if (typeof value === 'string') return cutText(value, VALUE_CHARS, cuts);
  if (value === null || typeof value !== 'object') return value;
  const text = preview(value, VALUE_CHARS + 1);
  return text.length <= VALUE_CHARS ? value : cutText(text, VALUE_CHARS, cuts);
}

function cutLists(artifacts: Artifacts, cuts: Cuts): Artifacts {
  const { stderr, notes, buildErrors, failingCases } = artifacts;
  const few = <T>(list: T[] | undefined): T[] | undefined => {
    if (list && list.length > LIST_ITEMS) cuts.count += 1;
    return list?.slice(0, LIST_ITEMS);
  };
  return {
    ...artifacts,
    stderr: stderr === undefined ? undefined : cutText(stderr, STDERR_CHARS, cuts),
    notes: few(notes)?.map((note) => cutText(note, TEXT_CHARS, cuts)),
    buildErrors: few(buildErrors)?.map((error) => ({ ...error, message: cutText(error.message, TEXT_CHARS, cuts) })),
    failingCases: few(failingCases)?.map((c) => ({
      ...c,
      input: cutValue(c.input, cuts),
      expected: cutValue(c.expected, cuts),
      actual: cutValue(c.actual, cuts),
      error: c.error === undefined ? undefined : cutText(c.error, TEXT_CHARS, cuts),
    })),
  };
}

type ListKey = 'failingCases' | 'trainErrors' | 'notes' | 'buildErrors';

// Halves a list, down to `floor` items; false when it cannot shrink further.
function halve(artifacts: Artifacts, key: ListKey, floor: number): boolean {
  const list = artifacts[key];
  if (!list || list.length <= floor) return false;
  (artifacts as Record<ListKey, unknown[]>)[key] = list.slice(0, Math.max(floor, Math.floor(list.length / 2)));
  return true;
}

function halveStderr(artifacts: Artifacts): boolean {
  if (!artifacts.stderr) return false;
  artifacts.stderr = artifacts.stderr.slice(0, Math.floor(artifacts.stderr.length / 2));
  return true;
}

// Applied in order, each as often as needed: a few failing cases, notes and build errors are kept as long as possible.
const SHRINK_STEPS: ((artifacts: Artifacts) => boolean)[] = [
  (a) => halve(a, 'failingCases', 10),
  (a) => halve(a, 'notes', 10),
  (a) => halve(a, 'buildErrors', 10),
  (a) => halve(a, 'trainErrors', 0),
  halveStderr,
  (a) => halve(a, 'failingCases', 0),
  (a) => halve(a, 'notes', 0),
  (a) => halve(a, 'buildErrors', 0),
];

/**
 * Artifacts as the registry stores them: at most 64 KB of encoded JSON per candidate, whatever the candidate printed,
 * threw or returned. Over the cap, long strings and values are cut with a marker; then, while still over, the lists
 * are halved (failing cases, notes and build errors down to ten, the train errors, stderr, then the last ten).
 * `truncated: true` records that anything was cut.
 */
export function capArtifacts(artifacts: Artifacts, maxBytes = ARTIFACTS_BYTES): Artifacts {
  // Cutting first keeps the size check itself bounded, whatever the candidate produced.
  const cuts: Cuts = { count: 0 };
  const capped = cutLists(artifacts, cuts);
  if (cuts.count === 0 && bytesOf(capped) <= maxBytes) return artifacts;
  capped.truncated = true;
  for (const shrink of SHRINK_STEPS) while (bytesOf(capped) > maxBytes && shrink(capped));
  return capped;
}
