import type { Proposal } from '../../mutation/mutation-engine.js';
import { redactSecrets } from '../../util/redact-secrets.js';
import { terminalSafe } from '../../util/terminal-safe.js';
import { FailureDigest } from './failure-digest.js';
import type { ForgeServices, ForgeState } from './forge-state.js';

// One digest per run (its services), shared by the run's directives, so a cause already shown is not shown again.
const digests = new WeakMap<ForgeServices, FailureDigest>();
const KEY_VARIABLES = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HEPHAESTUS_LLM_API_KEY'];
const MAX_CAUSE_CHARS = 400;

function digestOf(services: ForgeServices): FailureDigest {
  let digest = digests.get(services);
  if (!digest) digests.set(services, (digest = new FailureDigest()));
  return digest;
}

// Provider messages may quote the key or the endpoint's credentials; they are shown with both hidden, as one line.
function clean(state: ForgeState, text: string): string {
  const named = state.config.llm?.api_key_env;
  const secrets = [...KEY_VARIABLES, ...(named ? [named] : [])].map((name) => process.env[name] ?? '');
  return terminalSafe(redactSecrets(text, secrets), { maxChars: MAX_CAUSE_CHARS });
}

/**
 * Shows on the console why LLM proposals failed (connection refused, HTTP 401 with the provider's message, timeouts,
 * unusable replies): the first occurrence of each cause at once, repeats as counts at the next summary.
 */
export function reportLlmFailures(state: ForgeState, proposals: readonly Proposal[]): void {
  if (state.engine.name !== 'llm') return;
  const digest = digestOf(state.services);
  for (const { failure } of proposals) {
    if (failure === undefined) continue;
    const line = digest.note(clean(state, failure));
    if (line !== undefined) state.services.log(line.startsWith('LLM') ? line : `LLM reply unusable: ${line}`);
  }
}

/** Shows how often each cause shown before has repeated since (when the run degrades, and when a directive ends). */
export function summariseLlmFailures(state: ForgeState): void {
  for (const line of digests.get(state.services)?.flush() ?? []) state.services.log(`LLM failure ${line}`);
}
