import { InvalidArgumentError } from 'commander';

/** A commander parser for a positive integer option (`60_000_000` accepted), naming the flag when the text is not one. */
export const positive =
  (flag: string) =>
  (text: string): number => {
    const n = Number(text.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive integer`);
    return n;
  };
