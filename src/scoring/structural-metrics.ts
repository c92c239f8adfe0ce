import type { MetricProvider } from './metric-provider.js';

/** What the build measured: whether it built, how many build errors, size, complexity, type errors and lint. */
export const structuralMetrics: MetricProvider = {
  name: 'structural',
  measure(build) {
    return {
      built: build.ok ? 1 : 0,
      build_errors: build.errors.length,
      lines: build.structural.lines,
      cyclomatic: build.structural.cyclomatic,
      type_errors: build.structural.typeErrors,
      lint_findings: build.structural.lintFindings,
    };
  },
};
