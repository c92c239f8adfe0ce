import { MORE_PROBLEMS } from './problems-more.js';
import { NUMBER_PROBLEMS } from './problems-numbers.js';
import type { Psb1Problem } from './psb1-problem.js';
import { STRING_PROBLEMS } from './problems-strings.js';
import { VECTOR_PROBLEMS } from './problems-vectors.js';

/** Every PSB1 problem this generator has a reference implementation for. */
export const PSB1_PROBLEMS: Psb1Problem[] = [...NUMBER_PROBLEMS, ...VECTOR_PROBLEMS, ...STRING_PROBLEMS, ...MORE_PROBLEMS];
