// Runs before the candidate is loaded: captures every reference the runner needs later and locks down what a
// candidate could use to fake a pass (node:assert) or to read the result channel's key (heap snapshots, V8 flags).
import assert from 'node:assert';
import Module, { syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

function deny(name) {
  return () => {
    throw new Error(`${name} is not available in the Hephaestus sandbox`);
  };
}

function deepFreeze(value, seen) {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, seen);
  }
}

// Rebinding a global (globalThis.JSON = fake) would redirect even code that uses the frozen intrinsics by name.
function lockGlobals() {
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (descriptor && 'value' in descriptor && descriptor.configurable) {
      Object.defineProperty(globalThis, name, { value: descriptor.value, writable: false, configurable: false, enumerable: descriptor.enumerable });
    }
  }
}

/** The references the runner keeps, captured while the realm is still clean; locks globals, assert and v8. */
export function hardenRealm() {
  for (const name of ['getHeapSnapshot', 'writeHeapSnapshot', 'setFlagsFromString', 'setHeapSnapshotNearHeapLimit']) {
    v8[name] = deny(`v8.${name}`);
  }
  Object.freeze(v8);
  deepFreeze(assert, new Set([Object.prototype, Function.prototype, Error.prototype, Error]));
  // Named imports of built-ins (import { isDeepStrictEqual } from 'node:util') change only through this function:
  // after our own last call, nobody may call it again, so the tests' named bindings stay what they were.
  Object.defineProperty(Module, 'syncBuiltinESMExports', { value: deny('module.syncBuiltinESMExports'), writable: false, configurable: false });
  syncBuiltinESMExports();
  lockGlobals();
  const send = process.send?.bind(process);
  if (!send) throw new Error('the candidate runner must be started with an IPC channel');
  const now = performance.now.bind(performance);
  const setTimer = setTimeout;
  const clearTimer = clearTimeout;
  const once = process.once.bind(process);
  const PromiseCtor = Promise;
  const stringify = JSON.stringify;
  return {
    send,
    now,
    toUrl: (file) => pathToFileURL(file).href,
    stringify,
    /** Waits for the parent's first IPC message (the key and the job). */
    receive: () => new PromiseCtor((resolve) => once('message', resolve)),
    /** Settles a thenable, rejecting when it takes longer than `ms`. */
    within: (thenable, ms) =>
      new PromiseCtor((resolve, reject) => {
        const timer = setTimer(() => reject(new Error(`async call still pending after ${ms} ms`)), ms);
        PromiseCtor.resolve(thenable).then(
          (value) => {
            clearTimer(timer);
            resolve(value);
          },
          (error) => {
            clearTimer(timer);
            reject(error);
          },
        );
      }),
  };
}
