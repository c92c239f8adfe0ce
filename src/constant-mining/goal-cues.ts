import type { PrimitiveCue } from '../primitives/primitive.js';

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
