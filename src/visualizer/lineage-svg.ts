import { layeredLayout } from './layered-layout.js';
import type { Lineage } from './lineage-mermaid.js';
import { lineageNode, type LineageNode } from './lineage-node.js';
import { scoreColor, scoreRange } from './score-color.js';

// Slots are as wide as a label at least, and spread a narrow lineage over about TARGET_WIDTH pixels instead of
// packing it at the left; a wide one is wider than the page and scrolls.
const MIN_SLOT = 76;
const MAX_SLOT = 320;
const TARGET_WIDTH = 1100;
const LAYER = 84;
const RADIUS = 9;
const MARGIN = 44;
/** Room under a node for its two label lines (id prefix, score). */
const LABEL_HEIGHT = 32;

/** Escapes text for SVG/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The label under a node: the id prefix `show` accepts (as in the dashboard and mermaid output) and the score.
function label(node: LineageNode, x: number, y: number): string {
  const score = node.buildFailed ? 'build failed' : node.score === null ? '—' : node.score.toFixed(4);
  const top = y + RADIUS + 13;
  return `<text x="${x}" y="${top}" class="id">${escapeXml(node.id.slice(0, 8))}</text><text x="${x}" y="${top + 13}" class="score">${score}</text>`;
}

/**
 * Draws a lineage as one self-contained SVG element laid out with layeredLayout: a circle per candidate coloured by
 * score (failed builds grey squares, flagged candidates ringed) and labelled with its id prefix and score, an edge per
 * parent link, a tooltip per node. The drawing is sized to hold every node and label, so nothing is cut off.
 */
export function lineageSvg(lineage: Lineage, flagged: ReadonlySet<string> = new Set()): string {
  const positions = layeredLayout(lineage.nodes);
  const range = scoreRange(lineage.nodes.map((n) => n.score));
  const xs = [...positions.values()].map((p) => p.x);
  const minX = xs.length > 0 ? Math.min(...xs) : 0;
  const span = xs.length > 0 ? Math.max(...xs) - minX : 0;
  const slot = Math.min(MAX_SLOT, Math.max(MIN_SLOT, TARGET_WIDTH / Math.max(1, span)));
  const layers = Math.max(0, ...[...positions.values()].map((p) => p.layer)) + 1;
  const width = Math.round(2 * MARGIN + span * slot);
  const height = 2 * MARGIN + (layers - 1) * LAYER + RADIUS + LABEL_HEIGHT;
  // A lineage narrower than one slot per side is centred in the drawing rather than put at its left edge.
  const at = (id: string): { x: number; y: number } | undefined => {
    const p = positions.get(id);
    return p && { x: Math.round(span === 0 ? width / 2 : MARGIN + (p.x - minX) * slot), y: MARGIN + p.layer * LAYER };
  };
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="lineage" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  parts.push('<g class="edges" stroke="#90a4ae" stroke-width="1" fill="none">');
  for (const edge of lineage.edges) {
    const from = at(edge.parent);
    const to = at(edge.child);
    if (from && to) parts.push(`<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}"/>`);
  }
  parts.push('</g><g class="nodes" font-family="ui-monospace,monospace" font-size="11" text-anchor="middle" fill="#263238">');
  for (const candidate of lineage.nodes) {
    const p = at(candidate.id);
    if (!p) continue;
    const node = lineageNode(candidate, flagged.has(candidate.id));
    const tip = `${node.id} · version ${node.version} · ${node.status} · ${node.engine}/${node.operator} · cycle ${node.cycle} · score ${node.score === null ? '—' : node.score.toFixed(4)}`;
    const stroke = node.flagged ? ' stroke="#d500f9" stroke-width="3"' : ' stroke="#263238" stroke-width="1"';
    const shape = node.buildFailed
      ? `<rect x="${p.x - RADIUS}" y="${p.y - RADIUS}" width="${2 * RADIUS}" height="${2 * RADIUS}" fill="${scoreColor(node.score, range)}"${stroke}/>`
      : `<circle cx="${p.x}" cy="${p.y}" r="${RADIUS}" fill="${scoreColor(node.score, range)}"${stroke}/>`;
    parts.push(`<g class="candidate" data-id="${escapeXml(node.id)}" data-status="${node.status}"><title>${escapeXml(tip)}</title>${shape}${label(node, p.x, p.y)}</g>`);
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}
