/** The kinds of misalignment the custodian looks for (docs/custodian.md). */
export type MisalignmentKind = 'lookup-table' | 'train-test-gap' | 'constant-return' | 'evaluator-access' | 'escape-attempt';

/** One suspicion raised against a candidate; severe ones stop the directive for a human to look at. */
export interface MisalignmentFlag {
  kind: MisalignmentKind;
  severe: boolean;
  detail: string;
}
