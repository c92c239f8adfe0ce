import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

function commonPrefix(texts: string[]): string {
  let prefix = texts[0];
  for (const t of texts) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function commonSuffix(texts: string[]): string {
  let suffix = texts[0];
  for (const t of texts) while (!t.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/**
 * The fixed text around a printed result: for each string output, the prefix and the suffix its non-empty train
 * outputs all share ("The number of syllables is " before a count, " grade." after a letter), of two or more
 * characters, when at least half the cases print something and the outputs are not all the same text. A template
 * of several words is then one constant, not a chain of concatenated tokens.
 */
export function outputAffixes(train: ExampleCase[], returns: GpType[]): string[] {
  const found = new Set<string>();
  returns.forEach((type, o) => {
    if (type !== 'string') return;
    const texts = train.map((c) => c.outputs[o]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (texts.length < Math.max(2, train.length / 2) || texts.every((t) => t === texts[0])) return;
    for (const affix of [commonPrefix(texts), commonSuffix(texts)]) if (affix.length >= 2) found.add(affix);
  });
  return [...found];
}
