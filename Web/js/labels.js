// How labels look: the TLP 2.0 badge and the releasability list in words. The colours are FIRST's
// (TLP 2.0, https://www.first.org/tlp/): the label's colour as text on a black background.

/** TLP 2.0 labels, least to most restricted, with FIRST's font colour and what each means. */
export const TLP = [
  { label: 'CLEAR', colour: '#FFFFFF', meaning: 'disclosure is not limited' },
  { label: 'GREEN', colour: '#33FF00', meaning: 'the recipient’s community, not public channels' },
  { label: 'AMBER', colour: '#FFC000', meaning: 'the recipient’s organisation and its clients, need to know' },
  { label: 'AMBER+STRICT', colour: '#FFC000', meaning: 'the recipient’s organisation only' },
  { label: 'RED', colour: '#FF2B2B', meaning: 'the named recipients only, not passed on' },
];

/** A `TLP:…` badge for a label such as "AMBER+STRICT". */
export function tlpBadge(label) {
  const badge = document.createElement('span');
  badge.className = 'tlp';
  badge.dataset.tlp = label;
  badge.textContent = `TLP:${label}`;
  badge.title = TLP.find((t) => t.label === label)?.meaning ?? '';
  return badge;
}

/**
 * A compact labels mark for the picture's events and zones: the TLP badge, then the classification
 * when there is one. The title says who owns it and who else may see it.
 */
export function labelsMark(labels) {
  const mark = document.createElement('span');
  mark.className = 'labels';
  if (!labels) return mark;
  mark.append(tlpBadge(labels.tlp));
  if (labels.classification) {
    const classification = document.createElement('span');
    classification.className = 'classification';
    classification.textContent = labels.classification;
    mark.append(classification);
  }
  const readers = labels.releasableTo.length ? ` and ${labels.releasableTo.join(', ')}` : ' only';
  mark.title = `owner ${labels.owner}; seen by ${labels.owner}${readers}`;
  return mark;
}

/**
 * Who is known on this node, to name releasability entries and fill the label picker:
 * organisations (id, name, nation), groups (id, name, members) and the nations of the organisations.
 */
export class Directory {
  constructor(organisations, groups) {
    this.organisations = organisations;
    this.groups = groups;
    this.nations = [...new Set(organisations.map((o) => o.nation).filter(Boolean))].sort();
  }

  /** What kind of entry a releasability id is, and its readable name. */
  describe(id) {
    const organisation = this.organisations.find((o) => o.id === id);
    if (organisation) return { kind: 'organisation', text: `${organisation.name} (${id})` };
    const group = this.groups.find((g) => g.id === id);
    if (group) return { kind: 'group', text: `group ${group.name || id}` };
    if (/^[A-Z]{3}$/.test(id)) return { kind: 'nation', text: `nation ${id}` };
    return { kind: 'unknown', text: id };
  }

  /** The releasability list in words; empty means the owner only. */
  releasability(ids) {
    return ids.length === 0 ? 'owner only' : ids.map((id) => this.describe(id).text).join(', ');
  }

  organisationName(id) {
    return this.organisations.find((o) => o.id === id)?.name ?? id;
  }
}
