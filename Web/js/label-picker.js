// The label picker every labelled thing is written with (records, vessel annotations): a TLP 2.0
// level, the organisations, nations and groups it is releasable to, a classification marking, and in
// words who will be able to read it.
import { TLP, tlpBadge } from './labels.js';

/** An element with a class name and children (text or elements). */
function element(tag, className, ...children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

function checkbox(value, text) {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = 'release';
  input.value = value;
  return element('label', 'choice', input, ` ${text}`);
}

export class LabelPicker {
  /**
   * Fills the empty <fieldset> `box` with the picker. `directory` (labels.js) names the
   * organisations, nations and groups; `session` is the signed-in writer, whose organisation owns
   * what is written and is therefore not offered.
   */
  constructor(box, directory, session) {
    this.box = box;
    this.directory = directory;
    this.session = session;
    this.tlp = document.createElement('select');
    this.tlp.name = 'tlp';
    for (const t of TLP) this.tlp.append(new Option(`TLP:${t.label}`, t.label));
    this.classification = document.createElement('input');
    this.classification.name = 'classification';
    this.classification.maxLength = 64;
    this.classification.placeholder = 'e.g. RESTRICTED';
    this.classification.autocomplete = 'off';
    this.meaning = element('p', 'note tlp-meaning');
    this.readers = element('p', 'note readers');
    const own = session.organisation;
    const choices = element('div', 'release-choices',
      this.choiceBox('Organisations', directory.organisations.filter((o) => o.id !== own)
        .map((o) => checkbox(o.id, `${o.name} (${o.id})`))),
      this.choiceBox('Nations', directory.nations.map((n) => checkbox(n, n))),
      this.choiceBox('Groups', directory.groups.map((g) => checkbox(g.id, g.name || g.id))));
    box.classList.add('label-picker');
    box.replaceChildren(
      element('legend', '', 'Labels'),
      element('div', 'field-row', element('label', '', 'TLP', this.tlp),
        element('label', '', 'Classification', this.classification)),
      this.meaning,
      element('p', 'picker-title', 'Releasable to ', element('span', 'note', '(none chosen: your organisation only)')),
      choices,
      this.readers,
    );
    box.addEventListener('change', () => this.describe());
    this.set();
  }

  choiceBox(legend, choices) {
    const empty = element('p', 'note', 'none known');
    return element('fieldset', '', element('legend', '', legend), ...(choices.length ? choices : [empty]));
  }

  /** Shows `labels` ({tlp, releasableTo, classification}), or TLP:AMBER for the owner only. */
  set(labels = null) {
    this.tlp.value = labels?.tlp ?? 'AMBER';
    this.classification.value = labels?.classification ?? '';
    const chosen = new Set(labels?.releasableTo ?? []);
    for (const box of this.box.querySelectorAll('input[name=release]')) box.checked = chosen.has(box.value);
    this.describe();
  }

  chosen() {
    return [...this.box.querySelectorAll('input[name=release]:checked')].map((box) => box.value);
  }

  /** The labels as the API takes them. */
  value() {
    const labels = { tlp: this.tlp.value, releasableTo: this.chosen() };
    const classification = this.classification.value.trim();
    if (classification) labels.classification = classification;
    return labels;
  }

  /** The TLP's meaning and who will be able to read the thing, in words. */
  describe() {
    const tlp = this.tlp.value;
    this.meaning.replaceChildren(tlpBadge(tlp), ` ${TLP.find((t) => t.label === tlp).meaning}`);
    const chosen = this.chosen();
    const owner = this.directory.organisationName(this.session.organisation);
    this.readers.textContent = chosen.length
      ? `Readable by ${owner} and ${this.directory.releasability(chosen)}.`
      : `Readable by ${owner} only.`;
  }
}
