import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A value a task takes: an integer, or a list of up to 8 integers. */
type Input = number | number[];

/** A directive the transfer benchmark writes: an integer function given by a reference implementation. */
export interface TransferTask {
  id: string;
  goal: string;
  signature: string;
  /** Method syntax, so references over numbers or lists both fit. */
  reference(...args: Input[]): number;
  /** Which parameters are lists (default: none). */
  lists?: boolean[];
  /** Varies the case stream, so a repeated function is checked on other cases. */
  salt?: number;
}

/** A target directive and the related ones solved before it in the transfer condition. */
export interface TransferFamily {
  name: string;
  related: TransferTask[];
  target: TransferTask;
}

const sumOfSquares: TransferTask = {
  id: 'sum-of-squares',
  goal: 'Return the sum of the squares of the numbers in xs.',
  signature: '(xs: number[]) => number',
  reference: (xs: number[]) => xs.reduce((a, x) => a + x * x, 0),
  lists: [true],
};

/**
 * The families measured. `repeat`: the target asks for the same function as a solved directive, on other cases (the
 * memory should hand it the solution). `cubic` and `distance-product`: the target extends the related solution.
 * `squares-two-lists` and `squares-of-evens` (PSB1-style, over lists): the target applies the related solution to other
 * arguments, which its module in nodes/ offers as one building block.
 */
export const TRANSFER_FAMILIES: TransferFamily[] = [
  {
    name: 'squares-two-lists',
    related: [sumOfSquares],
    target: {
      id: 'squares-of-both',
      goal: 'Return the sum of the squares of the numbers in xs plus the sum of the squares of the numbers in ys.',
      signature: '(xs: number[], ys: number[]) => number',
      reference: (xs: number[], ys: number[]) => sumOfSquares.reference(xs) + sumOfSquares.reference(ys),
      lists: [true, true],
    },
  },
  {
    name: 'squares-of-evens',
    related: [sumOfSquares],
    target: {
      id: 'squares-of-evens',
      goal: 'Return the sum of the squares of the even numbers in xs.',
      signature: '(xs: number[]) => number',
      reference: (xs: number[]) => sumOfSquares.reference(xs.filter((x) => x % 2 === 0)),
      lists: [true],
    },
  },
  {
    name: 'repeat',
    related: [{ id: 'abs-diff', goal: 'Return the absolute difference of a and b.', signature: '(a: number, b: number) => number', reference: (a: number, b: number) => Math.abs(a - b) }],
    target: { id: 'gap-between', goal: 'Return how far apart a and b are on the number line.', signature: '(a: number, b: number) => number', reference: (a: number, b: number) => Math.abs(b - a), salt: 7 },
  },
  {
    name: 'cubic',
    related: [{ id: 'square', goal: 'Return x squared.', signature: '(x: number) => number', reference: (x: number) => x * x }],
    target: { id: 'cube-minus-x', goal: 'Return x cubed minus x.', signature: '(x: number) => number', reference: (x: number) => x * x * x - x },
  },
  {
    name: 'distance-product',
    related: [{ id: 'abs-diff', goal: 'Return the absolute difference of a and b.', signature: '(a: number, b: number) => number', reference: (a: number, b: number) => Math.abs(a - b) }],
    target: { id: 'distance-times-sum', goal: 'Return the absolute difference of a and b times their sum.', signature: '(a: number, b: number) => number', reference: (a: number, b: number) => Math.abs(a - b) * (a + b) },
  },
];

// A fixed pseudo-random stream, so every run of the benchmark sees the same cases.
function cases(task: TransferTask, count: number, salt: number): string {
  const arity = task.reference.length;
  let h = 2166136261 ^ salt;
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 13), 16777619) >>> 0;
    return (h % 41) - 20;
  };
  const list = (): number[] => Array.from({ length: (next() + 20) % 9 }, next);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const inputs = Array.from({ length: arity }, (_, j) => (task.lists?.[j] ? list() : next()));
    const record: Record<string, Input> = Object.fromEntries(inputs.map((v, j) => [`input${j + 1}`, v]));
    record.output1 = task.reference(...inputs);
    lines.push(JSON.stringify(record));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes a task as a directive with 40 train and 20 test cases under `root/<id>/` (plus extra fields); returns the directive file. */
export function writeTask(root: string, task: TransferTask, extra: Record<string, unknown> = {}): string {
  const dir = join(root, task.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.jsonl'), cases(task, 40, 1 + (task.salt ?? 0)));
  writeFileSync(join(dir, 'test.jsonl'), cases(task, 20, 2 + (task.salt ?? 0)));
  const directive = { id: task.id, goal: task.goal, signature: task.signature, evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' }, ...extra };
  writeFileSync(join(dir, 'directive.json'), JSON.stringify(directive, null, 2));
  return join(dir, 'directive.json');
}
