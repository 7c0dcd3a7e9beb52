// The vessel panel's annotations: partners' labelled notes on the selected vessel (records of kind
// `annotation`, read through the node's one releasability policy), each with its TLP badge,
// classification, author, organisation and date; and a form to add one with the label picker.
import { Directory, tlpBadge } from './labels.js';
import { LabelPicker } from './label-picker.js';
import { requireSession } from './session.js';
import { sharing } from './sharing-api.js';

const ROLES = ['viewer', 'analyst', 'admin'];
let parts = null; // the section's elements, once made
let building = null; // the promise of them, while they are made
let shownMMSI = null;

function element(tag, className, ...children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

/** "2026-11-21T09:00:00Z" → "2026-11-21 09:00 UTC". */
function utc(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function item(a, directory) {
  const head = element('div', 'annotation-head', tlpBadge(a.labels.tlp));
  if (a.labels.classification) head.append(element('span', 'classification', a.labels.classification));
  head.append(element('strong', 'annotation-title', a.title));
  const li = element('li', 'annotation', head);
  li.dataset.id = a.id;
  li.dataset.tlp = a.labels.tlp;
  // a title made from the body's first line is not shown twice
  const rest = a.body.startsWith(a.title) ? a.body.slice(a.title.length).trim() : a.body;
  if (rest) li.append(element('p', 'annotation-body', rest));
  li.append(
    element('div', 'when', `${a.author} · ${directory.organisationName(a.labels.owner)} · ${utc(a.time)}`),
    element('div', 'when', `Releasable to ${directory.releasability(a.labels.releasableTo)}`),
  );
  return li;
}

/** Builds the section inside `box` once: the list, and for analysts the form. */
async function build(box) {
  const session = await requireSession();
  const [organisations, groups] = await Promise.all([sharing.organisations(), sharing.groups()]);
  const directory = new Directory(organisations, groups);
  const list = element('ul', 'annotations');
  list.id = 'annotation-list';
  const note = element('p', 'note');
  const body = document.createElement('textarea');
  body.name = 'body';
  body.rows = 3;
  body.placeholder = 'e.g. suspected shadow-fleet tanker, re-flagged twice in 2025';
  const title = document.createElement('input');
  title.name = 'title';
  title.maxLength = 300;
  title.placeholder = 'optional: the first line of the note';
  title.autocomplete = 'off';
  const picker = document.createElement('fieldset');
  const error = element('p', 'error');
  error.setAttribute('role', 'alert');
  const save = element('button', 'primary', 'Save annotation');
  save.type = 'submit';
  const cancel = element('button', '', 'Cancel');
  cancel.type = 'button';
  const form = element('form', 'annotation-form', element('label', '', 'Note', body),
    element('label', '', 'Title', title), picker, error, element('div', 'actions', save, cancel));
  form.id = 'annotation-form';
  form.hidden = true;
  form.noValidate = true;
  const labels = new LabelPicker(picker, directory, session);
  const add = element('button', '', 'Add annotation');
  add.type = 'button';
  add.id = 'annotation-add';
  add.hidden = ROLES.indexOf(session.role) < ROLES.indexOf('analyst');
  add.addEventListener('click', () => {
    form.reset();
    labels.set();
    error.textContent = '';
    form.hidden = false;
    add.hidden = true;
    body.focus();
  });
  const close = () => {
    form.hidden = true;
    add.hidden = ROLES.indexOf(session.role) < ROLES.indexOf('analyst');
  };
  cancel.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    save.disabled = true;
    try {
      const draft = { body: body.value, labels: labels.value() };
      if (title.value.trim()) draft.title = title.value;
      await sharing.annotate(shownMMSI, draft);
      close();
      await refresh();
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      save.disabled = false;
    }
  });
  box.replaceChildren(element('h3', '', 'Annotations'), list, note, add, form);
  parts = { list, note, directory, close };
  follow();
  return parts;
}

/**
 * Redraws the list when an annotation of the shown vessel is written here or arrives from a
 * partner, or one shown is deleted.
 */
function follow() {
  const source = new EventSource('/api/v1/records/stream');
  // a browser holds few connections to one host (six over HTTP/1.1): give this one back on leaving
  window.addEventListener('pagehide', () => source.close());
  source.addEventListener('record', (event) => {
    const record = JSON.parse(event.data);
    if (record.kind === 'annotation' && record.vessels.includes(shownMMSI)) refresh();
  });
  // a tombstone links no vessel: redraw when it deletes an annotation on show
  source.addEventListener('deleted', (event) => {
    const { id } = JSON.parse(event.data);
    if (parts.list.querySelector(`li[data-id="${CSS.escape(id)}"]`)) refresh();
  });
}

async function refresh() {
  const mmsi = shownMMSI;
  const { list, note, directory } = parts;
  try {
    const annotations = await sharing.annotations(mmsi);
    if (mmsi !== shownMMSI) return; // another vessel was chosen meanwhile
    list.replaceChildren(...annotations.map((a) => item(a, directory)));
    note.textContent = annotations.length ? '' : 'No annotations you may see.';
  } catch (failure) {
    note.textContent = `Annotations unavailable: ${failure.message}`;
  }
}

/** Shows the annotations of vessel `mmsi` in the element #vessel-annotations. */
export async function showAnnotations(mmsi) {
  shownMMSI = Number(mmsi);
  building ??= build(document.getElementById('vessel-annotations'));
  await building;
  parts.close();
  await refresh();
}
