// A thrown value is candidate-controlled: reading its message may run candidate code or throw again.
const toText = String;
const MAX_LENGTH = 2000;

/** A bounded, never-throwing one-line description of whatever was thrown. */
export function describeThrown(thrown) {
  try {
    const text = thrown !== null && typeof thrown === 'object' && 'message' in thrown ? toText(thrown.message) : toText(thrown);
    return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
  } catch {
    return 'an exception that cannot be described';
  }
}
