/**
 * What the static guard refuses. It is a tripwire that turns the obvious escape routes into build errors the engine
 * can learn from; the sandbox, not this list, is what contains a candidate (see docs/scoring.md and docs/security.md,
 * "Static guard").
 */
export const guardPolicy = {
  /** Modules that reach processes, the network, the file system or the engine itself: usable only when listed exactly. */
  dangerousModules: new Set([
    'child_process', 'cluster', 'dgram', 'dns', 'fs', 'http', 'http2', 'https', 'inspector', 'module', 'net',
    'process', 'repl', 'tls', 'trace_events', 'v8', 'vm', 'wasi', 'worker_threads',
  ]),
  /** Global names a candidate may not mention at all: code evaluation, the process, the global object, the network. */
  forbiddenGlobals: new Set([
    'eval', 'Function', 'AsyncFunction', 'GeneratorFunction', 'process', 'require', 'module', 'exports',
    '__filename', '__dirname', 'globalThis', 'global', 'self', 'window', 'Reflect', 'Proxy', 'WebAssembly',
    'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'Deno', 'Bun',
  ]),
  /** Property names that lead from any value to Function or to the prototype chain and V8's stack-trace hooks. */
  forbiddenProperties: new Set(['constructor', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'prepareStackTrace', 'captureStackTrace']),
  /**
   * Members that load modules or native code, reach the process's internals or walk to a function's prototype: refused
   * as property names and string constants, but fine as names of a candidate's own variables.
   */
  forbiddenMembers: new Set([
    'getBuiltinModule', 'binding', '_linkedBinding', 'dlopen', 'mainModule', 'reallyExit', '_rawDebug', '_load',
    'getPrototypeOf', 'setPrototypeOf', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors',
  ]),
};

/** True for a property name the guard refuses in any form (a property access, a computed key, a string). */
export function isForbiddenMember(name: string): boolean {
  return guardPolicy.forbiddenProperties.has(name) || guardPolicy.forbiddenMembers.has(name);
}
