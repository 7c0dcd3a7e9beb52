// The knowledge base's HTTP API (/api/v1/kb, see /openapi.json), through api.js's getJSON.
import { getJSON } from './api.js';

const q = encodeURIComponent;

export const kb = {
  actors: () => getJSON('/api/v1/kb/actors'),
  actor: (id) => getJSON(`/api/v1/kb/actors/${q(id)}`),
  relationsAsOf: (day) => getJSON(`/api/v1/kb/relations?asOf=${q(day)}`),
  measures: (day) => getJSON(`/api/v1/kb/measures?asOf=${q(day)}`),
  indicators: () => getJSON('/api/v1/kb/indicators'),
  indicator: (id) => getJSON(`/api/v1/kb/indicators/${q(id)}`),
  search: (text) => getJSON(`/api/v1/kb/search?q=${q(text)}`),
};

/** Text and element helpers shared by the knowledge-base views. */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value == null) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node && key !== 'list') node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child != null) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A link to an actor's page. */
export function actorLink(id) {
  return element('a', { href: `#actor/${id}`, className: 'actor-link', dataset: { actor: id } }, id);
}

/** The full reference of a citation: publication, section, title, author, date. */
export function reference(c) {
  const where = c.section ? ` ${c.section}` : '';
  const details = [c.title, c.author, c.date].filter(Boolean).join(', ');
  return `${c.publication}${where}${details ? ' — ' + details : ''}`;
}

/** Short citations (`LAC2025 ch. 1`), each with its full reference on hover. */
export function citations(sources) {
  const span = element('span', { className: 'cite' });
  (sources || []).forEach((c, i) => {
    if (i) span.append('; ');
    span.append(element('abbr', { title: reference(c) }, c.section ? `${c.publication} ${c.section}` : c.publication));
  });
  return span;
}

/** Every distinct citation of `records`, as a numbered list of full references. */
export function referenceList(records) {
  const seen = new Map();
  for (const record of records) {
    for (const c of record.sources || []) seen.set(reference(c), c);
  }
  return element('ol', { className: 'references' }, [...seen.keys()].sort().map((text) => element('li', {}, text)));
}

/** A table with a header row; each row is an array of cells (text or nodes). */
export function table(target, header, rows) {
  target.replaceChildren(
    element('thead', {}, element('tr', {}, header.map((h) => element('th', {}, h)))),
    element('tbody', {}, rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, cell))))),
  );
}
