/** A node to place: its id and its parents' ids (parents missing from the set are ignored). */
export interface LayoutInput {
  id: string;
  parents: string[];
}

/** Where a node goes: `layer` is its generation depth (0 = no parent in the set), `x` its slot centred on 0. */
export interface LayoutPoint {
  layer: number;
  x: number;
}

/**
 * A layered (Sugiyama-style, one barycentre sweep) placement in O(nodes + edges) plus a sort per layer, so that
 * lineages of tens of thousands of candidates lay out in milliseconds where dagre takes minutes. Nodes come in
 * registration order, as the registry returns them, so every parent is placed before its children. A child sits one
 * layer below its deepest parent and layers are ordered by the mean slot of the parents, which keeps families together.
 */
export function layeredLayout(nodes: readonly LayoutInput[]): Map<string, LayoutPoint> {
  const layerOf = new Map<string, number>();
  const layers: LayoutInput[][] = [];
  for (const node of nodes) {
    let layer = 0;
    for (const parent of node.parents) {
      const above = layerOf.get(parent);
      if (above !== undefined && above + 1 > layer) layer = above + 1;
    }
    layerOf.set(node.id, layer);
    (layers[layer] ??= []).push(node);
  }
  const placed = new Map<string, LayoutPoint>();
  layers.forEach((members, layer) => {
    const keyed = members.map((node, index) => {
      let sum = 0;
      let count = 0;
      for (const parent of node.parents) {
        const x = placed.get(parent)?.x;
        if (x !== undefined) {
          sum += x;
          count += 1;
        }
      }
      // Roots keep their registration order, spread over the same range as the slots.
      return { node, key: count > 0 ? sum / count : index - (members.length - 1) / 2 };
    });
    keyed.sort((a, b) => a.key - b.key);
    const offset = (keyed.length - 1) / 2;
    keyed.forEach(({ node }, slot) => placed.set(node.id, { layer, x: slot - offset }));
  });
  return placed;
}
