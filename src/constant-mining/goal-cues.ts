import type { PrimitiveCue } from '../primitives/primitive.js';
import type { GpType } from '../primitives/value-types.js';

/**
 * Words by which a goal asks for a loop that runs until a condition holds: "until", "repeatedly", "keep halving",
 * "how many steps / times / years it takes", "each bounce … of the previous one" ("iterate over the list", "repeated
 * letters" ask for no such loop). A
 * loop without a count is a large, slow building block for every other problem (its condition and its step are both
 * lambdas), so it is offered only to goals that ask for one.
 */
const ITERATION_PHRASES = [
  'until|till|repeatedly|again and again|keep(s|ing)? (on )?\\w+ing',
  'how many (steps|rounds|iterations|years|months|generations|moves|turns)',
  'how many times (can|must|should|do|does|will|would|you|it)',
  '(steps|times|rounds|iterations|years|months) (it )?(takes?|needed|required)',
  // A quantity made from the one before it ("each bounce reaches 60% of the previous one"), and a count of such
  // rounds that still pass a threshold ("how many bounces reach 1 metre").
  'of the (previous|preceding) one',
  'how many \\w+s (reach|until|before|till)',
];
const ITERATION = new RegExp(`\\b(${ITERATION_PHRASES.map((p) => `(${p})`).join('|')})\\b`, 'i');

/** The cued primitives a goal asks for (see Primitive.cue); none without a goal. */
export function goalCues(goal: string | undefined): Set<PrimitiveCue> {
  const cues = new Set<PrimitiveCue>();
  if (goal && ITERATION.test(goal)) cues.add('iteration');
  return cues;
}

/**
 * Words by which a goal asks for a type its signature lacks: a number's digits in a base are a text ("how many binary
 * digits": `n.toString(2).length`); a square root or a mean goes through a decimal (a perfect square's root is whole).
 * Not a rounding: "rounded down" beside whole numbers is mostly a whole division, which the decimals' primitives only crowd.
 */
const TYPE_CUES: [RegExp, GpType][] = [
  // Not "binary search", "a binary tree", "the base case" or "log base 2".
  [/\b(binary (digits?|representation|strings?|form|numbers?|notation)|(in|to|into|from) binary|hexadecimal|octal|(in|to|into) base \d+)\b/i, 'string'],
  [/\b(square roots?|perfect squares?|averages?|(the|arithmetic) mean)\b/i, 'float'],
];

/** The types a goal asks for beside its signature's (see TYPE_CUES); none without a goal. */
export function goalTypes(goal: string | undefined): GpType[] {
  return goal ? TYPE_CUES.filter(([pattern]) => pattern.test(goal)).map(([, type]) => type) : [];
}
