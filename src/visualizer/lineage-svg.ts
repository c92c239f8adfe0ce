import { layeredLayout } from './layered-layout.js';
import type { Lineage } from './lineage-mermaid.js';
import { lineageNode } from './lineage-node.js';
import { scoreColor, scoreRange } from './score-color.js';

const SLOT = 36;
const LAYER = 70;
const RADIUS = 9;
const MARGIN = 30;

/** Escapes text for SVG/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Draws a lineage as one self-contained SVG element laid out with layeredLayout: a circle per candidate coloured by
 * score (failed builds grey squares, flagged candidates ringed), an edge per parent link, a tooltip per node.
 */
export function lineageSvg(lineage: Lineage, flagged: ReadonlySet<string> = new Set()): string {
  const positions = layeredLayout(lineage.nodes);
  const range = scoreRange(lineage.nodes.map((n) => n.score));
  const xs = [...positions.values()].map((p) => p.x);
  const minX = xs.length > 0 ? Math.min(...xs) : 0;
  const maxX = xs.length > 0 ? Math.max(...xs) : 0;
  const layers = Math.max(0, ...[...positions.values()].map((p) => p.layer)) + 1;
  const at = (id: string): { x: number; y: number } | undefined => {
    const p = positions.get(id);
    return p && { x: MARGIN + (p.x - minX) * SLOT, y: MARGIN + p.layer * LAYER };
  };
  const width = 2 * MARGIN + (maxX - minX) * SLOT;
  const height = 2 * MARGIN + (layers - 1) * LAYER;
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="lineage" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  parts.push('<g class="edges" stroke="#90a4ae" stroke-width="1" fill="none">');
  for (const edge of lineage.edges) {
    const from = at(edge.parent);
    const to = at(edge.child);
    if (from && to) parts.push(`<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}"/>`);
  }
  parts.push('</g><g class="nodes">');
  for (const candidate of lineage.nodes) {
    const p = at(candidate.id);
    if (!p) continue;
    const node = lineageNode(candidate, flagged.has(candidate.id));
    const tip = `${node.id} · version ${node.version} · ${node.status} · ${node.engine}/${node.operator} · cycle ${node.cycle} · score ${node.score === null ? '—' : node.score.toFixed(4)}`;
    const stroke = node.flagged ? ' stroke="#d500f9" stroke-width="3"' : ' stroke="#263238" stroke-width="1"';
    const shape = node.buildFailed
      ? `<rect x="${p.x - RADIUS}" y="${p.y - RADIUS}" width="${2 * RADIUS}" height="${2 * RADIUS}" fill="${scoreColor(node.score, range)}"${stroke}/>`
      : `<circle cx="${p.x}" cy="${p.y}" r="${RADIUS}" fill="${scoreColor(node.score, range)}"${stroke}/>`;
    parts.push(`<g class="candidate" data-id="${escapeXml(node.id)}" data-status="${node.status}"><title>${escapeXml(tip)}</title>${shape}</g>`);
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}
