import { HephaestusError } from '../errors/hephaestus-error.js';
import type { CandidateTrust } from './sandbox.js';

// Said once per process and kind: enough to be seen, few enough not to drown a forge run's log.
const said = new Set<CandidateTrust>();

function sayOnce(trust: CandidateTrust, text: string): void {
  if (said.has(trust)) return;
  said.add(trust);
  process.stderr.write(text);
}

const NOTICE =
  "hephaestus: bubblewrap is not usable here; the offline engine's programs (whitelisted primitives only) are verified under the Node permission model alone\n";
const WARNING =
  '\n!!! HEPHAESTUS SANDBOX WARNING: sandbox.allow_untrusted_without_bwrap is set and bubblewrap (bwrap) is not usable, so\n' +
  '!!! UNTRUSTED code (LLM output, seed modules, modules given to `eval`) runs under the Node permission model only:\n' +
  '!!! NO network isolation (it can reach 127.0.0.1 and the internet), no private file-system view, no pid namespace.\n' +
  '!!! Install bubblewrap (apt-get install bubblewrap) and remove the setting.\n\n';

/**
 * The policy for code run without bubblewrap: the offline engine's whitelisted programs may be (a one-line notice,
 * once); anything else only with the user's explicit opt-in (a loud warning, once), and otherwise it is refused with a
 * SANDBOX_FAILURE that says how to fix it.
 */
export function admitWithoutBwrap(trust: CandidateTrust, allowUntrusted: boolean): void {
  if (trust === 'gp-whitelist') return sayOnce(trust, NOTICE);
  if (allowUntrusted) return sayOnce(trust, WARNING);
  throw new HephaestusError(
    'SANDBOX_FAILURE',
    'refusing to run untrusted code (LLM output, a seed module or a module given to `eval`) without bubblewrap, which is not usable here: ' +
      'install it (apt-get install bubblewrap), or set "sandbox": { "allow_untrusted_without_bwrap": true } in config/forge_config.json ' +
      'to run it under the Node permission model alone (no network isolation)',
    { field: 'sandbox.allow_untrusted_without_bwrap' },
  );
}
