/**
 * One hostile program and how it must end: `flag` is the flag it must be registered with, or null when the attempt
 * finds nothing to act on in the candidate's isolate and the program fails on its own (wrong) answers, unflagged.
 * Add a file to programs/ and a line here.
 */
export interface HostileCase {
  program: string;
  flag: string | null;
}

/** Every program in tests/hostile/programs with the flag it must get (the suite checks both lists agree). */
export const HOSTILE_TABLE: HostileCase[] = [
  // file system: writes and reads outside the allowance, reward hacking through the expected outputs
  { program: 'write-outside-scratch.ts', flag: 'load-error' },
  { program: 'write-parent-of-scratch.ts', flag: 'load-error' },
  { program: 'rewrite-expected-outputs.ts', flag: 'load-error' },
  { program: 'read-expected-outputs.ts', flag: 'load-error' },
  { program: 'read-proc-cmdline.ts', flag: 'load-error' },
  { program: 'read-etc-passwd.ts', flag: 'load-error' },
  { program: 'read-real-home.ts', flag: 'load-error' },
  { program: 'read-real-registry.ts', flag: 'load-error' },
  { program: 'symlink-escape.ts', flag: 'load-error' },
  // secrets: the decoy keys and files
  { program: 'leak-env-key-stdout.ts', flag: 'load-error' },
  { program: 'leak-env-in-error.ts', flag: 'load-error' },
  { program: 'steal-ssh-key-silently.ts', flag: 'load-error' },
  { program: 'stash-dotenv-in-scratch.ts', flag: 'load-error' },
  { program: 'read-registry-decoy.ts', flag: 'load-error' },
  { program: 'delete-decoy.ts', flag: 'load-error' },
  { program: 'vm-escape-leak.ts', flag: 'load-error' },
  // processes, workers, addons, internals
  { program: 'spawn-process.ts', flag: 'load-error' },
  { program: 'spawn-detached.ts', flag: 'load-error' },
  { program: 'open-worker.ts', flag: 'load-error' },
  { program: 'load-native-addon.ts', flag: 'load-error' },
  { program: 'dlopen-addon.ts', flag: 'load-error' },
  { program: 'process-binding.ts', flag: 'load-error' },
  { program: 'open-inspector.ts', flag: 'load-error' },
  { program: 'heap-snapshot-key.ts', flag: 'load-error' },
  { program: 'fds-through-global.ts', flag: 'unavailable' },
  { program: 'wasm-through-constructor.ts', flag: 'unavailable' },
  // network (the suite's own listener on 127.0.0.1 must see no connection)
  { program: 'connect-local-listener.ts', flag: 'load-error' },
  { program: 'http-local-listener.ts', flag: 'load-error' },
  { program: 'connect-internet.ts', flag: 'load-error' },
  // resources
  { program: 'infinite-loop.ts', flag: 'timeout' },
  { program: 'sleep-past-timeout.ts', flag: 'unavailable' },
  { program: 'block-on-atomics.ts', flag: 'unavailable' },
  { program: 'stack-overflow.ts', flag: 'stack' },
  { program: 'heap-bomb.ts', flag: 'memory' },
  { program: 'buffer-bomb.ts', flag: 'memory' },
  { program: 'typed-array-hoard.ts', flag: 'memory' },
  { program: 'stdout-flood.ts', flag: 'unavailable' },
  { program: 'stderr-flood.ts', flag: 'load-error' },
  { program: 'unhandled-rejection.ts', flag: null },
  { program: 'throw-in-timer.ts', flag: 'unavailable' },
  // pretending success and forging the result channel
  { program: 'exit-zero-at-load.ts', flag: 'load-error' },
  { program: 'exit-zero-in-call.ts', flag: 'load-error' },
  { program: 'fake-result-json.ts', flag: 'load-error' },
  { program: 'forge-ipc-message.ts', flag: 'load-error' },
  { program: 'rewrite-ipc-results.ts', flag: 'load-error' },
  { program: 'garbage-on-result-fds.ts', flag: 'load-error' },
  { program: 'uncloneable-result.ts', flag: null },
  // patching assert, intrinsics and globals (frozen in the candidate's isolate too: a patch would follow the module into nodes/)
  { program: 'patch-assert.ts', flag: 'load-error' },
  { program: 'patch-prototype.ts', flag: 'tamper-attempt' },
  { program: 'patch-json.ts', flag: 'tamper-attempt' },
  { program: 'patch-math.ts', flag: 'tamper-attempt' },
  { program: 'global-object.ts', flag: 'static-guard' },
  { program: 'eval-code.ts', flag: 'static-guard' },
];
