import { renderDetail } from './detail-view.js';
import { getJson } from './dom.js';
import { prependEvents } from './events-view.js';
import { renderGoalTree, renderRuns, renderStops } from './goal-tree.js';
import { createGraphView } from './graph-view.js';
import { renderProgress } from './progress-panel.js';

/** Without "show every candidate", the graph holds the TOP best candidates and their ancestors. */
export const TOP = 400;

const $ = (id) => document.getElementById(id);
const state = { overview: undefined, directiveId: undefined, showAll: false, shown: 0, total: 0, firstRenderMs: undefined, lastRenderMs: undefined, renders: 0, liveCandidates: 0 };
const graph = createGraphView($('graph'), (id) => openCandidate(id), (shown) => ($('label-hint').hidden = shown));
// Tests and curious users read the dashboard's state from the console.
window.hephaestusDashboard = { state, graph };

function updateCount() {
  const count = $('graph-count');
  count.textContent = `${state.shown} of ${state.total} candidates shown`;
  count.dataset.shown = String(state.shown);
  count.dataset.total = String(state.total);
}

function renderOverview() {
  const { directives, runs, stops } = state.overview;
  renderGoalTree($('goal-tree'), directives, state.directiveId, openDirective);
  renderRuns($('runs'), runs);
  renderStops($('stops'), stops);
}

async function openCandidate(id) {
  graph.select(id);
  const detail = await getJson(`/api/candidate?id=${encodeURIComponent(id)}`);
  renderDetail($('detail'), detail, openCandidate);
  $('detail').dataset.candidate = id;
}

async function refreshProgress() {
  const id = state.directiveId;
  const progress = await getJson(`/api/progress?directive=${encodeURIComponent(id)}`);
  if (id === state.directiveId) renderProgress($('progress'), progress);
}

let progressTimer;
function refreshProgressSoon() {
  if (progressTimer === undefined) progressTimer = setTimeout(() => ((progressTimer = undefined), refreshProgress()), 2000);
}

async function openDirective(id) {
  const started = performance.now();
  state.directiveId = id;
  renderOverview();
  const query = `directive=${encodeURIComponent(id)}${state.showAll ? '' : `&top=${TOP}`}`;
  const [lineage, events] = await Promise.all([getJson(`/api/lineage?${query}`), getJson(`/api/events?directive=${encodeURIComponent(id)}`)]);
  if (state.directiveId !== id) return;
  state.total = lineage.total;
  state.shown = lineage.nodes.length;
  $('graph-title').textContent = id;
  updateCount();
  await graph.show(lineage);
  state.renders += 1;
  state.lastRenderMs = performance.now() - started;
  state.firstRenderMs ??= performance.now();
  document.body.dataset.rendered = String(state.renders);
  $('events').replaceChildren();
  prependEvents($('events'), events);
  await refreshProgress();
}

function onCandidates(nodes) {
  const mine = nodes.filter((n) => n.directiveId === state.directiveId);
  state.liveCandidates += nodes.length;
  if (mine.length === 0) return;
  state.total += mine.length;
  state.shown += graph.add(mine);
  updateCount();
  refreshProgressSoon();
}

function onEvents(events) {
  const mine = events.filter((e) => !e.directiveId || e.directiveId === state.directiveId);
  prependEvents($('events'), mine);
  for (const event of mine) if (event.candidateId && event.kind !== 'node-written' && event.kind !== 'kept-unsolved') graph.flag(event.candidateId);
}

function connect() {
  const live = $('live-status');
  const source = new EventSource('/events');
  source.addEventListener('open', () => ((live.textContent = 'live'), live.classList.add('on')));
  source.addEventListener('error', () => ((live.textContent = 'reconnecting…'), live.classList.remove('on')));
  // New candidates after a problem mean the feed caught up again.
  source.addEventListener('candidates', (message) => ((live.textContent = 'live'), onCandidates(JSON.parse(message.data))));
  source.addEventListener('events', (message) => onEvents(JSON.parse(message.data)));
  source.addEventListener('problem', (message) => (live.textContent = `behind: ${JSON.parse(message.data).message}`));
  source.addEventListener('overview', (message) => {
    state.overview = JSON.parse(message.data);
    renderOverview();
    if (!state.directiveId && state.overview.directives.length > 0) openDirective(state.overview.directives[0].id);
  });
}

$('show-all').addEventListener('change', (event) => {
  state.showAll = event.target.checked;
  if (state.directiveId) openDirective(state.directiveId);
});

state.overview = await getJson('/api/overview');
const wanted = new URLSearchParams(location.hash.slice(1)).get('directive');
const first = state.overview.directives.find((d) => d.id === wanted) ?? state.overview.directives[0];
renderOverview();
connect();
if (first) await openDirective(first.id);
