import { el } from './dom.js';

/** How many events the panel keeps; older ones drop off the bottom. */
export const EVENTS_SHOWN = 300;

/** Adds events (oldest first) to the top of the events list: custodian notes, cycles, halts, degradations. */
export function prependEvents(list, events) {
  for (const event of events) {
    const text = `${event.at ?? ''} ${event.kind}${event.candidateId ? ` [${event.candidateId}]` : ''} ${JSON.stringify(event.data)}`;
    list.prepend(el('li', { 'data-kind': event.kind }, text.length > 300 ? `${text.slice(0, 300)}…` : text));
  }
  while (list.children.length > EVENTS_SHOWN) list.lastElementChild.remove();
}
