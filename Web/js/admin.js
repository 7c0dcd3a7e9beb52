// The admin page: the node's users (and their API tokens), organisations, sharing groups and
// federation peers. Every write is checked again by the node; this page only shows its answer.
import { requireSession, showSession } from './session.js';
import { sharing } from './sharing-api.js';

const $ = (id) => document.getElementById(id);

function rows(tbody, items, columns, key) {
  if (items.length === 0) {
    const td = document.createElement('td');
    td.colSpan = $(tbody).closest('table').querySelectorAll('th').length;
    td.className = 'note';
    td.textContent = 'none yet';
    $(tbody).replaceChildren(document.createElement('tr'));
    $(tbody).firstChild.append(td);
    return;
  }
  $(tbody).replaceChildren(...items.map((item) => {
    const tr = document.createElement('tr');
    tr.dataset.key = item[key];
    for (const value of columns(item)) {
      const td = document.createElement('td');
      td.textContent = value ?? '';
      tr.append(td);
    }
    return tr;
  }));
}

function options(select, items, value, text, keep = false) {
  const chosen = select.value;
  select.replaceChildren(...items.map((item) => new Option(text(item), value(item))));
  if (keep && items.some((item) => value(item) === chosen)) select.value = chosen;
}

/** Wires `form` so that submitting sends `build(fields)` through `send` and then runs `after`. */
function handle(formId, build, send, after) {
  const form = $(formId);
  const error = form.querySelector('.error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const answer = await send(build(form.elements));
      form.reset();
      await after(answer);
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
    }
  });
}

async function loadUsers() {
  const users = await sharing.users();
  rows('user-rows', users, (u) => [u.name, u.organisation, u.role, u.disabled ? 'disabled' : 'active'], 'name');
  options($('token-form').elements.user, users, (u) => u.name, (u) => `${u.name} (${u.organisation})`, true);
}

async function loadDirectory() {
  const [organisations, groups] = await Promise.all([sharing.organisations(), sharing.groups()]);
  rows('organisation-rows', organisations, (o) => [o.id, o.name, o.nation ?? '—'], 'id');
  rows('group-rows', groups, (g) => [g.id, g.name ?? '', g.members.join(', ')], 'id');
  const label = (o) => `${o.name} (${o.id})`;
  options($('user-form').elements.organisation, organisations, (o) => o.id, label, true);
  options($('peer-form').elements.organisation, organisations, (o) => o.id, label, true);
  const legend = $('group-members').querySelector('legend');
  $('group-members').replaceChildren(legend, ...organisations.map((o) => {
    const choice = document.createElement('label');
    choice.className = 'choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'member';
    box.value = o.id;
    choice.append(box, ` ${label(o)}`);
    return choice;
  }));
}

async function loadPeers() {
  const [node, peers] = await Promise.all([sharing.node(), sharing.peers()]);
  $('node-identity').textContent = node
    ? `This node speaks for ${node.organisation}; its public key is ${node.publicKey}.`
    : '';
  $('peers-unavailable').hidden = peers !== null;
  $('peers-available').hidden = peers === null;
  if (peers) rows('peer-rows', peers, (p) => [p.organisation, p.url || '(key only)', p.publicKey], 'organisation');
}

function showToken(answer) {
  $('token-user').textContent = answer.user;
  $('token-expires').textContent = answer.expires ? `, valid until ${answer.expires.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC')}` : ', without expiry';
  $('token-secret').textContent = answer.token;
  $('token-shown').hidden = false;
}

function wireForms() {
  handle('user-form', (f) => ({
    name: f.name.value.trim(), organisation: f.organisation.value, role: f.role.value,
    password: f.password.value || undefined,
  }), sharing.addUser, loadUsers);
  handle('token-form', (f) => ({
    user: f.user.value, lifetime: f.lifetime.value ? Number(f.lifetime.value) : undefined,
  }), sharing.issueToken, async (answer) => {
    showToken(answer);
    await loadUsers();
  });
  handle('organisation-form', (f) => ({
    id: f.id.value.trim(), name: f.name.value.trim(), nation: f.nation.value.trim().toUpperCase() || undefined,
  }), sharing.addOrganisation, loadDirectory);
  handle('group-form', (f) => ({
    id: f.id.value.trim(), name: f.name.value.trim() || undefined,
    members: [...$('group-members').querySelectorAll('input:checked')].map((box) => box.value),
  }), sharing.addGroup, loadDirectory);
  handle('peer-form', (f) => ({
    organisation: f.organisation.value, url: f.url.value.trim(), publicKey: f.publicKey.value.trim(),
  }), sharing.addPeer, loadPeers);
  $('token-copy').addEventListener('click', () => navigator.clipboard?.writeText($('token-secret').textContent));
  $('token-hide').addEventListener('click', () => {
    $('token-secret').textContent = '';
    $('token-shown').hidden = true;
  });
}

async function start() {
  const session = await requireSession();
  showSession($('session'), session);
  if (session.role !== 'admin') {
    $('admins-only').hidden = false;
    document.body.dataset.ready = 'true';
    return;
  }
  $('admin-panels').hidden = false;
  wireForms();
  await Promise.all([loadUsers(), loadDirectory(), loadPeers()]);
  document.body.dataset.ready = 'true';
}

start().catch((error) => console.error('start failed', error));
