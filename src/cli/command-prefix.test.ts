import { describe, expect, it } from 'vitest';
import { commandPrefix } from './command-prefix.js';

describe('commandPrefix', () => {
  it('adds -C only for another directory, quoted for the shell when it needs it', () => {
    expect(commandPrefix(process.cwd())).toBe('hephaestus');
    expect(commandPrefix('/tmp/work-1')).toBe('hephaestus -C /tmp/work-1');
    expect(commandPrefix("/tmp/it's here")).toBe("hephaestus -C '/tmp/it'\\''s here'");
  });
});
