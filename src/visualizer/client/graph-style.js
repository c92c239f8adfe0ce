// The cytoscape stylesheet: nodes filled by score, failed builds as grey squares, flagged candidates ringed in
// magenta. Large graphs use straight "haystack" edges to stay fast, and put labels beside their nodes (their layers
// run left to right). A label is drawn only when it shows at LABEL_MIN_PX or more: readable, or not drawn at all.

/** The smallest on-screen size at which a label is drawn. */
export const LABEL_MIN_PX = 9;

/**
 * Label size in graph units: as large as the spacing allows, so labels appear at the lowest zoom possible. Six
 * characters of a monospace font take about 3.6 × the size: dagre puts nodes 52 units apart (12 leaves a gap); the
 * layered layout leaves 60 units between layers, less the node and margin, for a label beside its node (11 fits).
 */
export function labelFont(large) {
  return large ? 11 : 12;
}

/** The stylesheet for a graph; `large` trades arrows and curves for speed. */
export function graphStyle(large) {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        'border-width': 1,
        'border-color': '#263238',
        width: large ? 10 : 18,
        height: large ? 10 : 18,
        label: 'data(label)',
        'font-size': labelFont(large),
        'font-family': 'ui-monospace, monospace',
        'text-valign': large ? 'center' : 'bottom',
        'text-halign': large ? 'right' : 'center',
        'text-margin-x': large ? 3 : 0,
        'text-margin-y': large ? 0 : 2,
        color: '#263238',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'min-zoomed-font-size': LABEL_MIN_PX,
      },
    },
    { selector: 'node.build-failed', style: { shape: 'rectangle' } },
    { selector: 'node.flagged', style: { 'border-width': large ? 2 : 4, 'border-color': '#d500f9' } },
    { selector: 'node.solved', style: { shape: 'star', width: large ? 14 : 24, height: large ? 14 : 24 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0d47a1', 'overlay-opacity': 0 } },
    { selector: 'node.live', style: { 'underlay-color': '#ffeb3b', 'underlay-opacity': 0.6, 'underlay-padding': 4 } },
    {
      selector: 'edge',
      style: large
        ? { 'curve-style': 'haystack', width: 0.5, 'line-color': '#b0bec5' }
        : { 'curve-style': 'bezier', width: 1, 'line-color': '#b0bec5', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b0bec5', 'arrow-scale': 0.6 },
    },
  ];
}

/**
 * A node's fill: red at the lineage's lowest built score to green at its highest, grey for failed builds (null
 * score or below the build-failure mark); the same scale as src/visualizer/score-color.ts.
 */
export function scoreColor(score, range) {
  if (score === null || score <= -999) return '#9e9e9e';
  const span = range.hi - range.lo;
  const t = span > 0 ? Math.min(1, Math.max(0, (score - range.lo) / span)) : 1;
  return `hsl(${Math.round(t * 120)}, 70%, 45%)`;
}

/** The classes a node gets from its data. */
export function nodeClasses(node) {
  return [node.status, node.buildFailed ? 'build-failed' : '', node.flagged ? 'flagged' : ''].filter(Boolean).join(' ');
}
