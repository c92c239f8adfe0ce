import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the test server: a chat completion, an HTTP error, or a raw (possibly malformed) body. */
export interface ScriptedStep {
  /** HTTP status; 200 when absent. */
  status?: number;
  headers?: Record<string, string>;
  /** Assistant message text of a well-formed chat completion (used when status is 200 and rawBody is absent). */
  content?: string;
  /** Sent verbatim instead of a completion, e.g. a malformed body or an error document. */
  rawBody?: string;
  /** Wait this long before answering, to exercise timeouts. */
  delayMs?: number;
  usage?: { promptTokens: number; completionTokens: number };
}

/** A request the server received, for assertions. */
export interface ScriptedRequest {
  index: number;
  path: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; messages?: { role: string; content: unknown }[]; temperature?: number; seed?: number } & Record<string, unknown>;
  /** All message texts joined, for matching a reply to a prompt. */
  text: string;
  receivedAt: number;
}

/** Either a fixed list of steps served in order, or a function choosing the step for each request. */
export type Script = ScriptedStep[] | ((request: ScriptedRequest) => ScriptedStep);

/** A running scripted server: point an openai-compatible provider at `baseURL`. */
export interface ScriptedOpenAiServer {
  baseURL: string;
  requests: ScriptedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a local HTTP test double of the OpenAI chat-completions endpoint on 127.0.0.1 (port 0) that answers with
 * scripted replies, so the LLM engine's HTTP path (retries, timeouts, malformed bodies) is tested without a network.
 * It says nothing about any real model's quality.
 */
export async function startScriptedOpenAiServer(script: Script): Promise<ScriptedOpenAiServer> {
  const requests: ScriptedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = toRequest(requests.length, req, Buffer.concat(chunks).toString('utf8'));
      requests.push(request);
      if (!request.path.endsWith('/chat/completions')) return send(res, { status: 404, rawBody: '{"error":{"message":"not found"}}' });
      const step = Array.isArray(script) ? script[request.index] : script(request);
      if (!step) {
        return send(res, { status: 400, rawBody: JSON.stringify({ error: { message: `scripted server: no step left for request ${request.index + 1}` } }) });
      }
      if (!step.delayMs) return send(res, step);
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(res, step);
      }, step.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function toRequest(index: number, req: IncomingMessage, raw: string): ScriptedRequest {
  let body: ScriptedRequest['body'] = {};
  try {
    body = JSON.parse(raw) as ScriptedRequest['body'];
  } catch {
    body = {};
  }
  const text = (body.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
  return { index, path: req.url ?? '', headers: req.headers, body, text, receivedAt: Date.now() };
}

function send(res: ServerResponse, step: ScriptedStep): void {
  if (res.destroyed) return;
  const status = step.status ?? 200;
  const body = step.rawBody ?? (status === 200 ? completion(step) : JSON.stringify({ error: { message: `scripted HTTP ${status}` } }));
  res.writeHead(status, { 'content-type': 'application/json', ...step.headers });
  res.end(body);
}

function completion(step: ScriptedStep): string {
  const promptTokens = step.usage?.promptTokens ?? 100;
  const completionTokens = step.usage?.completionTokens ?? 50;
  return JSON.stringify({
    id: 'chatcmpl-scripted',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'scripted',
    choices: [{ index: 0, message: { role: 'assistant', content: step.content ?? '' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  });
}
