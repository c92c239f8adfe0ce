import { deeplyNested, fifoAt, paddedTo, symlinkOutside, symlinkTo, type MalformedSetup } from './malformed-setups.js';

const MiB = 1024 * 1024;

/** One malformed input: a folder of corpus/ overlaid on the abs-diff fixture, and the file and field the error must name. */
export interface MalformedCase {
  case: string;
  /** The file the message must name, relative to the working directory. */
  file: string;
  /** The field or line the message must name right after the file. */
  field: string;
  /** Commands to drive it through; module defects only concern `eval`. Default: run and eval. */
  commands?: ('run' | 'eval')[];
  /** The module `eval` is given, relative to the workspace or absolute (default correct.ts). */
  module?: string;
  /** Makes what cannot be committed (FIFOs, symlinks, huge files) after the folder is laid over the fixture. */
  setup?: MalformedSetup;
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
  { case: 'data-non-finite', file: 'train.jsonl', field: 'line 2: input1' },
  { case: 'config-non-finite', file: 'config/forge_config.json', field: 'sandbox.max_output_bytes' },
  { case: 'directive-non-finite-priority', file: 'directive.json', field: 'priority' },
  { case: 'data-string-for-number', file: 'train.jsonl', field: 'line 2: input1' },
  { case: 'data-boolean-for-number', file: 'train.jsonl', field: 'line 3: output1' },
  { case: 'data-null-for-number', file: 'test.jsonl', field: 'line 1: input1' },
  { case: 'data-array-wrong-element', file: 'train.jsonl', field: 'line 2: input1[1]' },
  { case: 'data-scalar-for-array', file: 'train.jsonl', field: 'line 1: input1' },
  { case: 'signature-output-type-mismatch', file: 'train.jsonl', field: 'line 1: output1' },
  { case: 'signature-output-arity-tuple', file: 'train.jsonl', field: 'line 1: output1' },
  { case: 'data-outputs-beyond-signature', file: 'train.jsonl', field: 'line 1: output2' },
  { case: 'signature-unknown-type', file: 'directive.json', field: 'signature' },
  { case: 'signature-unknown-element-type', file: 'directive.json', field: 'signature' },
  { case: 'data-invalid-utf8', file: 'train.jsonl', field: 'line 2' },
  { case: 'directive-invalid-utf8', file: 'directive.json', field: 'line 3' },
  { case: 'config-invalid-utf8', file: 'config/forge_config.json', field: 'line 2' },
  { case: 'data-duplicate-key', file: 'train.jsonl', field: 'line 2: input1' },
  { case: 'directive-duplicate-key', file: 'directive.json', field: 'evaluator.train' },
  { case: 'directive-duplicate-escaped-key', file: 'directive.json', field: 'goal' },
  { case: 'config-duplicate-key', file: 'config/forge_config.json', field: 'engine' },
  { case: 'directive-deep-nesting', file: 'directive.json', field: 'line 10' },
  { case: 'data-output-gap', file: 'train.jsonl', field: 'line 2: output3' },
  { case: 'data-input-beyond-signature', file: 'train.jsonl', field: 'line 2: input5' },
  { case: 'data-output-kind-mismatch', file: 'test.jsonl', field: 'line 2: output1' },
  { case: 'data-output-kinds-count', file: 'train.jsonl', field: 'line 1' },
  { case: 'data-deep-nesting', file: 'train.jsonl', field: 'line 2', setup: deeplyNested('train.jsonl', 100_000) },
  { case: 'directive-fifo', file: 'directive.json', field: 'directive', setup: fifoAt('directive.json') },
  { case: 'config-fifo', file: 'config/forge_config.json', field: 'config', setup: fifoAt('config/forge_config.json') },
  { case: 'data-fifo', file: 'directive.json', field: 'evaluator.train', setup: fifoAt('train.jsonl') },
  { case: 'tests-file-fifo', file: 'directive.json', field: 'evaluator.files[0]', setup: fifoAt('abs-diff.test.ts') },
  { case: 'module-fifo', file: 'module.ts', field: 'module', commands: ['eval'], module: 'module.ts', setup: fifoAt('module.ts') },
  { case: 'module-dev-zero', file: '/dev/zero', field: 'module', commands: ['eval'], module: '/dev/zero' },
  { case: 'data-symlink-dev-zero', file: 'directive.json', field: 'evaluator.train', setup: symlinkTo('train.jsonl', '/dev/zero') },
  { case: 'directive-train-symlink-outside', file: 'directive.json', field: 'evaluator.train', setup: symlinkOutside('train.jsonl') },
  { case: 'directive-test-symlink-outside', file: 'directive.json', field: 'evaluator.test', setup: symlinkOutside('test.jsonl') },
  { case: 'directive-seed-symlink-outside', file: 'directive.json', field: 'seed', setup: symlinkOutside('seed.ts') },
  { case: 'directive-tests-file-symlink-outside', file: 'directive.json', field: 'evaluator.files[0]', setup: symlinkOutside('abs-diff.test.ts') },
  { case: 'directive-script-symlink-outside', file: 'directive.json', field: 'evaluator.module', setup: symlinkOutside('evaluate.ts') },
  { case: 'directive-too-large', file: 'directive.json', field: 'directive', setup: paddedTo('directive.json', MiB + 1) },
  { case: 'data-too-large', file: 'train.jsonl', field: 'cases', setup: paddedTo('train.jsonl', 64 * MiB + 1) },
  { case: 'module-too-large', file: 'correct.ts', field: 'module', commands: ['eval'], setup: paddedTo('correct.ts', MiB + 1) },
];
