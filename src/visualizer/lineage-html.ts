import type { CandidateRecord } from '../registry/records.js';
import type { Lineage } from './lineage-mermaid.js';
import { escapeXml, lineageSvg } from './lineage-svg.js';
import { scoreRange } from './score-color.js';

/** What the page says about the directive whose lineage it shows. */
export interface LineageHtmlHeader {
  directiveId: string;
  goal: string;
}

// The graph takes the page's width and its full height (the page scrolls, not a box that hides the bottom); a lineage
// wider than the page scrolls sideways within the graph box, and a narrower one is centred.
const STYLE = `body{font:14px system-ui,sans-serif;margin:1.5em;color:#263238}
.graph{overflow-x:auto;border:1px solid #cfd8dc;width:100%}.graph svg{display:block;margin:0 auto}
.candidate{cursor:default}.candidate text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.candidate .score{fill:#546e7a;font-size:10px}
table{border-collapse:collapse;margin-top:1em}td,th{padding:2px 8px;border-bottom:1px solid #eceff1;text-align:left}
.legend span{display:inline-block;margin-right:1em}.sw{width:12px;height:12px;display:inline-block;vertical-align:middle;margin-right:4px}`;

/**
 * One standalone HTML file showing a lineage: inline CSS and an inline SVG, no script and no network, so that it can
 * be mailed or attached to an issue and opened in any browser. Hover a node for its id, status, operator and score.
 */
export function lineageHtml(header: LineageHtmlHeader, lineage: Lineage, flagged: ReadonlySet<string> = new Set()): string {
  const best = [...lineage.nodes].sort((a, b) => b.score - a.score).slice(0, 10);
  const range = scoreRange(lineage.nodes.map((n) => n.score));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lineage of ${escapeXml(header.directiveId)}</title><style>${STYLE}</style></head>
<body>
<h1>Lineage of ${escapeXml(header.directiveId)}</h1>
<p>${escapeXml(header.goal)}</p>
<p class="legend"><span>${lineage.nodes.length} candidates, ${lineage.edges.length} parent links</span>
<span><i class="sw" style="background:hsl(0,70%,45%)"></i>lowest score ${range.lo.toFixed(4)}</span><span><i class="sw" style="background:hsl(120,70%,45%)"></i>highest ${range.hi.toFixed(4)}</span>
<span><i class="sw" style="background:#9e9e9e"></i>failed build (square)</span><span><i class="sw" style="border:3px solid #d500f9"></i>flagged</span></p>
<div class="graph">${lineageSvg(lineage, flagged)}</div>
<h2>Best candidates</h2>
<table><tr><th>id</th><th>status</th><th>score</th><th>engine</th><th>operator</th><th>cycle</th><th>parents</th></tr>
${best.map(row).join('\n')}
</table>
</body></html>
`;
}

function row(c: CandidateRecord): string {
  const cells = [c.id, c.status, Number.isFinite(c.score) ? c.score.toFixed(4) : '—', c.engine, c.operator, String(c.cycle), c.parents.join(' ')];
  return `<tr>${cells.map((cell) => `<td>${escapeXml(cell)}</td>`).join('')}</tr>`;
}
