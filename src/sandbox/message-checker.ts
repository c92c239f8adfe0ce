import { MAX_MESSAGE_DEPTH, runnerMessageSchema, type RunnerMessage } from './runner-message.js';

/** The results a runner owes for its job: every example case in order, the planned tests in order, or one script result. */
export type Expectation = { kind: 'examples'; train: number; test: number } | { kind: 'tests' } | { kind: 'script' };

/** What the parent makes of one frame: a valid message in its place, or why the run must end. */
export type Verdict = { ok: true; message: RunnerMessage } | { ok: false; reason: string };

const PREVIEW = 120;

function preview(frame: string): string {
  const text = frame.length > PREVIEW ? `${frame.slice(0, PREVIEW)}...` : frame;
  return JSON.stringify(text);
}

/** True when `value` nests deeper than `cap` (walked without recursion: the frame is untrusted). */
function nestsDeeper(value: unknown, cap: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= cap) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Checks each frame from the runner: it must be JSON, match the runner-message schema and come in the protocol's
 * order (ready, when sent, before anything else; the plan first for tests; results in sequence; each limit and the
 * load error at most once; done only after every result owed). Never throws; the first refusal should end the run.
 */
export function createMessageChecker(expectation: Expectation): (frame: string) => Verdict {
  const order: { split: 'train' | 'test'; index: number }[] =
    expectation.kind === 'examples'
      ? [{ split: 'train', index: 0 }, { split: 'test', index: 0 }].flatMap(({ split }) =>
          Array.from({ length: split === 'train' ? expectation.train : expectation.test }, (_, index) => ({ split: split as 'train' | 'test', index })),
        )
      : [];
  let plan: string[] | undefined;
  let results = 0;
  let loadError = false;
  let done = false;
  let accepted = 0;
  const limits = new Set<string>();

  function owed(): number {
    if (expectation.kind === 'examples') return order.length;
    if (expectation.kind === 'tests') return plan?.length ?? Number.NaN;
    return 1;
  }

  function place(message: RunnerMessage): string | undefined {
    if (done) return 'a message after done';
    switch (message.kind) {
      case 'ready':
        return accepted > 0 ? 'ready out of place' : undefined;
      case 'plan':
        if (expectation.kind !== 'tests' || plan || results > 0 || loadError) return 'a plan out of place';
        plan = message.tests;
        return undefined;
      case 'load-error':
        if (loadError || results > 0 || (expectation.kind === 'tests' && !plan)) return 'a load error out of place';
        loadError = true;
        return undefined;
      case 'limit':
        if (limits.has(message.limit)) return `the ${message.limit} limit reported twice`;
        limits.add(message.limit);
        return undefined;
      case 'done':
        if (results !== owed()) return `done after ${results} of ${owed()} results`;
        done = true;
        return undefined;
      case 'case': {
        const due = expectation.kind === 'examples' ? order[results] : undefined;
        if (!due || due.split !== message.split || due.index !== message.index) return `case ${message.split}[${message.index}] out of order`;
        break;
      }
      case 'test':
        if (expectation.kind !== 'tests' || !plan || message.index !== results || plan[results] !== message.name) {
          return `test ${message.index} out of order or not in the plan`;
        }
        break;
      case 'script':
        if (expectation.kind !== 'script' || results > 0) return 'a script result out of place';
        break;
    }
    results++;
    return undefined;
  }

  return (frame) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(frame);
    } catch {
      return { ok: false, reason: `a frame that is not JSON: ${preview(frame)}` };
    }
    if (nestsDeeper(parsed, MAX_MESSAGE_DEPTH)) return { ok: false, reason: `a message nested deeper than ${MAX_MESSAGE_DEPTH} levels` };
    const checked = runnerMessageSchema.safeParse(parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { ok: false, reason: `a message that breaks the schema at ${issue?.path.join('.') || 'its root'} (${issue?.message ?? 'invalid'}): ${preview(frame)}` };
    }
    const misplaced = place(checked.data);
    if (!misplaced) accepted++;
    return misplaced ? { ok: false, reason: `${misplaced}: ${preview(frame)}` } : { ok: true, message: checked.data };
  };
}
