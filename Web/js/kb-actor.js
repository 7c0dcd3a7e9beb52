// An actor's page: what it is, its relations, its dated history and the conflicting claims about
// it, every line with its sources and a full reference list at the end.
import { kb, element, actorLink, citations, referenceList, table } from './kb-api.js';

function facts(pairs) {
  return element('dl', { className: 'facts' },
    pairs.filter(([, value]) => value != null && value !== '').flatMap(([name, value]) =>
      [element('dt', {}, name), element('dd', {}, value)]));
}

/** Dated relations first, by start; undated ones after them, by name. */
function byStart(a, b) {
  if (a.start && b.start) return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
  if (a.start || b.start) return a.start ? -1 : 1;
  return a.name.localeCompare(b.name);
}

function relationTable(profile) {
  const target = element('table', { className: 'kb-table', id: 'actor-relations' });
  table(target, ['relation', 'kind', 'with', 'from', 'to', 'status', 'sources'],
    [...profile.relations].sort(byStart).map((r) => [
      r.name, r.kind,
      element('span', {}, r.actors.filter((a) => a !== profile.actor.id).flatMap((a, i) => (i ? [', ', actorLink(a)] : [actorLink(a)]))),
      r.start || '—', r.end || '', r.status, citations(r.sources),
    ]));
  return target;
}

function timeline(profile) {
  return element('ol', { className: 'timeline', id: 'actor-timeline' }, profile.timeline.map((entry) =>
    element('li', { dataset: { type: entry.type, id: entry.id } },
      element('span', { className: 'when' }, entry.date),
      element('span', { className: 'what' }, entry.label),
      entry.title, ' ',
      citations(entry.sources))));
}

function conflicts(profile) {
  return profile.conflicts.map((c) => element('div', { className: 'conflict' },
    element('p', {}, element('strong', {}, `${c.subject} · ${c.field}: `), c.summary),
    element('ul', {},
      c.claims.map((claim) => element('li', {}, `claim: ${claim.value} `, citations(claim.sources))),
      element('li', {}, `${c.resolution.outcome}: ${c.resolution.value ?? '—'} `, citations(c.resolution.sources)))));
}

/** Renders the page of actor `id` into `target`; throws when the API does. */
export async function showActor(target, id) {
  const profile = await kb.actor(id);
  const a = profile.actor;
  document.title = `Kizuna — ${a.name}`;
  const everything = [a, ...profile.relations, ...profile.timeline, ...profile.conflicts.flatMap((c) => [...c.claims, c.resolution])];
  target.replaceChildren(
    element('h2', { id: 'actor-name', dataset: { actor: a.id } }, `${a.name} (${a.id})`),
    facts([
      ['kind', a.kind], ['group', element('span', { className: `region-${a.region}` }, a.region)],
      ['also called', (a.aliases || []).join(', ')], ['about', a.summary], ['sources', citations(a.sources)],
      ['indicators', profile.indicators.length
        ? element('span', {}, profile.indicators.flatMap((i, n) => [n ? ', ' : '', element('a', { href: `#indicators/${i.id}` }, i.name)]))
        : null],
    ]),
    element('div', { className: 'columns' },
      element('div', {},
        element('h3', {}, `Relations (${profile.relations.length})`), relationTable(profile),
        profile.conflicts.length ? element('h3', {}, 'Sources that disagree') : null, conflicts(profile)),
      element('div', {},
        element('h3', {}, `Timeline (${profile.timeline.length})`), timeline(profile))),
    element('h3', {}, 'References'),
    referenceList(everything),
  );
  target.dataset.actor = a.id;
}
