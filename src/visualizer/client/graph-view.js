import cytoscape from '/vendor/cytoscape.mjs';
import dagre from '/vendor/cytoscape-dagre.mjs';
import { graphStyle, LABEL_MIN_PX, labelFont, nodeClasses, scoreColor } from './graph-style.js';

cytoscape.use(dagre);

/** Graphs up to this many nodes get dagre's tidy layout; larger ones keep the server's layered positions. */
export const DAGRE_LIMIT = 400;

// Nodes sit far enough apart (18 + 34 units) for their labels (see labelFont) not to overlap once they are drawn.
const dagreLayout = { name: 'dagre', rankDir: 'TB', nodeSep: 34, rankSep: 45, animate: false, fit: true, padding: 20 };

function nodeElement(node, x, y, range) {
  return { group: 'nodes', data: { ...node, label: `${node.version > 1 ? `v${node.version} ` : ''}${node.id.slice(0, 6)}`, color: scoreColor(node.score, range) }, position: { x, y }, classes: nodeClasses(node) };
}

function edgeElement(parent, child) {
  return { group: 'edges', data: { id: `${parent}>${child}`, source: parent, target: child } };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The lineage graph panel: draws a lineage view, adds live candidates, reports taps on candidates, and tells
 * `onLabels(shown)` whether the zoom is close enough for labels to be drawn (so the page can say to zoom in).
 */
export function createGraphView(container, onSelect, onLabels = () => undefined) {
  let cy;
  let large = false;
  let relayout;
  let range = { lo: 0, hi: 1 };
  let scaled = false;
  // A live score outside the colour scale stretches it, and every node is recoloured on the new scale.
  const recolor = (nodes) => {
    const built = nodes.map((n) => n.score).filter((s) => s !== null && s > -999);
    if (built.length === 0) return;
    // A graph drawn before any candidate built has the [0, 1] fallback scale: the first real scores replace it.
    const next = scaled ? { lo: Math.min(range.lo, ...built), hi: Math.max(range.hi, ...built) } : { lo: Math.min(...built), hi: Math.max(...built) };
    scaled = true;
    if (next.lo === range.lo && next.hi === range.hi) return;
    range = next;
    cy.batch(() => cy.nodes().forEach((n) => n.data('color', scoreColor(n.data('score'), range))));
  };
  const view = {
    get cy() {
      return cy;
    },
    /** Draws a lineage view from the server; resolves once the graph is laid out and painted. */
    async show(lineage) {
      cy?.destroy();
      large = lineage.nodes.length > DAGRE_LIMIT;
      range = lineage.scoreRange;
      scaled = lineage.nodes.some((n) => n.score !== null && n.score > -999);
      const elements = [...lineage.nodes.map((n) => nodeElement(n, n.x, n.y, range)), ...lineage.edges.map((e) => edgeElement(e.parent, e.child))];
      cy = cytoscape({
        container,
        elements,
        style: graphStyle(large),
        layout: { name: 'preset', fit: true, padding: 20 },
        textureOnViewport: large,
        hideEdgesOnViewport: large,
        pixelRatio: large ? 1 : 'auto',
        minZoom: 0.02,
        maxZoom: 2,
      });
      cy.on('tap', 'node', (event) => onSelect(event.target.id()));
      const labels = () => onLabels(cy.zoom() * labelFont(large) >= LABEL_MIN_PX);
      cy.on('zoom', labels);
      cy.on('layoutstop', labels);
      labels();
      if (!large && lineage.nodes.length > 1) cy.layout(dagreLayout).run();
      await nextFrame();
    },
    /** Adds candidates that arrived live next to their deepest parent; dagre graphs are re-laid out shortly after. */
    add(nodes) {
      if (!cy) return 0;
      let added = 0;
      for (const node of nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        const parents = node.parents.map((p) => cy.getElementById(p)).filter((p) => p.nonempty());
        const deepest = parents.length > 0 ? parents.reduce((a, b) => (a.position('x') > b.position('x') ? a : b)).position() : { x: 0, y: 0 };
        cy.add(nodeElement(node, deepest.x + 60, deepest.y + (Math.random() - 0.5) * 40, range)).addClass('live');
        for (const parent of parents) cy.add(edgeElement(parent.id(), node.id));
        added += 1;
      }
      recolor(nodes);
      if (added > 0 && !large && cy.nodes().length <= DAGRE_LIMIT) {
        // Small graphs are re-fitted as they grow; once a user has something to zoom into, the view stays put.
        const fit = cy.nodes().length <= 30;
        clearTimeout(relayout);
        relayout = setTimeout(() => cy.layout({ ...dagreLayout, fit }).run(), 300);
      }
      return added;
    },
    /** Rings a candidate that an event flagged. */
    flag(id) {
      cy?.getElementById(id).addClass('flagged');
    },
    /** Selects a candidate's node, as a tap would. */
    select(id) {
      if (!cy) return;
      cy.nodes(':selected').unselect();
      cy.getElementById(id).select();
    },
  };
  return view;
}
