import { configDefaults, defineConfig } from 'vitest/config';

// Sandbox and registry tests spawn processes and open files: run them on both cores, patiently.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    // Fixture, corpus and benchmark-directive directories hold test files of directives (run inside the sandbox by the tests that use them), not ours.
    exclude: [...configDefaults.exclude, '**/*fixture*/**', 'tests/malformed/corpus/**', 'bench/tests-directives/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
