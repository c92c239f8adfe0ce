import type { GpProblem } from './gp-api.js';
import { GpContext } from '../../programs/gp-context.js';
import type { Individual } from '../../programs/program-tree.js';
import { printBody, returnTypeText } from '../../programs/print-program.js';
import type { Primitive } from '../../primitives/primitive.js';
import { tsType } from '../../primitives/primitive.js';
import { HELPERS, helpersFor } from '../../primitives/primitive-set.js';

/** Prints a program as a readable TypeScript module: imports of extra primitives, the helpers and building blocks it uses, the default export. */
export function emitModuleFor(ctx: GpContext, individual: Individual): string {
  const used = new Set<Primitive>();
  const body = printBody(ctx, individual, true, used);
  const helpers = helpersFor(used);
  const imports = [...used]
    .filter((p) => p.extra?.importFrom)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `import ${p.name} from ${JSON.stringify(p.extra?.importFrom)};`);
  const params = ctx.params.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');
  const lines: string[] = [];
  if (imports.length > 0) lines.push(...imports, '');
  for (const h of helpers) lines.push(HELPERS[h].source, '');
  // Building blocks are inlined, not imported: a candidate runs in the sandbox, where it can import nothing.
  const blocks = [...used].filter((p) => p.library).sort((a, b) => a.name.localeCompare(b.name));
  for (const p of blocks) lines.push(p.library?.declaration ?? '', '');
  lines.push(`export default function ${ctx.name}(${params}): ${returnTypeText(ctx.returns)} {`);
  for (const line of body) lines.push(`  ${line}`);
  lines.push('}', '');
  return lines.join('\n');
}

/** Prints a program of the problem as a readable TypeScript module implementing its signature. */
export function emitModule(individual: Individual, problem: GpProblem): string {
  return emitModuleFor(new GpContext(problem), individual);
}
