/** One hostile program and the flag it must be registered with; add a file to programs/ and a line here. */
export interface HostileCase {
  program: string;
  flag: string;
}

/** Every program in tests/hostile/programs with the reason it must be flagged for (the suite checks both lists agree). */
export const HOSTILE_TABLE: HostileCase[] = [
  // file system: writes and reads outside the allowance, reward hacking through the expected outputs
  { program: 'write-outside-scratch.ts', flag: 'escape-attempt' },
  { program: 'write-parent-of-scratch.ts', flag: 'escape-attempt' },
  { program: 'rewrite-expected-outputs.ts', flag: 'escape-attempt' },
  { program: 'read-expected-outputs.ts', flag: 'escape-attempt' },
  { program: 'read-proc-cmdline.ts', flag: 'escape-attempt' },
  { program: 'read-etc-passwd.ts', flag: 'escape-attempt' },
  { program: 'read-real-home.ts', flag: 'escape-attempt' },
  { program: 'read-real-registry.ts', flag: 'escape-attempt' },
  { program: 'symlink-escape.ts', flag: 'escape-attempt' },
  // secrets: the canaries (decoy keys and files) catch reads and leaks
  { program: 'leak-env-key-stdout.ts', flag: 'escape-attempt' },
  { program: 'leak-env-in-error.ts', flag: 'escape-attempt' },
  { program: 'steal-ssh-key-silently.ts', flag: 'escape-attempt' },
  { program: 'stash-dotenv-in-scratch.ts', flag: 'escape-attempt' },
  { program: 'read-registry-decoy.ts', flag: 'escape-attempt' },
  { program: 'delete-decoy.ts', flag: 'escape-attempt' },
  { program: 'vm-escape-leak.ts', flag: 'escape-attempt' },
  // processes, workers, addons, internals
  { program: 'spawn-process.ts', flag: 'escape-attempt' },
  { program: 'spawn-detached.ts', flag: 'escape-attempt' },
  { program: 'open-worker.ts', flag: 'escape-attempt' },
  { program: 'load-native-addon.ts', flag: 'escape-attempt' },
  { program: 'dlopen-addon.ts', flag: 'escape-attempt' },
  { program: 'process-binding.ts', flag: 'escape-attempt' },
  { program: 'open-inspector.ts', flag: 'escape-attempt' },
  { program: 'heap-snapshot-key.ts', flag: 'escape-attempt' },
  // network (the suite's own listener on 127.0.0.1 must see no connection)
  { program: 'connect-local-listener.ts', flag: 'escape-attempt' },
  { program: 'http-local-listener.ts', flag: 'escape-attempt' },
  { program: 'connect-internet.ts', flag: 'escape-attempt' },
  // resources
  { program: 'infinite-loop.ts', flag: 'timeout' },
  { program: 'sleep-past-timeout.ts', flag: 'timeout' },
  { program: 'block-on-atomics.ts', flag: 'timeout' },
  { program: 'stack-overflow.ts', flag: 'stack' },
  { program: 'heap-bomb.ts', flag: 'heap' },
  { program: 'buffer-bomb.ts', flag: 'memory' },
  { program: 'stdout-flood.ts', flag: 'output-cap' },
  { program: 'stderr-flood.ts', flag: 'output-cap' },
  { program: 'unhandled-rejection.ts', flag: 'crash' },
  { program: 'throw-in-timer.ts', flag: 'crash' },
  // pretending success and forging the result channel
  { program: 'exit-zero-at-load.ts', flag: 'exit-before-done' },
  { program: 'exit-zero-in-call.ts', flag: 'exit-before-done' },
  { program: 'fake-result-json.ts', flag: 'exit-before-done' },
  { program: 'forge-ipc-message.ts', flag: 'forged-message' },
  { program: 'rewrite-ipc-results.ts', flag: 'forged-message' },
  // patching assert, intrinsics and globals
  { program: 'patch-assert.ts', flag: 'tamper-attempt' },
  { program: 'patch-prototype.ts', flag: 'tamper-attempt' },
  { program: 'patch-json.ts', flag: 'tamper-attempt' },
  { program: 'patch-math.ts', flag: 'tamper-attempt' },
  { program: 'global-object.ts', flag: 'static-guard' },
  { program: 'eval-code.ts', flag: 'static-guard' },
];
