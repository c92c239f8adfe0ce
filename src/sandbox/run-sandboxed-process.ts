import { spawn, type Serializable } from 'node:child_process';
import { createMessageVerifier } from './message-verifier.js';
import type { RunnerMessage } from './runner-message.js';

/** How one sandboxed process went: the authenticated messages it sent and why it ended. */
export interface ProcessOutcome {
  messages: RunnerMessage[];
  /** True when the runner's authenticated final 'done' arrived. */
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
  /** Sent over IPC right after spawn: the key and the job. */
  firstMessage: Serializable;
  key: Buffer;
  timeoutMs: number;
  memoryMb: number;
  maxOutputBytes: number;
}

// After a kill, stdio and the IPC channel close within milliseconds; this only bounds a pathological wait.
const CLOSE_GRACE_MS = 5_000;

/** Spawns the runner in its own process group and collects its authenticated results until done, death or a limit. */
export function runSandboxedProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const verify = createMessageVerifier(request.key);
    const messages: RunnerMessage[] = [];
    const notes: string[] = [];
    const chunks: Buffer[] = [];
    let outputBytes = 0;
    let done = false;
    let timedOut = false;
    let killed = false;
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let closed = false;
    let finished = false;

    const child = spawn(request.file, request.args, { cwd: request.cwd, env: request.env, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
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
      if (outputBytes > request.maxOutputBytes && !killed && !done) {
        notes.push(`output-cap: stdout/stderr exceeded ${request.maxOutputBytes} bytes; process group killed`);
        kill();
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.on('message', (raw: unknown) => {
      if (done || killed) return;
      const verdict = verify(raw);
      if (!verdict.ok) {
        notes.push(`forged-message: ${verdict.reason}; process group killed`);
        kill();
        return;
      }
      messages.push(verdict.message);
      if (verdict.message.kind === 'done') {
        done = true;
        kill();
      }
    });
    child.on('error', (error) => {
      notes.push(`crash: the sandbox process could not run (${error.message})`);
      if (child.pid === undefined) finish();
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    child.on('close', () => {
      closed = true;
      if (!child.connected) finish();
    });
    child.on('disconnect', () => {
      if (closed) finish();
    });
    child.send(request.firstMessage, (error) => {
      if (error && !killed) notes.push(`crash: the job could not be sent to the runner (${error.message})`);
    });

    function finish(): void {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (!exited) kill();
      if (child.connected) child.disconnect();
      child.stdout?.destroy();
      child.stderr?.destroy();
      const output = Buffer.concat(chunks).toString('utf8');
      if (!done && notes.length === 0) notes.push(endReason(exited, output, request.memoryMb));
      resolve({ messages, done, timedOut, notes, output });
    }
  });
}

/** Why a process that was not stopped by us ended before its done message. */
function endReason(exited: { code: number | null; signal: NodeJS.Signals | null } | undefined, output: string, memoryMb: number): string {
  if (/heap out of memory|Reached heap limit/i.test(output)) return `heap: V8 heap limit of ${memoryMb} MB reached`;
  if (!exited) return 'crash: the process vanished without an exit status';
  if (exited.code === 0) return "exit-before-done: the process exited with code 0 before the runner's authenticated done message";
  if (exited.signal) return `crash: killed by ${exited.signal}`;
  const last = output.trim().split('\n').filter((line) => line.trim() !== '').slice(-1)[0] ?? '';
  return `crash: exit code ${exited.code}${last ? ` (${last.trim().slice(0, 300)})` : ''}`;
}
