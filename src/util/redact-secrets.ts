// Shapes of secrets that travel inside error messages: credentials in a URL, secret query parameters, bearer tokens and
// the common provider key formats (OpenAI/Anthropic `sk-…`, Google `AIza…`, GitHub `ghp_…`).
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
const SECRET_PARAMETER = /([?&](?:api[_-]?key|key|token|access[_-]?token|secret|password|sig|signature)=)[^&#\s]+/gi;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;
const KEY_SHAPES = /\b(?:sk-[A-Za-z0-9_-]{8,}|AIza[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{20,})/g;

/**
 * Text with secrets replaced by `***`: the given secret values (an API key read from the environment) wherever they
 * occur, and anything shaped like a credential. For messages shown on the console or stored, never for code.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Short values would blank ordinary words; keys are longer than this.
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('***');
  return out.replace(URL_CREDENTIALS, '$1***@').replace(SECRET_PARAMETER, '$1***').replace(BEARER, '$1***').replace(KEY_SHAPES, '***');
}
