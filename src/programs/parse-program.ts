import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { GpProblem, GpType } from './gp-problem.js';
import { GpContext } from './gp-context.js';
import type { GpNode, Individual } from './program-tree.js';
import { letName } from './program-tree.js';
import { parseLiteral, primitivePatterns, skipParens } from './parse-patterns.js';
import { tag, tsType } from '../primitives/primitive.js';
import { normalize } from './tree-ops.js';

interface Bound {
  source: string;
  name: string;
  type: GpType;
}

function match(pattern: TS.Node, target: TS.Node, binds: Map<string, TS.Node>): boolean {
  pattern = skipParens(pattern);
  if (ts.isIdentifier(pattern) && /^__a\d+$/.test(pattern.text)) {
    const prev = binds.get(pattern.text);
    if (prev) return skipParens(prev).getText() === skipParens(target).getText();
    binds.set(pattern.text, target);
    return true;
  }
  // A negative literal in a template is written bare; a negative constant argument is printed in parentheses.
  if (ts.isParenthesizedExpression(target) && ts.isPrefixUnaryExpression(pattern) && ts.isNumericLiteral(pattern.operand)) return false;
  target = skipParens(target);
  if (pattern.kind !== target.kind) return false;
  const pk = pattern.getChildren();
  const tk = target.getChildren();
  if (pk.length === 0) return pattern.getText() === target.getText();
  return pk.length === tk.length && pk.every((child, i) => match(child, tk[i], binds));
}

function castType(node: TS.Node): string | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isAsExpression(node) ? node.type.getText().replace(/\s/g, '') : undefined;
}

function parseExpr(ctx: GpContext, node: TS.Node, type: GpType, scope: Bound[], depth: number): GpNode | undefined {
  const cast = castType(node);
  if (cast !== undefined && cast !== tsType(type)) return undefined;
  node = skipParens(node);
  const literal = parseLiteral(node, type);
  if (literal) return literal;
  // A list of expressions, `[a, b]`, as the printer writes `single` then `append` calls.
  if (ts.isArrayLiteralExpression(node) && node.elements.length > 1 && type.endsWith('[]') && !node.elements.some(ts.isSpreadElement)) {
    const element = type.slice(0, -2) as GpType;
    const items = node.elements.map((e) => parseExpr(ctx, e, element, scope, depth));
    const [single, append] = [`single_${tag(type)}`, `append_${tag(type)}`];
    if (items.every((i): i is GpNode => i !== undefined) && ctx.set.byName.has(single) && ctx.set.byName.has(append)) {
      return items.slice(1).reduce<GpNode>((acc, item) => ({ kind: 'call', prim: append, type, kids: [acc, item] }), { kind: 'call', prim: single, type, kids: [items[0]] });
    }
  }
  if (ts.isIdentifier(node)) {
    const v = [...scope].reverse().find((b) => b.source === node.text);
    if (v && v.type === type) return { kind: 'var', type, name: v.name };
  }
  for (const { prim, pattern } of primitivePatterns(ctx)) {
    if (prim.ret !== type) continue;
    const binds = new Map<string, TS.Node>();
    if (!match(pattern, node, binds)) continue;
    const kids: GpNode[] = [];
    for (let i = 0; i < prim.args.length; i++) {
      const target = binds.get(`__a${i}`);
      const lambda = prim.lambdas?.[i];
      let kid: GpNode | undefined;
      if (target && !lambda) kid = parseExpr(ctx, target, prim.args[i], scope, depth);
      else if (target && lambda && ts.isArrowFunction(target) && target.parameters.length === lambda.length) {
        const inner = lambda.map((l, j) => ({ source: target.parameters[j].name.getText(), name: `${l.prefix}${depth + 1}`, type: l.type }));
        kid = parseExpr(ctx, target.body, prim.args[i], [...scope, ...inner], depth + 1);
      }
      if (!kid) break;
      kids.push(kid);
    }
    if (kids.length === prim.args.length) return { kind: 'call', prim: prim.name, type, kids };
  }
  if (type === 'float' || type === 'float[]') {
    const asInt = parseExpr(ctx, node, type === 'float' ? 'int' : 'int[]', scope, depth);
    if (asInt) return { kind: 'call', prim: type === 'float' ? 'float_of_int' : 'floats_of_ints', type, kids: [asInt] };
  }
  return undefined;
}

function candidateTypes(annotation: TS.TypeNode | undefined): GpType[] {
  const text = annotation?.getText().replace(/\s/g, '');
  const all: GpType[] = ['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]'];
  return text ? all.filter((t) => tsType(t) === text) : all;
}

/** Parses a parsed problem context's emitted module back into a program (undefined when it does not fit the representation). */
export function parseWithContext(ctx: GpContext, code: string): Individual | undefined {
  const file = ts.createSourceFile('module.ts', code, ts.ScriptTarget.ES2022, true);
  const fn = file.statements.find(
    (s): s is TS.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword),
  );
  if (!fn?.body || fn.parameters.length !== ctx.params.length) return undefined;
  const scope: Bound[] = fn.parameters.map((p, i) => ({ source: p.name.getText(), name: ctx.params[i].name, type: ctx.params[i].type }));
  const individual: Individual = { lets: [], outs: [] };
  for (const statement of fn.body.statements) {
    // Modules emitted before step accounting left them reset a module-level counter on entry.
    if (ts.isExpressionStatement(statement) && statement.expression.getText() === 'steps = 0') continue;
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const d = statement.declarationList.declarations[0];
      if (!d.initializer || !ts.isIdentifier(d.name)) return undefined;
      const init = d.initializer;
      const parsed = candidateTypes(d.type)
        .map((t) => parseExpr(ctx, init, t, scope, 0))
        .find((n) => n !== undefined);
      if (!parsed) return undefined;
      scope.push({ source: d.name.text, name: letName(individual.lets.length), type: parsed.type });
      individual.lets.push(parsed);
      continue;
    }
    if (!ts.isReturnStatement(statement) || !statement.expression) return undefined;
    const value = skipParens(statement.expression);
    const parts = ctx.returns.length === 1 ? [value] : ts.isArrayLiteralExpression(value) ? [...value.elements] : [];
    if (parts.length !== ctx.returns.length) return undefined;
    const outs = parts.map((part, i) => parseExpr(ctx, part, ctx.returns[i], scope, 0));
    if (outs.some((o) => o === undefined)) return undefined;
    individual.outs = outs as GpNode[];
    return normalize(individual);
  }
  return undefined;
}

/** Parses an emitted module back into a program, for seeding from registered candidates or a directive's seed module. */
export function parseProgram(code: string, problem: GpProblem): Individual | undefined {
  return parseWithContext(new GpContext(problem), code);
}
