import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import { foldConstant } from './fold-constant.js';
import { isForbiddenMember } from './guard-policy.js';

// Any, unknown, or something that can be called or constructed: the values from which a computed key reaches Function.
function isOpen(type: TS.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0;
}

// Every literal a key's type admits (`'a' | 'constructor'` admits both).
function literalsOf(type: TS.Type): (string | number)[] {
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((member) => (member.isStringLiteral() || member.isNumberLiteral() ? [member.value] : []));
}

function isNumeric(type: TS.Type): boolean {
  return type.isUnion() ? type.types.every(isNumeric) : (type.flags & ts.TypeFlags.NumberLike) !== 0;
}

/**
 * Why a computed property access `object[key]` is refused, or undefined when it is fine. Refused: a key that folds to
 * a forbidden name (`'constr' + 'uctor'`) or whose literal type admits one; with a type checker, any key that is
 * not a compile-time constant on a value typed any, unknown or a function, and a non-numeric one whose result is
 * typed so. Ordinary indexing (`a[i]` on arrays, `counts[word]` on records of numbers) stays allowed.
 */
export function computedAccessFinding(node: TS.ElementAccessExpression, checker?: TS.TypeChecker): string | undefined {
  const key = node.argumentExpression;
  const constant = foldConstant(key, checker);
  // A literal type can only add names to refuse (`k: 'a' | 'constructor'`), never vouch for a run-time key.
  const admitted = [...(constant !== undefined ? [constant] : []), ...(checker ? literalsOf(checker.getTypeAtLocation(key)) : [])];
  const forbidden = admitted.find((value) => typeof value === 'string' && isForbiddenMember(value));
  if (forbidden !== undefined) return `computed access to "${forbidden}" is not allowed: it leads to Function, the prototype chain or the process`;
  if (constant !== undefined || !checker) return undefined;
  if (isOpen(checker.getTypeAtLocation(node.expression))) {
    return 'computed access with a key that is not a compile-time constant is not allowed on a value typed any, unknown or a function';
  }
  if (!isNumeric(checker.getTypeAtLocation(key)) && isOpen(checker.getTypeAtLocation(node))) {
    return 'computed access with a non-numeric key that is not a compile-time constant is not allowed when it yields any, unknown or a function (use a Map or a switch)';
  }
  return undefined;
}
