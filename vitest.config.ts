import { defineConfig } from 'vitest/config';

// Sandbox and registry tests spawn processes and open files: run them on both cores, patiently.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
