import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';

/** The texts and settings of one call as a mock model sees them. */
export interface MockCall {
  system: string;
  prompt: string;
  temperature?: number;
  seed?: number;
}

/**
 * An AI SDK MockLanguageModelV3 whose reply is a function of the request (so equal prompts get equal replies, as
 * determinism tests need). The reply function may throw to simulate provider errors. For tests only.
 */
export function createMockLlmModel(
  reply: (call: MockCall) => string = wellFormedReply,
  usage: { inputTokens: number; outputTokens: number } = { inputTokens: 120, outputTokens: 40 },
): MockLanguageModelV3 & { calls: MockCall[] } {
  const calls: MockCall[] = [];
  const model = new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: async (options: LanguageModelV3CallOptions) => {
      const call = toCall(options);
      calls.push(call);
      return {
        content: [{ type: 'text', text: reply(call) }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: usage.inputTokens, noCache: usage.inputTokens, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: usage.outputTokens, text: usage.outputTokens, reasoning: undefined },
        },
        warnings: [],
      };
    },
  });
  return Object.assign(model, { calls });
}

function toCall(options: LanguageModelV3CallOptions): MockCall {
  const texts = (role: string) =>
    options.prompt
      .filter((m) => m.role === role)
      .map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? p.text : '')).join('')))
      .join('\n');
  return { system: texts('system'), prompt: texts('user'), temperature: options.temperature, seed: options.seed };
}

/** A reply in the requested format: an edit of the current module's first line, or a small whole module. */
function wellFormedReply(call: MockCall): string {
  const current = /# Current module[^\n]*\n`{3,}ts\n([^\n]*)/.exec(call.prompt);
  if (call.prompt.includes('<<<<<<< SEARCH') && current) {
    return `<<<<<<< SEARCH\n${current[1]}\n=======\n// edited at temperature ${call.temperature}\n${current[1]}\n>>>>>>> REPLACE\n`;
  }
  return `\`\`\`ts\n// written with seed ${call.seed}\nexport default function solution(...args: unknown[]): unknown {\n  return args[0];\n}\n\`\`\`\n`;
}
