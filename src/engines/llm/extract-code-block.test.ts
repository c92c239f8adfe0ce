import { describe, expect, it } from 'vitest';
import { extractCodeBlock } from './extract-code-block.js';

const module = 'export default function add(a: number, b: number): number {\n  return a + b;\n}';

describe('extractCodeBlock', () => {
  it('takes the longest ```ts or ```typescript block', () => {
    const reply = `Usage:\n\`\`\`ts\nadd(1, 2);\n\`\`\`\nModule:\n\`\`\`typescript\n${module}\n\`\`\`\nDone.`;
    expect(extractCodeBlock(reply)).toEqual({ ok: true, code: `${module}\n` });
  });

  it('keeps inner fences of a longer outer fence and accepts an untagged block with a default export', () => {
    const doc = '/** Example:\n * ```ts\n * add(1, 2)\n * ```\n */\n' + module;
    expect(extractCodeBlock(`\`\`\`\`ts\n${doc}\n\`\`\`\``)).toEqual({ ok: true, code: `${doc}\n` });
    expect(extractCodeBlock(`\`\`\`\n${module}\n\`\`\``)).toEqual({ ok: true, code: `${module}\n` });
  });

  it('accepts a bare module reply', () => {
    expect(extractCodeBlock(`${module}\n`)).toEqual({ ok: true, code: `${module}\n` });
  });

  it('names why nothing usable was found', () => {
    const reason = (text: string) => {
      const result = extractCodeBlock(text);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('I cannot help with that.')).toBe('no ```ts code block in the reply');
    expect(reason('```python\nprint(1)\n```')).toBe('no TypeScript code block in the reply');
    expect(reason(`\`\`\`ts\n${module}`)).toContain('not closed');
    expect(reason('```ts\n\n```')).toBe('no TypeScript code block in the reply');
  });
});
