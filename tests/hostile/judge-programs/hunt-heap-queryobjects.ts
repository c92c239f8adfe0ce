// Hunts the heap for the judge's secrets the way the same-heap runner could be beaten: imports node:v8 from inside the
// Function constructor, named at run time behind type assertions (out of the guard's sight), walks queryObjects for result objects and flips every
// `ok`/`solved` it finds; otherwise it answers wrongly. Contained: its isolate refuses the import and holds nothing of the judge's.
const found: Record<string, unknown>[] = [];
type Make = (body: string) => () => Promise<unknown>;
const make = ((() => 0) as unknown as Record<string, number>)[['constr', 'uctor'].join('')] as unknown as Make;
void make('return imp' + 'ort("node:v8")')()
  .then((v8) => {
    const query = (v8 as { queryObjects?: (ctor: unknown, options: { format: string }) => unknown[] }).queryObjects;
    for (const object of query?.(Object, { format: 'summary' }) ?? []) found.push(object as Record<string, unknown>);
  })
  .catch(() => undefined);
export default function f(a: number, b: number): number {
  for (const object of found) {
    if ('ok' in object) object.ok = true;
    if ('solved' in object) object.solved = true;
  }
  return found.length > 0 ? Math.abs(a - b) : a - b;
}
