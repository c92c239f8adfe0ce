import type { DirectiveRecord } from '../../registry/records.js';

/** A directive in the goal tree with its children. */
export interface GoalNode {
  id: string;
  goal: string;
  parent?: string;
  priority: number;
  status: DirectiveRecord['status'];
  children: GoalNode[];
}

/** Arranges the registry's directives as a forest: roots are directives without a (known) parent; children by priority. */
export function buildGoalTree(directives: DirectiveRecord[]): GoalNode[] {
  const nodes = new Map<string, GoalNode>(
    directives.map((d) => [d.id, { id: d.id, goal: d.goal, ...(d.parent ? { parent: d.parent } : {}), priority: d.priority, status: d.status, children: [] }]),
  );
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const order = (list: GoalNode[]): GoalNode[] => list.sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const node of nodes.values()) order(node.children);
  return order(roots);
}

/** The goal tree as indented text lines (for `hephaestus goals`). */
export function formatGoalTree(roots: GoalNode[]): string[] {
  const lines: string[] = [];
  const walk = (node: GoalNode, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${depth > 0 ? '└ ' : ''}${node.id}  [${node.status}]  priority ${node.priority.toFixed(3)}  ${node.goal}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return lines;
}
