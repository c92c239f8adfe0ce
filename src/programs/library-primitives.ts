import type TS from 'typescript';
import { ts } from '../compiler/typescript.js';
import type { GpType, LibraryModule } from './gp-problem.js';
import { GpContext } from './gp-context.js';
import { parseWithContext } from './parse-program.js';
import { printBody, returnTypeText } from './print-program.js';
import type { Primitive } from '../primitives/primitive.js';
import { tsType } from '../primitives/primitive.js';
import { helpersFor } from '../primitives/primitive-set.js';

/** The GP types a TypeScript annotation may stand for, integers first (a program that reads as integer code is integer code). */
const TYPES_OF: Record<string, GpType[]> = {
  number: ['int', 'float'],
  'number[]': ['int[]', 'float[]'],
  string: ['string'],
  boolean: ['boolean'],
  'string[]': ['string[]'],
};

/** More parameters than this make the typings to try (and the primitive) unwieldy; such modules are not offered. */
const MAX_PARAMS = 4;

interface Signature {
  name: string;
  params: { name: string; types: GpType[] }[];
  returns: GpType[];
}

/** The default-exported function's name and the GP types its annotations allow; undefined when any is missing or beyond them. */
function signatureOf(code: string): Signature | undefined {
  const file = ts.createSourceFile('module.ts', code, ts.ScriptTarget.ES2022, true);
  const fn = file.statements.find(
    (s): s is TS.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword),
  );
  const typesOf = (node: TS.TypeNode | undefined): GpType[] | undefined => (node ? TYPES_OF[node.getText().replace(/\s/g, '')] : undefined);
  const returns = typesOf(fn?.type);
  if (!fn?.name || !returns || fn.parameters.length === 0 || fn.parameters.length > MAX_PARAMS) return undefined;
  const params = fn.parameters.map((p) => ({ name: p.name.getText(), types: typesOf(p.type) }));
  if (params.some((p) => p.types === undefined)) return undefined;
  return { name: fn.name.text, params: params as Signature['params'], returns };
}

/** Every choice of one type per position, in order (integer readings first). */
function typings(choices: GpType[][]): GpType[][] {
  return choices.reduce<GpType[][]>((acc, options) => acc.flatMap((prefix) => options.map((t) => [...prefix, t])), [[]]);
}

/** The comment above an inlined building block; it names the origin, and the engine finds the blocks a module uses by it. */
export function blockComment(module: Pick<LibraryModule, 'directiveId' | 'candidateId'>): string {
  return `// Building block: the solution of directive ${module.directiveId} (candidate ${module.candidateId}), inlined from nodes/.`;
}

/** The modules of a library whose building block a module emitted by the engine uses. */
export function blocksUsed<T extends Pick<LibraryModule, 'directiveId' | 'candidateId'>>(code: string, library: readonly T[]): T[] {
  return library.filter((module) => code.includes(blockComment(module)));
}

/**
 * A solved module as a primitive named `name`: its source is parsed by the engine's own parser into a program tree
 * (so it calls whitelisted primitives only, and code the parser cannot read is not offered), then printed again: as
 * an immediately applied function in the engine's JavaScript (plain source, so it crosses to the worker threads) and
 * as a named function the emitted module inlines. Undefined when no typing of its signature reads.
 */
function libraryPrimitive(module: LibraryModule, signature: Signature, name: string): Primitive | undefined {
  for (const types of typings([...signature.params.map((p) => p.types), signature.returns])) {
    const params = signature.params.map((p, i) => ({ name: p.name, type: types[i] }));
    const ctx = new GpContext({ name, params, returns: [types[types.length - 1]], train: [], test: [] });
    const program = parseWithContext(ctx, module.code);
    if (!program) continue;
    const used = new Set<Primitive>();
    const typed = printBody(ctx, program, true, used);
    const engine = `((${ctx.params.map((p) => p.name).join(', ')}) => {\n${printBody(ctx, program, false, new Set()).join('\n')}\n})`;
    const declaration = [
      blockComment(module),
      `function ${name}(${ctx.params.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ')}): ${returnTypeText(ctx.returns)} {`,
      ...typed.map((line) => `  ${line}`),
      '}',
    ].join('\n');
    return {
      name,
      args: ctx.params.map((p) => p.type),
      ret: ctx.returns[0],
      print: (args, typedMode) => (typedMode ? `${name}(${args.join(', ')})` : `${engine}(${args.join(', ')})`),
      helpers: helpersFor(used),
      library: { declaration, directiveId: module.directiveId, candidateId: module.candidateId },
    };
  }
  return undefined;
}

const cache = new Map<string, Primitive | null>();
const CACHE_LIMIT = 512;

/**
 * The building blocks a problem is offered: each library module the engine can read, under its own function name
 * (suffixed with `_` while it would clash with a name in `taken`: parameters, the emitted function, built-ins).
 * Whether their types fit the problem is the primitive set's rule, as for built-ins.
 */
export function libraryPrimitives(library: readonly LibraryModule[], taken: ReadonlySet<string>): Primitive[] {
  const names = new Set(taken);
  const offered: Primitive[] = [];
  for (const module of library) {
    const signature = signatureOf(module.code);
    if (!signature) continue;
    let name = signature.name;
    while (names.has(name) || /^(v|x|y|c|i|acc|a)\d+$/.test(name)) name = `${name}_`;
    const key = `${name}\0${module.directiveId}\0${module.candidateId}\0${module.code}`;
    // Contexts are built often (seeds, evaluation, emission); reading a module once per process is enough.
    if (cache.size > CACHE_LIMIT) cache.clear();
    if (!cache.has(key)) cache.set(key, libraryPrimitive(module, signature, name) ?? null);
    const primitive = cache.get(key);
    if (!primitive) continue;
    names.add(name);
    offered.push(primitive);
  }
  return offered;
}
