// Test doubles for code built on Hephaestus, published as `hephaestus/test` (like the AI SDK's `ai/test`).
export { createMockLlmModel } from './mock-llm-model.js';
export type { MockCall } from './mock-llm-model.js';
export { startScriptedOpenAiServer } from './scripted-openai-server.js';
export type { Script, ScriptedOpenAiServer, ScriptedRequest, ScriptedStep } from './scripted-openai-server.js';
