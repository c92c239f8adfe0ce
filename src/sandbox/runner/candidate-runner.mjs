// Entry point of the sandboxed process (plain ES module, no TypeScript at runtime): node candidate-runner.mjs MODULE.
// Order matters: harden the realm and take the key and job from the parent, load the directive's tests or script,
// and only then import the candidate. Every result goes back over IPC with an HMAC the candidate cannot compute.
import { describeThrown } from './describe-thrown.mjs';
import { hardenRealm } from './harden-realm.mjs';
import { createMac } from './hmac-sha256.mjs';
import { loadHarness } from './load-harness.mjs';
import { runHarness } from './run-harness.mjs';

const modulePath = process.argv[2];
const realm = hardenRealm();
const ErrorCtor = Error;
const PromiseCtor = Promise;
const U8 = Uint8Array;

const { key, job } = await realm.receive();
const mac = createMac(U8.from(key));
let seq = 0;

// Node writes an IPC message to the socket at once when the kernel buffer has room (it only queues the rest), so a
// result is normally out before any later hang. Waiting for the write callback of every message would cost one event
// loop turn per case; waiting on every FLUSH_EVERY-th message (and the last) bounds what could ever sit queued.
const FLUSH_EVERY = 32;

/** Sends one authenticated message; resolves at once, or when written for every FLUSH_EVERY-th and the final one. */
function emit(message) {
  const payload = realm.stringify({ ...message, seq });
  const flush = message.kind === 'done' || seq % FLUSH_EVERY === FLUSH_EVERY - 1;
  seq++;
  if (!flush) {
    realm.send({ p: payload, m: mac(payload) });
    return undefined;
  }
  return new PromiseCtor((resolve) => realm.send({ p: payload, m: mac(payload) }, resolve));
}

function failing(message) {
  return {
    fn: () => {
      throw new ErrorCtor(message);
    },
    mod: {},
    loadError: message,
  };
}

async function loadCandidate() {
  try {
    const mod = await import(realm.toUrl(modulePath));
    return typeof mod.default === 'function' ? { fn: mod.default, mod } : failing('the candidate module has no default-exported function');
  } catch (error) {
    return failing(`the candidate module failed to load: ${describeThrown(error)}`);
  }
}

const harness = await loadHarness(job, realm);
if (harness.tests) await emit({ kind: 'plan', tests: harness.tests.map((test) => test.name) });
const candidate = await loadCandidate();
if (candidate.loadError) await emit({ kind: 'load-error', error: candidate.loadError });
await runHarness(job, harness, candidate, emit, realm);
await emit({ kind: 'done' });
