import { describe, it } from 'vitest';
import { bwrapAvailable } from './bwrap-available.js';
import { createSandbox } from './create-sandbox.js';
import { sandboxContract } from './sandbox.contract.js';

// Where bubblewrap cannot run, the permission-only variant still runs the contract; this file says so rather than pass.
if (bwrapAvailable()) {
  sandboxContract('bubblewrap + permission', () => createSandbox({ bwrap: 'required' }), { bwrap: 'required' });
} else {
  describe('bubblewrap + permission sandbox contract', () => {
    it.skip('needs a working bwrap (apt-get install bubblewrap)', () => undefined);
  });
}
