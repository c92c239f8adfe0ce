import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Directive } from '../../directive/directive.js';
import { loadDirective } from '../../directive/load-directive.js';

/** The example directives every mutation engine's tests can use (small train/test JSON Lines beside each). */
export type FixtureName = 'add-two' | 'count-vowels';

/** Loads a fixture directive through the normal directive loader. */
export function loadFixtureDirective(name: FixtureName): Directive {
  return loadDirective(join(dirname(fileURLToPath(import.meta.url)), name, 'directive.json'));
}
