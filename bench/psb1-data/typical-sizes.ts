/** Reads the "Typical use" train and test sizes from a PSB1 problem README ("Train cases (100)", "Test cases (1,000)"). */
export function typicalSizes(readme: string, where: string): { train: number; test: number } {
  const size = (label: string): number => {
    const match = new RegExp(`${label} cases \\(([\\d,]+)\\)`).exec(readme);
    if (!match) throw new Error(`${where}: no "${label} cases (N)" line under "Typical use"`);
    return Number(match[1].replaceAll(',', ''));
  };
  return { train: size('Train'), test: size('Test') };
}
