// The shared records page: the list a user may see (search, kind, TLP and owner filters), one
// record with its labels and versions, and the form to write a record or its next version.
import { Directory, TLP, tlpBadge } from './labels.js';
import { RecordForm } from './record-form.js';
import { requireSession, showSession } from './session.js';
import { sharing } from './sharing-api.js';

const $ = (id) => document.getElementById(id);
const ROLES = ['viewer', 'analyst', 'admin'];
let session;
let directory;
let form;
let shown = null; // the record in the detail view (latest version)

/** "2026-11-21T09:00:00Z" → "2026-11-21 09:00:00 UTC". */
function utc(iso) {
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
}

/** Latitude and longitude in degrees, as "25.7500° N, 123.5000° E". */
function position(lat, lon) {
  return `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(4)}° ${lon < 0 ? 'W' : 'E'}`;
}

function cell(content, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.append(content ?? '');
  return td;
}

// ---- the list

function filters() {
  return {
    q: $('search').value.trim(), kind: $('filter-kind').value, tlp: $('filter-tlp').value,
    owner: $('filter-owner').value, limit: '500',
  };
}

let listRequest = 0;
async function loadList() {
  const mine = ++listRequest;
  try {
    const records = await sharing.records(filters());
    if (mine !== listRequest) return; // a newer search is on its way
    $('record-rows').replaceChildren(...records.map(recordRow));
    $('list-note').textContent = records.length === 0
      ? 'No records you may see match.'
      : `${records.length} record${records.length === 1 ? '' : 's'} you may see${records.length === 500 ? ' (first 500)' : ''}.`;
  } catch (error) {
    $('list-note').textContent = `Records unavailable: ${error.message}`;
  }
}

function recordRow(r) {
  const tr = document.createElement('tr');
  tr.dataset.id = r.id;
  tr.tabIndex = 0;
  if (shown?.id === r.id) tr.classList.add('selected');
  const title = document.createElement('a');
  title.href = `#record=${encodeURIComponent(r.id)}`;
  title.textContent = r.title;
  const about = document.createElement('div');
  about.className = 'about';
  const kind = r.kind === 'annotation' ? `annotation of MMSI ${r.vessels[0]}` : r.kind;
  about.textContent = `${kind} · ${utc(r.time).slice(0, 16)} UTC${r.version > 1 ? ` · v${r.version}` : ''}`;
  const record = cell(title, 'title');
  record.append(about);
  tr.append(
    cell(tlpBadge(r.labels.tlp), 'tlp-column'),
    record,
    cell(directory.organisationName(r.labels.owner), 'owner'),
    cell(directory.releasability(r.labels.releasableTo), 'releasable'),
    cell(r.labels.classification ?? '', 'classification'),
  );
  tr.addEventListener('click', (event) => {
    if (event.target.tagName !== 'A') location.hash = `record=${encodeURIComponent(r.id)}`;
  });
  tr.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') location.hash = `record=${encodeURIComponent(r.id)}`;
  });
  return tr;
}

// ---- one record

function facts(list) {
  return list.filter(([, value]) => value != null && value !== '').flatMap(([name, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.append(value);
    return [dt, dd];
  });
}

function showSide(which) {
  $('side-empty').hidden = which !== 'empty';
  $('record-detail').hidden = which !== 'detail';
  $('record-form').hidden = which !== 'form';
}

/** Shows record `id`; with `version`, that earlier version's content. */
async function showRecord(id, version = null) {
  let record;
  let versions;
  try {
    [record, versions] = await Promise.all([sharing.record(id), sharing.versions(id)]);
  } catch (error) {
    shown = null;
    showSide('empty');
    $('side-empty').textContent = error.status === 404
      ? `There is no record ${id} that you may see.`
      : error.status === 410
        ? `Record ${id} was deleted by its owner.`
        : `The record is unavailable: ${error.message}`;
    return;
  }
  shown = record;
  const r = version ? versions.find((v) => v.version === version) ?? record : record;
  $('detail-tlp').replaceChildren(tlpBadge(r.labels.tlp));
  $('detail-title').textContent = r.title;
  $('detail-version-note').textContent = r.version === record.version
    ? `Version ${r.version}, the latest.`
    : `Version ${r.version} of ${record.version}; the latest is shown under Versions.`;
  $('detail-facts').replaceChildren(...facts([
    ['Kind', r.kind],
    ['Time', utc(r.time)],
    ['Position', r.lat != null ? position(r.lat, r.lon) : null],
    ['Owner', `${directory.organisationName(r.labels.owner)} (${r.labels.owner})`],
    ['Releasable to', directory.releasability(r.labels.releasableTo)],
    ['Classification', r.labels.classification],
    ['Written by', `${r.author}, on the node of ${r.origin}`],
    ['Updated', utc(r.updated)],
  ]));
  $('detail-body').textContent = r.body || '(no text)';
  $('detail-vessels').replaceChildren(...linkItems(r.vessels, (mmsi) => {
    const a = document.createElement('a');
    a.href = `/api/v1/vessels/${mmsi}`;
    a.textContent = `MMSI ${mmsi}`;
    return a;
  }));
  $('detail-events').replaceChildren(...linkItems(r.events, (id) => {
    const code = document.createElement('code');
    code.textContent = id;
    return code;
  }));
  $('detail-versions').replaceChildren(...versions.slice().reverse().map((v) => versionItem(v, r.version)));
  const mayEdit = record.labels.owner === session.organisation && record.origin === session.node
    && ROLES.indexOf(session.role) >= ROLES.indexOf('analyst');
  $('edit-record').hidden = !mayEdit;
  $('delete-record').hidden = !mayEdit;
  showSide('detail');
  for (const row of $('record-rows').children) row.classList.toggle('selected', row.dataset.id === id);
}

function linkItems(values, make) {
  if (values.length === 0) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = 'none';
    return [li];
  }
  return values.map((value) => {
    const li = document.createElement('li');
    li.append(make(value));
    return li;
  });
}

