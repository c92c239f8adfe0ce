/** Punctuation and symbols by the names a goal calls them (not "dot product", not "a period of time"). */
const NAMES: [RegExp, string][] = [
  // A period only as a mark: "a period", "the period" (not "per period", "the orbital period", "a period of time").
  [/\bfull stops?\b|(?<=\b(a|the|each|every|one|no) )periods?\b(?!\s+of\b)/i, '.'],
  [/\bexclamation (marks?|points?)\b/i, '!'],
  [/\bquestion marks?\b/i, '?'],
  [/\bcommas?\b/i, ','],
  [/\bsemicolons?\b/i, ';'],
  [/\bcolons?\b/i, ':'],
  [/\bhyphens?\b|\bdash(es)?\b/i, '-'],
  [/\bunderscores?\b/i, '_'],
  [/\bapostrophes?\b/i, "'"],
  [/\bback[- ]?slash(es)?\b/i, '\\'],
  [/(?<!back[- ]?)\bslash(es)?\b/i, '/'],
  [/\bhash (signs?|marks?|characters?|symbols?)\b|\bpound signs?\b/i, '#'],
  [/\bat signs?\b/i, '@'],
  [/\basterisks?\b/i, '*'],
  [/\bampersands?\b/i, '&'],
  [/\bplus signs?\b/i, '+'],
  [/\bpercent signs?\b/i, '%'],
  [/\bdollar signs?\b/i, '$'],
];

/**
 * The characters a goal names in words ("a full stop, an exclamation mark or a question mark"), in the order it names
 * them: each one, and where it names two or more, all of them as one set (".!?"), which a program tests membership of
 * or loops over as a whole.
 */
export function characterNames(goal: string): string[] {
  const named = NAMES.map(([pattern, ch]) => ({ ch, at: goal.search(pattern) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.ch);
  return named.length >= 2 ? [named.join(''), ...named] : named;
}
