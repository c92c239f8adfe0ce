import { el, fill } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Score over time: the best score of each stretch of candidates (dots) and the best so far (line). */
function timelineChart(points) {
  const width = 360;
  const height = 150;
  const scores = points.flatMap((p) => [p.score, p.best]).filter((s) => s !== null);
  const lo = scores.length > 0 ? Math.min(...scores) : 0;
  const hi = scores.length > 0 ? Math.max(...scores) : 1;
  const last = points.at(-1)?.n ?? 1;
  const x = (n) => 30 + ((width - 40) * n) / Math.max(1, last);
  const y = (s) => height - 20 - ((height - 40) * (s - lo)) / (hi - lo || 1);
  const best = points.filter((p) => p.best !== null).map((p) => `${x(p.n)},${y(p.best)}`).join(' ');
  return svg(
    'svg', { width, height, class: 'timeline' },
    svg('text', { x: 120, y: 12, 'font-size': 11 }, 'score over time (best so far)'),
    svg('line', { x1: 30, y1: height - 20, x2: width - 10, y2: height - 20, stroke: '#90a4ae' }),
    svg('text', { x: 4, y: y(hi) - 3, 'font-size': 9 }, hi.toFixed(4)),
    svg('text', { x: 4, y: y(lo) + 10, 'font-size': 9 }, lo.toFixed(4)),
    svg('text', { x: width - 60, y: height - 6, 'font-size': 9 }, `${last} cand.`),
    ...points.filter((p) => p.score !== null).map((p) => svg('circle', { cx: x(p.n), cy: y(p.score), r: 1.5, fill: '#90a4ae' })),
    svg('polyline', { points: best, fill: 'none', stroke: '#2e7d32', 'stroke-width': 2 }),
  );
}

/** Success rates of one dimension (engine, operator, prompt variant). */
function tallyTable(title, tallies) {
  const pct = (n, total) => (total > 0 ? `${Math.round((100 * n) / total)}%` : '—');
  return el('div', { class: 'tally' },
    el('h3', {}, title),
    el('table', {}, el('tr', {}, ['', 'n', 'ran', 'improved', 'solved'].map((h) => el('th', {}, h))),
      tallies.map((t) => el('tr', {}, el('td', {}, t.key), el('td', {}, t.total), el('td', {}, pct(t.ok, t.total)), el('td', {}, pct(t.improved, t.total)), el('td', {}, t.solved))),
    ),
  );
}

/** Renders the progress panel: score over time and success rates by engine, operator and prompt variant. */
export function renderProgress(container, progress) {
  const { stats, timeline } = progress;
  fill(
    container,
    timelineChart(timeline),
    tallyTable('Engines', stats.byEngine),
    tallyTable('Operators', stats.byOperator),
    stats.byPromptVariant.length > 0 ? tallyTable('Prompt variants', stats.byPromptVariant) : null,
    el('div', {}, el('h3', {}, 'By status'), el('table', {}, Object.entries(stats.byStatus).map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v))))),
  );
}
