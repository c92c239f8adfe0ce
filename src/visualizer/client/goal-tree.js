import { badge, el, fill, score } from './dom.js';

// The left column: directives nested under their parent goal, the runs, and why runs stopped.

/** Renders the goal tree; a click on a directive calls `onSelect(id)`. */
export function renderGoalTree(list, directives, selectedId, onSelect) {
  const ids = new Set(directives.map((d) => d.id));
  const childrenOf = (parent) => directives.filter((d) => (d.parent && ids.has(d.parent) ? d.parent : null) === parent);
  const branch = (parent) =>
    childrenOf(parent).map((d) => {
      const label = el(
        'div',
        { class: `goal${d.id === selectedId ? ' selected' : ''}`, 'data-directive': d.id, title: d.goal, onclick: () => onSelect(d.id) },
        badge(d.status),
        ' ',
        el('strong', {}, d.id),
        el('div', { class: 'hint' }, `version ${d.version ?? 1} · ${d.candidates} candidates · best ${score(d.bestScore)}`),
      );
      const kids = branch(d.id);
      return el('li', {}, label, kids.length > 0 ? el('ul', {}, kids) : null);
    });
  fill(list, branch(null));
  if (directives.length === 0) list.append(el('li', { class: 'hint' }, 'no directive yet'));
}

/** Renders the runs, newest first. */
export function renderRuns(list, runs) {
  fill(
    list,
    [...runs].reverse().map((run) =>
      el('li', { 'data-run': run.id }, badge(run.status), ' ', run.id, el('div', { class: 'hint' }, `${run.engine} · seed ${run.seed} · ${run.directiveIds.join(', ')}`)),
    ),
  );
}

/** Renders the stops (kill switches, budgets, solutions), newest first. */
export function renderStops(list, stops) {
  fill(
    list,
    [...stops].reverse().map((stop) =>
      el('li', { 'data-stop': stop.reason }, el('strong', {}, stop.reason), ` ${stop.runId}`, el('div', { class: 'hint' }, `${stop.at} — ${stop.detail}`)),
    ),
  );
  if (stops.length === 0) list.append(el('li', { class: 'hint' }, 'no stop yet'));
}
