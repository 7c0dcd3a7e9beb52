// The form that writes a record or a new version of one, with its label picker: TLP, the
// organisations, nations and groups it is releasable to, and a classification marking.
import { TLP, tlpBadge } from './labels.js';
import { sharing } from './sharing-api.js';

/** A list typed as "a, b c" → ['a', 'b', 'c']. */
function words(text) {
  return text.split(/[\s,;]+/).filter(Boolean);
}

function checkbox(name, value, text) {
  const label = document.createElement('label');
  label.className = 'choice';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  label.append(input, ` ${text}`);
  return label;
}

export class RecordForm {
  /**
   * `form` is the <form>; `directory` names the organisations, nations and groups; `session` is
   * the signed-in user; `onSaved(record)` runs after the node accepted it, `onCancel()` on cancel.
   */
  constructor(form, directory, session, { onSaved, onCancel }) {
    this.form = form;
    this.directory = directory;
    this.session = session;
    this.editing = null;
    const tlp = form.elements.tlp;
    for (const t of TLP) tlp.append(new Option(`TLP:${t.label}`, t.label));
    tlp.value = 'AMBER';
    this.fillPicker();
    form.addEventListener('change', () => this.describeReaders());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await this.save(onSaved);
    });
    form.querySelector('#form-cancel').addEventListener('click', onCancel);
  }

  fillPicker() {
    const { organisations, nations, groups } = this.directory;
    const own = this.session.organisation;
    const others = organisations.filter((o) => o.id !== own);
    this.fillBox('#pick-organisations', others.map((o) => checkbox('release', o.id, `${o.name} (${o.id})`)));
    this.fillBox('#pick-nations', nations.map((n) => checkbox('release', n, n)));
    this.fillBox('#pick-groups', groups.map((g) => checkbox('release', g.id, g.name || g.id)));
  }

  fillBox(selector, choices) {
    const box = this.form.querySelector(selector);
    const legend = box.querySelector('legend');
    const empty = document.createElement('p');
    empty.className = 'note';
    empty.textContent = 'none known';
    box.replaceChildren(legend, ...(choices.length ? choices : [empty]));
  }

  /** Shows the form empty for a new record, or filled from `record` for its next version. */
  open(record = null) {
    const f = this.form.elements;
    this.editing = record;
    this.form.reset();
    this.form.querySelector('#form-title').textContent =
      record ? `New version of “${record.title}” (now v${record.version})` : 'New record';
    const chosen = new Set(record?.labels.releasableTo ?? []);
    for (const box of this.form.querySelectorAll('input[name=release]')) box.checked = chosen.has(box.value);
    f.kind.value = record?.kind ?? 'observation';
    f.title.value = record?.title ?? '';
    f.body.value = record?.body ?? '';
    f.time.value = record ? record.time.slice(0, 19) : new Date().toISOString().slice(0, 16); // keeps a record's seconds
    f.lat.value = record?.lat ?? '';
    f.lon.value = record?.lon ?? '';
    f.vessels.value = (record?.vessels ?? []).join(', ');
    f.events.value = (record?.events ?? []).join(', ');
    f.tlp.value = record?.labels.tlp ?? 'AMBER';
    f.classification.value = record?.labels.classification ?? '';
    this.form.querySelector('#form-error').textContent = '';
    this.form.hidden = false;
    this.describeReaders();
    f.title.focus();
  }

  /** The TLP's meaning and who will be able to read the record, in words. */
  describeReaders() {
    const tlp = this.form.elements.tlp.value;
    const meaning = this.form.querySelector('#tlp-meaning');
    meaning.replaceChildren(tlpBadge(tlp), ` ${TLP.find((t) => t.label === tlp).meaning}`);
    const chosen = this.chosenReleasability();
    const owner = this.directory.organisationName(this.session.organisation);
    this.form.querySelector('#readers').textContent = chosen.length
      ? `Readable by ${owner} and ${this.directory.releasability(chosen)}.`
      : `Readable by ${owner} only.`;
  }

  chosenReleasability() {
    return [...this.form.querySelectorAll('input[name=release]:checked')].map((box) => box.value);
  }

  /** The record as the API takes it; text the node must judge is passed on as written. */
  draft() {
    const f = this.form.elements;
    const number = (text) => (text.trim() === '' ? undefined : Number(text));
    const draft = {
      kind: f.kind.value,
      title: f.title.value,
      body: f.body.value,
      lat: number(f.lat.value),
      lon: number(f.lon.value),
      vessels: words(f.vessels.value).map(Number),
      events: words(f.events.value),
      labels: { tlp: f.tlp.value, releasableTo: this.chosenReleasability() },
    };
    if (f.time.value) draft.time = `${f.time.value.length === 16 ? f.time.value + ':00' : f.time.value}Z`;
    const classification = f.classification.value.trim();
    if (classification) draft.labels.classification = classification;
    return draft;
  }

  async save(onSaved) {
    const error = this.form.querySelector('#form-error');
    error.textContent = '';
    const draft = this.draft();
    const badVessel = draft.vessels.find((v) => !Number.isInteger(v) || v <= 0 || v > 999999999);
    if (badVessel !== undefined) {
      error.textContent = 'vessels must be MMSIs: numbers of up to 9 digits, separated by commas';
      return;
    }
    const button = this.form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const record = this.editing
        ? await sharing.updateRecord(this.editing.id, draft)
        : await sharing.createRecord(draft);
      this.form.hidden = true;
      onSaved(record);
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
    }
  }
}
