// Small DOM helpers: every text goes through textContent, so candidate code and error messages cannot inject markup.

/** Creates an element with attributes (`class`, `data-*`, `on*` handlers) and children (nodes or strings). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** Replaces the children of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat(Infinity)) if (child) node.append(child);
  return node;
}

/** Formats a score for display; null or non-finite scores (failed builds) read as a dash. */
export function score(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(4) : '—';
}

/** A status badge. */
export function badge(status) {
  return el('span', { class: `badge ${status}` }, status);
}

/** Fetches a JSON API route; rejects with the server's message on an error status. */
export async function getJson(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${path}`);
  return body;
}
