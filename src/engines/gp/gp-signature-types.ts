import type { Directive } from '../../directive/directive.js';
import { typeText, type TypeSpec } from '../../directive/signature.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { GpType } from './gp-api.js';

/** The GpTypes each parameter and result of a signature may be evolved as (number: int or float, settled by the data). */
export interface GpSignatureTypes {
  params: { name: string; allowed: GpType[] }[];
  returns: GpType[][];
}

function allowedTypes(spec: TypeSpec): GpType[] | undefined {
  if (spec.kind === 'number') return ['int', 'float'];
  if (spec.kind === 'string') return ['string'];
  if (spec.kind === 'boolean') return ['boolean'];
  if (spec.kind === 'array' && spec.of.kind === 'number') return ['int[]', 'float[]'];
  if (spec.kind === 'array' && spec.of.kind === 'string') return ['string[]'];
  return undefined;
}

function beyond(directive: Directive, what: string): HephaestusError {
  return new HephaestusError(
    'UNSUPPORTED',
    `${directive.file}: signature: ${what}; the offline engine evolves functions over number, string, boolean, number[] and string[] ` +
      '(several results as a tuple), so it cannot serve this directive',
    { file: directive.file, field: 'signature' },
  );
}

/** Maps a directive's signature onto the engine's types; anything beyond them is an UNSUPPORTED error saying what. */
export function gpSignatureTypes(directive: Directive): GpSignatureTypes {
  const signature = directive.parsedSignature;
  if (signature.async) throw beyond(directive, 'it returns a Promise');
  const typesOf = (spec: TypeSpec, what: string): GpType[] => {
    const allowed = allowedTypes(spec);
    if (!allowed) throw beyond(directive, `${what} has type ${typeText(spec)}`);
    return allowed;
  };
  const params = signature.params.map((p) => ({ name: p.name, allowed: typesOf(p.type, `parameter "${p.name}"`) }));
  const tuple = signature.returns.kind === 'tuple';
  const specs = signature.returns.kind === 'tuple' ? signature.returns.items : [signature.returns];
  if (tuple && specs.length < 2) throw beyond(directive, 'it returns a tuple of fewer than two items');
  return { params, returns: specs.map((spec, i) => typesOf(spec, tuple ? `result ${i + 1}` : 'the result')) };
}
