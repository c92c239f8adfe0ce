/** One authenticated message from the sandboxed runner (src/sandbox/runner/run-harness.mjs), in order. */
export type RunnerMessage =
  | { kind: 'case'; seq: number; split: 'train' | 'test'; index: number; ms: number; value?: unknown; error?: string }
  | { kind: 'test'; seq: number; index: number; name: string; ok: boolean; ms: number; calls: number[]; error?: string }
  | { kind: 'script'; seq: number; calls: number[]; value?: unknown; error?: string }
  | { kind: 'plan'; seq: number; tests: string[] }
  | { kind: 'load-error'; seq: number; error: string }
  | { kind: 'done'; seq: number };
