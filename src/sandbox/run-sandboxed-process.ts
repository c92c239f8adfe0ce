import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { createFrameDecoder, type FrameLimits } from './frame-decoder.js';
import { createMessageChecker, type Expectation } from './message-checker.js';
import type { RunnerMessage } from './runner-message.js';

/** How one sandboxed process went: the validated messages it sent and why it ended. */
export interface ProcessOutcome {
  messages: RunnerMessage[];
  /** True when the runner's final 'done' arrived, after every result it owed. */
  done: boolean;
  timedOut: boolean;
  /** Structured reasons the sandbox ended the process early ("timeout: ...", "forged-message: ...", ...). */
  notes: string[];
  /** Captured stdout and stderr, interleaved and capped. */
  output: string;
}

/** What to run and under which limits. */
export interface ProcessRequest {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to the runner's stdin (the job as JSON). */
  input: string;
  /** The results the runner owes, in order. */
  expectation: Expectation;
  /** Caps of the result channel (fd 3). */
  channel: FrameLimits;
  timeoutMs: number;
  memoryMb: number;
  maxOutputBytes: number;
}

// After a kill, the pipes close within milliseconds; this only bounds a pathological wait.
const CLOSE_GRACE_MS = 5_000;
/** The child's file descriptor that carries results (stdin carries the job; stdout and stderr are only captured). */
const CHANNEL_FD = 3;

/**
 * Spawns the runner in its own process group and reads its results from a plain pipe (fd 3) until done, death or a
 * limit. Every frame is capped, parsed and validated; the first bad one ends the process with a note. Never throws.
 */
export function runSandboxedProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const decode = createFrameDecoder(request.channel);
    const check = createMessageChecker(request.expectation);
    const messages: RunnerMessage[] = [];
    const notes: string[] = [];
    const chunks: Buffer[] = [];
    let outputBytes = 0;
    let done = false;
    let timedOut = false;
    let killed = false;
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let finished = false;

    const child = spawn(request.file, request.args, { cwd: request.cwd, env: request.env, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    const channel = child.stdio[CHANNEL_FD] as Readable | null;
    const kill = (): void => {
      if (killed || child.pid === undefined) return;
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
      setTimeout(finish, CLOSE_GRACE_MS).unref();
    };
    const refuse = (note: string): void => {
      if (done || killed) return;
      notes.push(`${note}; process group killed`);
      kill();
    };
    const timer = setTimeout(() => {
      if (!done) {
        timedOut = true;
        notes.push(`timeout: wall limit of ${request.timeoutMs} ms reached; process group killed`);
      }
      kill();
    }, request.timeoutMs);

    const onOutput = (chunk: Buffer): void => {
      if (outputBytes < request.maxOutputBytes) chunks.push(chunk.subarray(0, request.maxOutputBytes - outputBytes));
      outputBytes += chunk.length;
      if (outputBytes > request.maxOutputBytes) refuse(`output-cap: stdout/stderr exceeded ${request.maxOutputBytes} bytes`);
    };
    const onResults = (chunk: Buffer): void => {
      if (done || killed) return;
      const decoded = decode(chunk);
      for (const frame of decoded.frames) {
        const verdict = check(frame);
        if (!verdict.ok) return refuse(`forged-message: ${verdict.reason}`);
        messages.push(verdict.message);
        if (verdict.message.kind === 'done') {
          done = true;
          kill();
          return;
        }
      }
      if (decoded.failure) refuse(`${decoded.failure.kind}: ${decoded.failure.reason}`);
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    channel?.on('data', onResults);
    // A pipe error (EPIPE, ECONNRESET) only means the process is gone; 'close' still follows.
    for (const stream of [child.stdin, child.stdout, child.stderr, channel]) stream?.on('error', () => undefined);
    child.stdin?.end(request.input);
    child.on('error', (error) => {
      notes.push(`crash: the sandbox process could not run (${error.message})`);
      if (child.pid === undefined) finish();
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    child.on('close', finish);

    function finish(): void {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (!exited) kill();
      for (const stream of [child.stdin, child.stdout, child.stderr, channel]) stream?.destroy();
      const output = Buffer.concat(chunks).toString('utf8');
      if (!done && notes.length === 0) notes.push(endReason(exited, output, request.memoryMb));
      resolve({ messages, done, timedOut, notes, output });
    }
  });
}

/** Why a process that was not stopped by us ended before its done message. */
function endReason(exited: { code: number | null; signal: NodeJS.Signals | null } | undefined, output: string, memoryMb: number): string {
  // A heap that outgrows its limit in one allocation (the judge's, or the candidate isolate's past isolated-vm's check)
  // makes V8 abort the whole process; it is the same exhaustion as the isolate's graceful memory limit.
  if (/heap out of memory|Reached heap limit|is_heap_oom = 1/i.test(output)) return `memory: a V8 heap limit of ${memoryMb} MB was reached; V8 ended the process`;
  if (!exited) return 'crash: the process vanished without an exit status';
  if (exited.code === 0) return "exit-before-done: the process exited with code 0 before the runner's done message";
  if (exited.signal) return `crash: killed by ${exited.signal}`;
  const last = output.trim().split('\n').filter((line) => line.trim() !== '').slice(-1)[0] ?? '';
  return `crash: exit code ${exited.code}${last ? ` (${last.trim().slice(0, 300)})` : ''}`;
}
