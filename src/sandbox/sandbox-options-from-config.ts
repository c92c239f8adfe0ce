import type { ForgeConfig } from '../config/config-schema.js';
import type { SandboxOptions } from './create-sandbox.js';

/** The sandbox the `sandbox` section of forge_config.json asks for (bubblewrap policy, output cap, scratch quota). */
export function sandboxOptionsFromConfig(config: ForgeConfig): SandboxOptions {
  return {
    bwrap: config.sandbox.require_bwrap ? 'required' : 'auto',
    allowUntrustedWithoutBwrap: config.sandbox.allow_untrusted_without_bwrap,
    maxOutputBytes: config.sandbox.max_output_bytes,
    scratchMb: config.sandbox.scratch_mb,
  };
}
