import type { Registry } from '../registry/registry.js';
import { flaggedCandidates } from './flagged-candidates.js';
import { layeredLayout } from './layered-layout.js';
import { lineageNode, type LineageNode } from './lineage-node.js';
import { scoreRange, type ScoreRange } from './score-color.js';
import { topLineage } from './top-lineage.js';

/** Pixels between layers (left to right, since long runs are deep) and between slots of the layered layout. */
export const LAYER_GAP = 60;
export const SLOT_GAP = 30;

/** The graph a dashboard draws for a directive: maybe only the top of it, with layered positions precomputed. */
export interface LineageView {
  directiveId: string;
  /** Candidates of the directive in the registry. */
  total: number;
  /** The built scores of the whole lineage, which the node colours span. */
  scoreRange: ScoreRange;
  nodes: (LineageNode & { x: number; y: number })[];
  edges: { parent: string; child: string }[];
}

/** A directive's lineage for the dashboard: all of it, or the `top` best candidates and their ancestors. */
export function lineageView(registry: Registry, directiveId: string, top?: number): LineageView {
  const graph = registry.lineageGraph(directiveId);
  const shown = top === undefined ? graph.nodes : topLineage(graph.nodes, top);
  const flagged = flaggedCandidates(registry, directiveId);
  const positions = layeredLayout(shown);
  const ids = new Set(shown.map((n) => n.id));
  return {
    directiveId,
    total: graph.nodes.length,
    scoreRange: scoreRange(graph.nodes.map((n) => n.score)),
    nodes: shown.map((candidate) => {
      const point = positions.get(candidate.id) ?? { layer: 0, x: 0 };
      return { ...lineageNode(candidate, flagged.has(candidate.id)), x: point.layer * LAYER_GAP, y: point.x * SLOT_GAP };
    }),
    edges: graph.edges.filter((e) => ids.has(e.parent) && ids.has(e.child)),
  };
}
