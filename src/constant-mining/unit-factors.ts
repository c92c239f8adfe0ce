/**
 * Conversion factors a user rarely writes because everyone knows them: a goal that names two units of one measure
 * ("seconds as minutes and seconds", "km per hour" from minutes) needs the factor between them (60), though no
 * number appears in its text. Each entry: two unit patterns and the factor from the first to the second.
 */
/**
 * A word that is a unit only when counted: "3 min", "per second", "one bit" (not "the min of", "the second largest",
 * "a bit").
 */
const counted = (word: string): RegExp => new RegExp(`(?:\\d[\\s-]*|\\b(?:per|one)\\s+)(?:${word})\\b`);
const either = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));

const UNIT = {
  // The fields of a clock format too ("hh:mm", "m:ss"), which name no unit in words.
  second: either(/\b(seconds|secs?)\b/, counted('second'), /(?<=:)ss\b/),
  minute: either(/\bminutes?\b/, counted('mins?'), /\bmm?(?=:ss\b)|(?<=\bhh?:)mm\b/),
  hour: either(/\b(hours?|hourly|hrs?)\b/, /\bhh?(?=:mm\b)/),
  day: /\b(days?|daily|midnight)\b/,
  week: /\b(weeks?|weekly)\b/,
  month: /\b(months?|monthly)\b/,
  year: /\b(years?|yearly|annual(ly)?)\b/,
  // Not the MM of "HH:MM" or "YYYY-MM-DD".
  millimetre: /\bmillimet(er|re)s?\b|(?<![-:/])\bmm\b(?![-:/])/,
  centimetre: /\b(centimet(er|re)s?|cm)\b/,
  metre: /\b(met(er|re)s?)\b/,
  kilometre: /\b(kilomet(er|re)s?|km)\b/,
  inch: /\b(inch(es)?)\b/,
  foot: /\b(feet|foot)\b/,
  yard: /\b(yards?)\b/,
  mile: /\b(miles?|mph)\b/,
  gram: /\b(grams?)\b/,
  kilogram: /\b(kilograms?|kilos?|kg)\b/,
  pound: /\b(pounds?|lbs?)\b(?!\s+(signs?|keys?|symbols?))/,
  ounce: /\b(ounces?|oz)\b/,
  millilitre: /\b(millilit(er|re)s?|ml)\b/,
  litre: /\b(lit(er|re)s?)\b/,
  gallon: /\b(gallons?)\b/,
  celsius: /\b(celsius|centigrade)\b/,
  fahrenheit: /\b(fahrenheit)\b/,
  cent: /\b(cents?|pennies|penny)\b/,
  dollar: /\b(dollars?|euros?|pounds? sterling)\b/,
  bit: either(/\bbits\b/, counted('bit')),
  byte: /\b(bytes?)\b/,
  kilobyte: /\b(kilobytes?|kb|kib)\b/,
  degree: /\b(degrees?)\b/,
  radian: /\b(radians?)\b/,
} satisfies Record<string, RegExp>;

type Unit = keyof typeof UNIT;

/** The factors between units of one measure, and constants a pair of them takes beyond its factor (32 °F at 0 °C). */
const FACTORS: [Unit, Unit, number[]][] = [
  ['second', 'minute', [60]],
  ['minute', 'hour', [60]],
  ['second', 'hour', [3600]],
  ['hour', 'day', [24]],
  ['minute', 'day', [1440]],
  ['day', 'week', [7]],
  ['month', 'year', [12]],
  ['week', 'year', [52]],
  ['day', 'year', [365]],
  ['millimetre', 'centimetre', [10]],
  ['centimetre', 'metre', [100]],
  ['millimetre', 'metre', [1000]],
  ['metre', 'kilometre', [1000]],
  ['inch', 'centimetre', [2.54]],
  ['inch', 'millimetre', [25.4]],
  ['inch', 'foot', [12]],
  ['foot', 'yard', [3]],
  ['foot', 'metre', [0.3048]],
  ['yard', 'metre', [0.9144]],
  ['mile', 'kilometre', [1.609344]],
  ['mile', 'foot', [5280]],
  ['gram', 'kilogram', [1000]],
  ['pound', 'kilogram', [0.45359237, 2.20462]],
  ['ounce', 'pound', [16]],
  ['ounce', 'gram', [28.349523125]],
  ['millilitre', 'litre', [1000]],
  ['gallon', 'litre', [3.785411784]],
  ['celsius', 'fahrenheit', [1.8, 32]],
  ['cent', 'dollar', [100]],
  ['bit', 'byte', [8]],
  ['byte', 'kilobyte', [1024, 1000]],
  ['degree', 'radian', [180, Math.PI]],
];

/** The conversion factors between every pair of units of one measure that the goal names. */
export function unitFactors(goal: string): number[] {
  const text = goal.toLowerCase();
  const named = new Set((Object.keys(UNIT) as Unit[]).filter((u) => UNIT[u].test(text)));
  return [...new Set(FACTORS.filter(([a, b]) => named.has(a) && named.has(b)).flatMap(([, , values]) => values))];
}

/** A round shape and a measure of it ("the area of a circle of radius r"), a circumference, or π named. */
const ROUND = /\b(circles?|discs?|disks?|spheres?|cylinders?|cones?|radius|radii|diameters?)\b/i;
const MEASURE = /\b(areas?|volumes?|surfaces?|perimeters?|lengths?)\b/i;
const NAMED = /\b(circumferences?|π)|\bpi\b/i;

/**
 * Constants everyone knows a goal's words to need, though it writes no number: π for a circle's area or a sphere's
 * volume, with 4/3 for a sphere's and 1/3 for a cone's. Not for a circle alone (people standing in a circle, a circular buffer, a graph's diameter), nor from quoted
 * text ("replace "pi" with "3.14"").
 */
export function knownConstants(goal: string): number[] {
  const text = goal.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ' ');
  if (!(ROUND.test(text) && MEASURE.test(text)) && !NAMED.test(text)) return [];
  // A sphere's volume is 4/3 π r³; a cone's a third of its cylinder's.
  return [Math.PI, ...(/\b(spheres?|spherical)\b/i.test(text) ? [4 / 3] : []), ...(/\bcones?\b/i.test(text) ? [1 / 3] : [])];
}
