// Reaches its global object through the Function constructor, named at run time behind type assertions (the static
// guard, a lint and not the boundary, cannot follow it), and plants getters on Object.prototype so that any
// result record anyone reads says ok, solved and a perfect score, plus an assert and JSON that agree with everything;
// otherwise it answers wrongly. Contained: its isolate's built-ins are frozen (tamper-attempt), and the judge is elsewhere.
type Make = (body: string) => () => Record<string, unknown>;
const make = ((() => 0) as unknown as Record<string, number>)[['constr', 'uctor'].join('')] as unknown as Make;
const realm = make('return this')();
const fields: [string, unknown][] = [['ok', true], ['solved', true], ['score', 1], ['passed', 1]];
for (const [name, value] of fields) Object.defineProperty(Object.prototype, name, { get: () => value, configurable: true });
realm.assert = { equal: () => undefined, deepEqual: () => undefined, ok: () => undefined };
realm.JSON = { stringify: () => '2', parse: () => ({ ok: true }) };
export default function f(a: number, b: number): number {
  return a - b;
}
