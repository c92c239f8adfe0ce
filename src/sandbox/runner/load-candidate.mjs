// Loads the candidate's compiled ES module into its own V8 isolate (isolated-vm), apart from the judge's heap: the
// judge only ever holds copies of plain values that came out of it. The isolate has the JavaScript built-ins alone
// (no process, require, fs, WebAssembly, SharedArrayBuffer or Atomics) and may import nothing.
import { readFileSync } from 'node:fs';
import { describeThrown } from './describe-thrown.mjs';
import { ISOLATE_BRIDGE } from './isolate-bridge.mjs';

const COPY_IN_OUT = { arguments: { copy: true }, result: { copy: true } };
// isolated-vm's own floor for an isolate's memory limit.
const MIN_ISOLATE_MB = 8;

/**
 * Loads the candidate with isolated-vm (`ivm`). Returns { fn, mod } (host functions that copy plain arguments in and
 * plain results out) or { loadError }. `onLimit('memory' | 'time')` is told each time the isolate hits a resource limit.
 */
export async function loadCandidate(ivm, modulePath, job, within, onLimit) {
  const isolate = new ivm.Isolate({ memoryLimit: Math.max(MIN_ISOLATE_MB, job.memoryMb) });
  const limits = { isolate, timeoutMs: job.caseTimeoutMs, memoryMb: job.memoryMb, onLimit, within };
  let bridge;
  try {
    const context = await isolate.createContext();
    bridge = await context.eval(ISOLATE_BRIDGE, { reference: true, timeout: job.caseTimeoutMs });
    const module = await isolate.compileModule(readFileSync(modulePath, 'utf8'), { filename: 'file:///candidate.mjs' });
    const imports = module.dependencySpecifiers;
    if (imports.length > 0) {
      const listed = imports.map((specifier) => `"${specifier}"`).join(', ');
      return { loadError: `the candidate imports ${listed}: candidates run in an isolate where no module can be imported` };
    }
    await module.instantiate(context, (specifier) => {
      throw new Error(`import of "${specifier}" refused: candidates may not import modules`);
    });
    await within(module.evaluate({ timeout: job.caseTimeoutMs }), job.caseTimeoutMs);
    const bind = await bridge.get('bind', { reference: true });
    const exports = await bind.apply(undefined, [module.namespace.derefInto()], { result: { copy: true }, timeout: job.caseTimeoutMs });
    return exposeExports(exports, bridge, limits);
  } catch (error) {
    return { loadError: `the candidate module failed to load: ${explain(error, limits)}` };
  }
}

async function exposeExports(exports, bridge, limits) {
  const [call, settle, value] = await Promise.all(['call', 'settle', 'value'].map((name) => bridge.get(name, { reference: true })));
  const mod = Object.create(null);
  for (const [name, isFunction, fnName, length] of exports) {
    if (isFunction) mod[name] = hostFunction(name, fnName, length, { call, settle }, limits);
    else {
      try {
        mod[name] = value.applySync(undefined, [name], { ...COPY_IN_OUT, timeout: limits.timeoutMs });
      } catch {
        // an export that is not plain data stays out of the judge's view
      }
    }
  }
  Object.freeze(mod);
  if (typeof mod.default !== 'function') return { loadError: 'the candidate module has no default-exported function' };
  return { fn: mod.default, mod };
}

/** A judge-side function standing for one exported candidate function: plain copies in, plain copies out. */
function hostFunction(exportName, fnName, length, bridge, limits) {
  const run = (...args) => {
    let outcome;
    try {
      outcome = bridge.call.applySync(undefined, [exportName, args], { ...COPY_IN_OUT, timeout: limits.timeoutMs });
    } catch (error) {
      throw new Error(explain(error, limits));
    }
    if (outcome[0] === 1) {
      const settled = bridge.settle.apply(undefined, [outcome[1]], { ...COPY_IN_OUT, result: { promise: true, copy: true }, timeout: limits.timeoutMs });
      return limits.within(settled, limits.timeoutMs).then(unwrap, (error) => {
        throw new Error(explain(error, limits));
      });
    }
    return unwrap(outcome);
  };
  Object.defineProperty(run, 'name', { value: fnName });
  Object.defineProperty(run, 'length', { value: length });
  return run;
}

function unwrap(outcome) {
  if (outcome[0] === 2) throw new Error(String(outcome[1]).slice(0, 2000));
  return outcome[1];
}

/** Turns isolated-vm's errors into the reason a case failed, telling onLimit when a limit was hit. */
function explain(error, limits) {
  const text = describeThrown(error);
  if (limits.isolate.isDisposed) {
    limits.onLimit('memory');
    return `memory: isolate limit of ${limits.memoryMb} MB reached`;
  }
  if (/Script execution timed out/.test(text)) {
    limits.onLimit('time');
    return `the call ran past its limit of ${limits.timeoutMs} ms and was stopped`;
  }
  if (/still pending after/.test(text)) limits.onLimit('time');
  if (/could not be cloned/.test(text)) return `only plain values cross the isolate boundary: ${text}`;
  return text;
}
