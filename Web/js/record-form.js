// The form that writes a record or a new version of one, with its label picker (label-picker.js).
import { LabelPicker } from './label-picker.js';
import { sharing } from './sharing-api.js';

/** A list typed as "a, b c" → ['a', 'b', 'c']. */
function words(text) {
  return text.split(/[\s,;]+/).filter(Boolean);
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
    this.labels = new LabelPicker(form.querySelector('.label-picker'), directory, session);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await this.save(onSaved);
    });
    form.querySelector('#form-cancel').addEventListener('click', onCancel);
  }

  /** Shows the form empty for a new record, or filled from `record` for its next version. */
  open(record = null) {
    const f = this.form.elements;
    this.editing = record;
    this.form.reset();
    this.form.querySelector('#form-title').textContent =
      record ? `New version of “${record.title}” (now v${record.version})` : 'New record';
    f.kind.value = record?.kind ?? 'observation';
    f.title.value = record?.title ?? '';
    f.body.value = record?.body ?? '';
    f.time.value = record ? record.time.slice(0, 19) : new Date().toISOString().slice(0, 16); // keeps a record's seconds
    f.lat.value = record?.lat ?? '';
    f.lon.value = record?.lon ?? '';
    f.vessels.value = (record?.vessels ?? []).join(', ');
    f.events.value = (record?.events ?? []).join(', ');
    this.labels.set(record?.labels);
    this.form.querySelector('#form-error').textContent = '';
    this.form.hidden = false;
    f.title.focus();
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
      labels: this.labels.value(),
    };
    if (f.time.value) draft.time = `${f.time.value.length === 16 ? f.time.value + ':00' : f.time.value}Z`;
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
