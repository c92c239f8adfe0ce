import { afterEach, describe, expect, it, vi } from 'vitest';
import { admitWithoutBwrap } from './admit-without-bwrap.js';

afterEach(() => vi.restoreAllMocks());

describe('admitWithoutBwrap', () => {
  it("admits the offline engine's whitelisted programs with a one-line notice, said once", () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    admitWithoutBwrap('gp-whitelist', false);
    admitWithoutBwrap('gp-whitelist', false);
    expect(write).toHaveBeenCalledTimes(1);
    const notice = String(write.mock.calls[0][0]);
    expect(notice.trim().split('\n')).toHaveLength(1);
    expect(notice).toContain('bubblewrap is not usable');
  });

  it('refuses untrusted code without the opt-in, saying how to fix it, and prints nothing', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => admitWithoutBwrap('untrusted', false)).toThrow(
      expect.objectContaining({ name: 'HephaestusError', code: 'SANDBOX_FAILURE', field: 'sandbox.allow_untrusted_without_bwrap', exitCode: 1 }),
    );
    expect(() => admitWithoutBwrap('untrusted', false)).toThrow(/apt-get install bubblewrap.*allow_untrusted_without_bwrap/);
    expect(write).not.toHaveBeenCalled();
  });

  it('admits untrusted code with the opt-in, with a loud warning said once', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    admitWithoutBwrap('untrusted', true);
    admitWithoutBwrap('untrusted', true);
    expect(write).toHaveBeenCalledTimes(1);
    expect(String(write.mock.calls[0][0])).toMatch(/!!! HEPHAESTUS SANDBOX WARNING[\s\S]*UNTRUSTED[\s\S]*NO network isolation/);
  });
});
