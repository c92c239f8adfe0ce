/** One malformed input: a folder of corpus/ overlaid on the abs-diff fixture, and the file and field the error must name. */
export interface MalformedCase {
  case: string;
  /** The file the message must name, relative to the working directory. */
  file: string;
  /** The field or line the message must name right after the file. */
  field: string;
  /** Commands to drive it through; module defects only concern `eval`. Default: run and eval. */
  commands?: ('run' | 'eval')[];
  /** The module `eval` is given (default correct.ts). */
  module?: string;
}

/** Every folder in tests/malformed/corpus (the suite checks both lists agree); add a folder and a line to extend. */
export const MALFORMED_TABLE: MalformedCase[] = [
  { case: 'directive-invalid-json', file: 'directive.json', field: 'line 5' },
  { case: 'directive-empty', file: 'directive.json', field: 'directive' },
  { case: 'directive-binary', file: 'directive.json', field: 'directive' },
  { case: 'directive-array-root', file: 'directive.json', field: '(root)' },
  { case: 'directive-utf8-bom', file: 'directive.json', field: 'line 1' },
  { case: 'directive-utf16', file: 'directive.json', field: 'directive' },
  { case: 'directive-missing-id', file: 'directive.json', field: 'id' },
  { case: 'directive-missing-signature', file: 'directive.json', field: 'signature' },
  { case: 'directive-missing-evaluator', file: 'directive.json', field: 'evaluator' },
  { case: 'directive-id-wrong-type', file: 'directive.json', field: 'id' },
  { case: 'directive-goal-empty', file: 'directive.json', field: 'goal' },
  { case: 'directive-unknown-field', file: 'directive.json', field: '(root)' },
  { case: 'directive-unknown-evaluator-kind', file: 'directive.json', field: 'evaluator.kind' },
  { case: 'directive-signature-unparseable', file: 'directive.json', field: 'signature' },
  { case: 'directive-signature-not-function', file: 'directive.json', field: 'signature' },
  { case: 'directive-timeout-wrong-type', file: 'directive.json', field: 'constraints.timeoutMs' },
  { case: 'directive-timeout-negative', file: 'directive.json', field: 'constraints.timeoutMs' },
  { case: 'directive-memory-too-large', file: 'directive.json', field: 'constraints.memoryMb' },
  { case: 'directive-allowed-imports-not-array', file: 'directive.json', field: 'constraints.allowedImports' },
  { case: 'directive-train-missing-file', file: 'directive.json', field: 'evaluator.train' },
  { case: 'directive-train-is-directory', file: 'directive.json', field: 'evaluator.train' },
  { case: 'directive-train-escapes-project', file: 'directive.json', field: 'evaluator.train' },
  { case: 'directive-test-absolute-outside', file: 'directive.json', field: 'evaluator.test' },
  { case: 'directive-seed-escapes-project', file: 'directive.json', field: 'seed' },
  { case: 'directive-seed-missing', file: 'directive.json', field: 'seed' },
  { case: 'directive-tests-file-escapes', file: 'directive.json', field: 'evaluator.files[0]' },
  { case: 'directive-script-module-missing', file: 'directive.json', field: 'evaluator.module' },
  { case: 'data-bad-json-line', file: 'train.jsonl', field: 'line 3' },
  { case: 'data-line-not-object', file: 'train.jsonl', field: 'line 2' },
  { case: 'data-missing-input', file: 'train.jsonl', field: 'line 1: input2' },
  { case: 'data-extra-input', file: 'train.jsonl', field: 'line 2: input3' },
  { case: 'data-unknown-key', file: 'train.jsonl', field: 'line 1: answer' },
  { case: 'data-missing-output', file: 'train.jsonl', field: 'line 1: output1' },
  { case: 'data-inconsistent-outputs', file: 'train.jsonl', field: 'line 2' },
  { case: 'data-empty', file: 'train.jsonl', field: 'cases' },
  { case: 'data-blank-lines-only', file: 'train.jsonl', field: 'line 1' },
  { case: 'data-binary', file: 'train.jsonl', field: 'cases' },
  { case: 'data-test-bad-line', file: 'test.jsonl', field: 'line 2' },
  { case: 'config-invalid-json', file: 'config/forge_config.json', field: 'line 1' },
  { case: 'config-wrong-type', file: 'config/forge_config.json', field: 'sandbox.concurrency' },
  { case: 'config-unknown-key', file: 'config/forge_config.json', field: '(root)' },
  { case: 'config-bad-engine', file: 'config/forge_config.json', field: 'engine' },
  { case: 'config-empty', file: 'config/forge_config.json', field: 'config' },
  { case: 'config-binary', file: 'config/forge_config.json', field: 'config' },
  { case: 'config-llm-bad-provider', file: 'config/forge_config.json', field: 'llm.provider' },
  { case: 'module-empty', file: 'module.dat', field: 'module', commands: ['eval'], module: 'module.dat' },
  { case: 'module-binary', file: 'module.dat', field: 'module', commands: ['eval'], module: 'module.dat' },
  { case: 'module-missing', file: 'missing.ts', field: 'module', commands: ['eval'], module: 'missing.ts' },
];
