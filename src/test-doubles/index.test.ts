import { describe, expect, it } from 'vitest';

describe('hephaestus/test', () => {
  it('publishes the test doubles under the package name', async () => {
    const doubles = await import('hephaestus/test');
    expect(Object.keys(doubles).sort()).toEqual(['createMockLlmModel', 'startScriptedOpenAiServer']);
  });
});
