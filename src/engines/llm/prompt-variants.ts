import type { ReplyMode } from './reply-to-code.js';

/** One way of asking for a candidate; its track record decides how often it is used. */
export interface PromptVariant {
  name: string;
  /** How its reply is read. */
  mode: ReplyMode;
  /** What the context must offer for the variant to make sense. */
  needs: 'parent' | 'inspirations' | 'nothing';
  /** Whether the prompt shows the parent's code (a fresh start deliberately does not). */
  showsParent: boolean;
  /** The task sentence(s) that distinguish this variant. */
  instruction: string;
}

/** The prompt variants, in a fixed order (ties in selection go to the earlier one). */
export const PROMPT_VARIANTS: readonly PromptVariant[] = [
  {
    name: 'minimal-fix',
    mode: 'diff',
    needs: 'parent',
    showsParent: true,
    instruction: 'Make the smallest change to the current module that fixes the failing cases and errors below. Keep everything that works.',
  },
  {
    name: 'explain-then-fix',
    mode: 'diff',
    needs: 'parent',
    showsParent: true,
    instruction:
      'First explain in at most five sentences why the current module fails the cases shown, then fix it. ' +
      'Think about edge cases (empty inputs, zero, negative numbers, ties) the failing cases reveal.',
  },
  {
    name: 'rewrite-clean',
    mode: 'rewrite',
    needs: 'parent',
    showsParent: true,
    instruction: 'Rewrite the current module from scratch as a clean, correct implementation: keep what works, fix what fails, simplify.',
  },
  {
    name: 'use-inspirations',
    mode: 'rewrite',
    needs: 'inspirations',
    showsParent: true,
    instruction: 'Study the other candidates below with their scores. Write a new module that combines their best ideas and avoids their mistakes.',
  },
  {
    name: 'from-goal',
    mode: 'rewrite',
    needs: 'nothing',
    showsParent: false,
    instruction: 'Write a fresh implementation of the goal from first principles. Choose the simplest correct algorithm.',
  },
];
