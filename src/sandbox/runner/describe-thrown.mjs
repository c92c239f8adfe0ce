// A thrown value is candidate-controlled: reading its message may run candidate code or throw again.
const toText = String;
const MAX_LENGTH = 2000;

/** A bounded, never-throwing one-line description of whatever was thrown. */
export function describeThrown(thrown) {
  try {
    const isObject = thrown !== null && typeof thrown === 'object';
    const message = isObject && 'message' in thrown ? toText(thrown.message) : toText(thrown);
    // Node's permission model says only "process.binding" for some refusals: keep its code so the parent can flag it.
    const text = isObject && thrown.code === 'ERR_ACCESS_DENIED' ? `${message} (ERR_ACCESS_DENIED)` : message;
    return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
  } catch {
    return 'an exception that cannot be described';
  }
}
