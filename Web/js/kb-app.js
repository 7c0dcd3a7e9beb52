// The knowledge-base pages: a router over the location hash (#network/DATE, #actor/ID,
// #indicators/ID, #search/TEXT), the date slider and the search box.
import { kb, element, actorLink, citations } from './kb-api.js';
import { NetworkView, describeDay } from './kb-network.js';
import { showActor } from './kb-actor.js';
import { listIndicators, showIndicator } from './kb-indicators.js';
import { requireSession, showSession } from './session.js';

const $ = (id) => document.getElementById(id);
const firstYear = 1946;
const lastYear = 2025;
let actors = new Map(); // id → actor record
let network = null;
let day = '2025-06-01';

const monthIndex = (date) => (Number(date.slice(0, 4)) - firstYear) * 12 + Number(date.slice(5, 7) || 1) - 1;
function dateOf(index) {
  const year = firstYear + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function status(text) { $('kb-status').textContent = text; }

function showView(name) {
  for (const view of document.querySelectorAll('.kb-view')) view.hidden = view.id !== `view-${name}`;
  for (const link of document.querySelectorAll('nav a[data-view]')) link.classList.toggle('active', link.dataset.view === name);
  $('network-footer').hidden = name !== 'network';
}

async function showNetwork(date) {
  showView('network');
  document.title = 'Kizuna — partnership network';
  day = date;
  $('kb-date').value = String(monthIndex(date));
  $('kb-date-label').value = date;
  if (!network) network = new NetworkView($('network'), (measures, relations) => describeDay(measures, relations, actors));
  await network.show(date, actors);
}

async function showIndicators(id) {
  showView('indicators');
  document.title = 'Kizuna — indicators';
  const list = await listIndicators($('indicator-list'), id);
  await showIndicator(id || list[0].id);
}

async function showSearch(text) {
  showView('search');
  $('kb-search-text').value = text;
  const hits = await kb.search(text);
  const link = (hit) => {
    if (hit.type === 'actor') return actorLink(hit.id);
    if (hit.type === 'indicator') return element('a', { href: `#indicators/${hit.id}` }, hit.id);
    return hit.id;
  };
  $('view-search').replaceChildren(
    element('h2', {}, `${hits.length} records match “${text}”`),
    element('ul', { className: 'timeline', id: 'search-hits' }, hits.map((hit) => element('li', { dataset: { type: hit.type } },
      element('span', { className: 'when' }, hit.date || ''), element('span', { className: 'what' }, hit.type),
      link(hit), ' — ', hit.title, ' ', citations(hit.sources)))),
  );
}

async function route() {
  const [view, ...rest] = decodeURIComponent(location.hash.slice(1)).split('/');
  const argument = rest.join('/');
  try {
    if (view === 'actor' && argument) {
      showView('actor');
      await showActor($('view-actor'), argument);
    } else if (view === 'indicators') {
      await showIndicators(argument);
    } else if (view === 'search' && argument) {
      await showSearch(argument);
    } else {
      await showNetwork(/^\d{4}-\d{2}-\d{2}$/.test(argument) ? argument : day);
    }
    status('');
  } catch (error) {
    status(`could not load: ${error.message}`);
  }
}

function setDay(date) {
  history.replaceState(null, '', `#network/${date}`);
  showNetwork(date).catch((error) => status(`could not load: ${error.message}`));
}

async function start() {
  showSession($('session'), await requireSession());
  const slider = $('kb-date');
  slider.min = '0';
  slider.max = String(monthIndex(`${lastYear}-12`));
  let pending = null;
  slider.addEventListener('input', () => {
    $('kb-date-label').value = dateOf(Number(slider.value));
    clearTimeout(pending);
    pending = setTimeout(() => setDay(dateOf(Number(slider.value))), 120);
  });
  for (const button of document.querySelectorAll('button[data-date]')) {
    button.addEventListener('click', () => setDay(button.dataset.date));
  }
  $('kb-search').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('kb-search-text').value.trim();
    if (text) location.hash = `#search/${encodeURIComponent(text)}`;
  });
  window.addEventListener('hashchange', route);
  try {
    actors = new Map((await kb.actors()).map((a) => [a.id, a]));
  } catch (error) {
    status(`knowledge base unavailable: ${error.message}`);
  }
  await route();
  document.body.dataset.ready = 'true';
}

start();
