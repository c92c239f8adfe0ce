import { badge, el, fill, score } from './dom.js';

// The right column: one candidate in full.

/** Colours a unified diff line by line. */
function diffBlock(patch) {
  const lines = patch.split('\n').map((line) => {
    const kind = line.startsWith('+') && !line.startsWith('+++') ? 'add' : line.startsWith('-') && !line.startsWith('---') ? 'del' : line.startsWith('@@') ? 'hunk' : '';
    return el('span', { class: kind }, `${line}\n`);
  });
  return el('pre', { class: 'diff' }, lines);
}

function table(rows) {
  return el('table', {}, rows.map(([key, value]) => el('tr', {}, el('th', {}, key), el('td', {}, value))));
}

const show = (value) => (value === undefined ? '' : JSON.stringify(value));

function failingCases(cases) {
  if (!cases?.length) return null;
  return [
    el('h3', {}, `Failing cases (${cases.length})`),
    el('table', {}, el('tr', {}, ['split', '#', 'input', 'expected', 'actual / error'].map((h) => el('th', {}, h))),
      cases.slice(0, 50).map((c) => el('tr', {}, el('td', {}, c.split), el('td', {}, c.index), el('td', {}, show(c.input)), el('td', {}, show(c.expected)), el('td', {}, c.error ?? show(c.actual))))),
  ];
}

/** Renders a candidate's detail; `onJump(id)` opens another candidate (a parent). */
export function renderDetail(container, detail, onJump) {
  const c = detail.candidate;
  const { artifacts } = c;
  fill(
    container,
    el('h2', {}, 'Candidate'),
    el('div', { class: 'candidate-id' }, el('strong', {}, c.id), ' ', badge(c.status)),
    table([
      ['score', score(c.score)],
      ['engine', c.engine],
      ['operator', c.operator],
      ['prompt variant', c.promptVariant ?? '—'],
      ['model', c.model ?? '—'],
      ['version', String(c.version ?? 1)],
      ['cycle', String(c.cycle)],
      ['run', c.runId],
      ['created', c.createdAt],
    ]),
    el('div', {}, 'parents: ', c.parents.length === 0 ? 'none (seed)' : c.parents.map((p) => el('a', { class: 'jump', onclick: () => onJump(p) }, p, ' '))),
    el('h3', {}, 'Code'),
    el('pre', { class: 'code' }, c.code),
    detail.diffs.map((d) => [el('h3', {}, `Diff against parent ${d.parentId}`), d.patch ? diffBlock(d.patch) : el('p', { class: 'hint' }, 'parent not in the registry')]),
    el('h3', {}, 'Metrics'),
    table(Object.entries(c.metrics).map(([k, v]) => [k, typeof v === 'number' ? String(Number(v.toPrecision(6))) : String(v)])),
    failingCases(artifacts.failingCases),
    artifacts.buildErrors?.length ? [el('h3', {}, 'Build errors'), el('pre', { class: 'errors' }, artifacts.buildErrors.map((e) => `${e.stage}${e.line ? `:${e.line}` : ''} ${e.message}`).join('\n'))] : null,
    artifacts.stderr ? [el('h3', {}, 'stderr'), el('pre', {}, artifacts.stderr)] : null,
    artifacts.notes?.length ? [el('h3', {}, 'Notes'), el('ul', {}, artifacts.notes.map((n) => el('li', {}, n)))] : null,
    detail.events.length ? [el('h3', {}, 'Events'), el('ul', { class: 'plain events' }, detail.events.map((e) => el('li', {}, `${e.at} ${e.kind} ${JSON.stringify(e.data)}`)))] : null,
  );
}
