// Source of the script that runs first in the candidate's isolate, before the candidate's module. It removes the
// built-ins a candidate must not have, freezes the rest and returns the bridge the judge calls through. Everything here runs in the
// candidate's realm: a candidate that sabotages it only spoils its own answers, which the judge checks anyway.

/** The bridge script: evaluates to { bind, call, settle, value }, all working on the bound module namespace. */
export const ISOLATE_BRIDGE = `(() => {
  'use strict';
  // No WebAssembly (code outside the isolate's JavaScript limits), no shared memory (Atomics.wait blocks forever) and
  // not V8's console either (not ECMAScript; it prints nowhere, so a flood or a fake result line would vanish unseen).
  for (const name of ['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'console']) delete globalThis[name];
  const apply = Reflect.apply;
  const keysOf = Object.keys;
  const toText = String;
  const toNumber = Number;
  const resolved = Promise.resolve.bind(Promise);
  const pending = new Map();
  let nextId = 0;
  let ns;
  // Frozen built-ins and global: a module that patches them would patch the realm of whoever imports it from nodes/
  // later, so the attempt fails here (a TypeError the parent notes as tamper-attempt) instead of passing unseen.
  const seen = new Set();
  const freezeDeep = (value) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    seen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor) for (const part of [descriptor.value, descriptor.get, descriptor.set]) freezeDeep(part);
    }
  };
  freezeDeep(globalThis);
  const describe = (thrown) => {
    try {
      const text = thrown !== null && typeof thrown === 'object' && 'message' in thrown ? toText(thrown.message) : toText(thrown);
      return text.length > 2000 ? text.slice(0, 2000) + '...' : text;
    } catch {
      return 'an exception that cannot be described';
    }
  };
  return {
    // [name, 1, fn.name, fn.length] for a function export, [name, 0] for any other.
    bind(namespace) {
      ns = namespace;
      return keysOf(ns).map((name) => {
        const value = ns[name];
        return typeof value === 'function' ? [name, 1, describe(value.name), toNumber(value.length) || 0] : [name, 0];
      });
    },
    // [0, value] returned, [1, id] a thenable to settle(id), [2, message] thrown.
    call(name, args) {
      try {
        const out = apply(ns[name], undefined, args);
        if (out !== null && (typeof out === 'object' || typeof out === 'function') && typeof out.then === 'function') {
          const id = nextId++;
          pending.set(id, out);
          return [1, id];
        }
        return [0, out];
      } catch (thrown) {
        return [2, describe(thrown)];
      }
    },
    settle(id) {
      const thenable = pending.get(id);
      pending.delete(id);
      return resolved(thenable).then((value) => [0, value], (thrown) => [2, describe(thrown)]);
    },
    value(name) {
      return ns[name];
    },
  };
})()`;
