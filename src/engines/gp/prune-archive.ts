/** Most programs the run's archive of train-perfect candidates keeps: it must not grow with the budget. */
export const ARCHIVE_LIMIT = 500;

/** Archived programs the final ranking compares: test cases passed, then train cases, then total error. */
export interface ArchivedScore {
  totalError: number;
  trainPassed: number;
  testPassed: number;
}

/** Once the archive holds twice its limit, keeps only the best `limit` entries (amortised: one sort per `limit` additions). */
export function pruneArchive<T extends ArchivedScore>(archive: Map<string, T>, limit = ARCHIVE_LIMIT): void {
  if (archive.size <= 2 * limit) return;
  const kept = [...archive].sort(([, a], [, b]) => b.testPassed - a.testPassed || b.trainPassed - a.trainPassed || a.totalError - b.totalError).slice(0, limit);
  archive.clear();
  for (const [code, scored] of kept) archive.set(code, scored);
}
