/** How many assertions have passed since the counter was last reset. */
export interface AssertCounter {
  passed: number;
}

/**
 * Wraps a real assert module so that every assertion that returns (passes) is counted; failing ones throw as before.
 * `assert.strict` and the other members are wrapped alike.
 */
export function countingAssert(real: unknown, counter: AssertCounter): unknown {
  const wrap = (target: object): unknown =>
    new Proxy(target, {
      apply: (fn, self, args: unknown[]) => {
        const result: unknown = Reflect.apply(fn as (...a: unknown[]) => unknown, self, args);
        counter.passed++;
        return result;
      },
      get: (from, key) => {
        const value: unknown = Reflect.get(from, key);
        // Classes (AssertionError) are constructed, not asserted with: they stay as they are.
        if (typeof value !== 'function' || /^[A-Z]/.test(String(key))) return value;
        return key === 'strict' ? wrap(value) : wrap(value.bind(from));
      },
    });
  return wrap(real as object);
}