function versionItem(v, current) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `#record=${encodeURIComponent(v.id)}&version=${v.version}`;
  a.textContent = `v${v.version}`;
  if (v.version === current) a.setAttribute('aria-current', 'true');
  li.append(a, ` ${utc(v.updated)} by ${v.author} `, tlpBadge(v.labels.tlp));
  return li;
}

function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get('record');
  if (id) showRecord(id, params.has('version') ? Number(params.get('version')) : null);
  else showSide('empty');
}

// ---- live: records written here or arriving from partners show without reloading

function followLive() {
  const source = new EventSource('/api/v1/records/stream');
  window.addEventListener('pagehide', () => source.close());
  let pending;
  source.addEventListener('open', () => (document.body.dataset.live = 'true'));
  source.addEventListener('record', (event) => {
    const record = JSON.parse(event.data);
    clearTimeout(pending);
    pending = setTimeout(loadList, 300); // one reload for a burst of records
    if (record.id === shown?.id && $('record-form').hidden) showRecord(record.id);
  });
  source.addEventListener('deleted', (event) => {
    // drop the row at once; a deleted record shown on the side becomes a note
    const { id } = JSON.parse(event.data);
    for (const row of [...$('record-rows').children]) if (row.dataset.id === id) row.remove();
    if (id === shown?.id && $('record-form').hidden) showRecord(id);
    clearTimeout(pending);
    pending = setTimeout(loadList, 300);
  });
  source.addEventListener('error', () => {
    // a node without the stream answers 404 once; a dropped stream reconnects by itself
    if (source.readyState === EventSource.CLOSED) delete document.body.dataset.live;
  });
}

// ---- deleting: a tombstone at the origin, carried to every partner

async function deleteShown() {
  const record = shown;
  if (!record || !window.confirm(`Delete "${record.title}" for everyone it is shared with? `
    + 'Its earlier versions stay in the audit history; nobody can read it afterwards.')) return;
  shown = null; // the stream's notice of this deletion needs no reload of the detail
  try {
    await sharing.deleteRecord(record.id);
    $('list-note').textContent = `Record "${record.title}" deleted.`;
    location.hash = '';
    showSide('empty');
    $('side-empty').textContent = `Record ${record.id} was deleted.`;
    await loadList();
  } catch (error) {
    shown = record;
    $('list-note').textContent = `Delete failed: ${error.message}`;
  }
}

// ---- the STIX export

async function downloadExport() {
  const note = $('list-note');
  try {
    const blob = await sharing.stixExport();
    if (!blob) {
      note.textContent = 'The STIX 2.1 export is not available on this node yet.';
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `kizuna-${session.node}-stix.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    note.textContent = 'STIX 2.1 bundle of the records you may see downloaded.';
  } catch (error) {
    note.textContent = `Export failed: ${error.message}`;
  }
}

// ---- start

async function start() {
  session = await requireSession();
  showSession($('session'), session);
  const [organisations, groups] = await Promise.all([sharing.organisations(), sharing.groups()]);
  directory = new Directory(organisations, groups);
  for (const t of TLP) $('filter-tlp').append(new Option(`TLP:${t.label}`, t.label));
  for (const o of organisations) $('filter-owner').append(new Option(o.name, o.id));
  form = new RecordForm($('record-form'), directory, session, {
    onSaved: async (record) => {
      await loadList();
      if (location.hash === `#record=${encodeURIComponent(record.id)}`) showRecord(record.id);
      else location.hash = `record=${encodeURIComponent(record.id)}`;
    },
    onCancel: () => (shown ? showSide('detail') : showSide('empty')),
  });
  const mayWrite = ROLES.indexOf(session.role) >= ROLES.indexOf('analyst');
  $('new-record').hidden = !mayWrite;
  $('new-record').addEventListener('click', () => {
    showSide('form');
    form.open();
  });
  $('edit-record').addEventListener('click', () => {
    showSide('form');
    form.open(shown);
  });
  $('delete-record').addEventListener('click', deleteShown);
  $('stix-export').addEventListener('click', downloadExport);
  let typing;
  $('search').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(loadList, 250);
  });
  for (const id of ['filter-kind', 'filter-tlp', 'filter-owner']) $(id).addEventListener('change', loadList);
  window.addEventListener('hashchange', route);
  await loadList();
  route();
  followLive();
  document.body.dataset.ready = 'true';
}

start().catch((error) => console.error('start failed', error));
