// The watch officer's page: live vessels and events, a panel for the clicked vessel, a time slider.
import { showAnnotations } from './annotations.js';
import { api, openStream } from './api.js';
import { labelsMark } from './labels.js';
import { PictureMap } from './map.js';
import { requireSession, showSession } from './session.js';

const $ = (id) => document.getElementById(id);
const vessels = new Map(); // mmsi → latest properties with lat, lon
const events = new Map(); // id → event
let latestTime = 0; // newest vessel time seen, ms
let lookBack = null; // ms when the slider is not at live

const map = new PictureMap($('map'), selectVessel);

function fromFeature(feature) {
  const [lon, lat] = feature.geometry ? feature.geometry.coordinates : [null, null];
  return { ...feature.properties, lat, lon };
}

function mergeVessel(update) {
  const current = vessels.get(update.mmsi) || {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(update)) if (value != null) merged[key] = value;
  vessels.set(update.mmsi, merged);
  if (merged.time) latestTime = Math.max(latestTime, Date.parse(merged.time));
  if (lookBack === null && merged.lat != null) map.showVessel(merged);
  return merged;
}

function showCounts() {
  $('counts').textContent = `${vessels.size} vessels · ${events.size} events`;
}

// ---- events list

function eventText(e) {
  const who = e.mmsi.map((m) => vessels.get(m)?.name || m).join(' & ');
  // one static report can change a name and a call sign at once: two events, told apart by kind
  const kind = e.type === 'identity' && e.details?.kind ? ` (${e.details.kind.replaceAll('_', ' ')})` : '';
  return `${e.type.replace('_', ' ')}${kind} — ${who}${e.zone ? ' — ' + e.zone : ''}`;
}

function eventItem(e, fresh) {
  const li = document.createElement('li');
  li.dataset.id = e.id;
  li.dataset.type = e.type;
  li.dataset.mmsi = e.mmsi.join(',');
  if (fresh) li.classList.add('new');
  const title = document.createElement('div');
  title.append(labelsMark(e.labels), eventText(e));
  const when = document.createElement('div');
  when.className = 'when';
  when.textContent = `${e.start.replace('T', ' ').replace('Z', ' UTC')}${e.end ? ' → ' + e.end.slice(11, 19) : ' (open)'}`;
  li.append(title, when);
  li.addEventListener('click', () => {
    map.panTo(e.lat, e.lon);
    selectVessel(e.mmsi[0]);
  });
  return li;
}

function eventVisible(e) {
  const type = $('event-type').value;
  const mmsi = $('event-mmsi').value.trim();
  if (type && e.type !== type) return false;
  if (mmsi && !e.mmsi.some((m) => String(m).startsWith(mmsi))) return false;
  if (lookBack !== null && Date.parse(e.start) > lookBack) return false;
  return true;
}

function renderEvents() {
  const list = $('event-list');
  const sorted = [...events.values()].sort((a, b) => b.start.localeCompare(a.start)).filter(eventVisible);
  list.replaceChildren(...sorted.slice(0, 300).map((e) => eventItem(e, false)));
  showCounts();
}

function addEvent(e) {
  const isNew = !events.has(e.id);
  events.set(e.id, e);
  if (!eventVisible(e)) return showCounts();
  const list = $('event-list');
  const existing = list.querySelector(`li[data-id="${CSS.escape(e.id)}"]`);
  const item = eventItem(e, isNew);
  if (existing) existing.replaceWith(item);
  else list.prepend(item);
  showCounts();
}

// ---- the selected vessel

async function selectVessel(mmsi) {
  map.select(mmsi);
  const panel = $('vessel-panel');
  panel.hidden = false;
  panel.dataset.mmsi = mmsi;
  showAnnotations(mmsi).catch((error) => console.warn('annotations unavailable', error));
  const known = vessels.get(mmsi) || { mmsi };
  showFacts(known);
  try {
    const [feature, track, vesselEvents] = await Promise.all([
      api.vessel(mmsi),
      api.track(mmsi, new Date(Math.max(0, (lookBack ?? latestTime) - 6 * 3600e3)).toISOString(),
        new Date(lookBack ?? Date.now() + 86400e3).toISOString()),
      api.events(`&mmsi=${mmsi}`),
    ]);
    if (panel.dataset.mmsi !== String(mmsi)) return;
    showFacts(mergeVessel(fromFeature(feature)));
    map.showTrack(track);
    $('vessel-events').replaceChildren(...vesselEvents.map((e) => eventItem(e, false)));
  } catch (error) {
    console.warn('vessel details unavailable', error);
  }
}

function showFacts(v) {
  $('vessel-name').textContent = v.name || `MMSI ${v.mmsi}`;
  const facts = [
    ['MMSI', v.mmsi], ['Call sign', v.callSign], ['IMO', v.imo], ['Type', v.category],
    ['Flag', v.flag], ['Destination', v.destination],
    ['Speed', v.speed != null ? `${v.speed.toFixed(1)} kn` : null],
    ['Course', v.course != null ? `${v.course.toFixed(0)}°` : null],
    ['Heading', v.heading != null ? `${v.heading}°` : null],
    ['Position', v.lat != null ? `${v.lat.toFixed(4)}, ${v.lon.toFixed(4)}` : null],
    ['Last seen', v.time ? v.time.replace('T', ' ').replace('Z', ' UTC') : null],
  ];
  $('vessel-facts').replaceChildren(...facts.filter(([, value]) => value != null).flatMap(([name, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = value;
    return [dt, dd];
  }));
}

$('panel-close').addEventListener('click', () => {
  $('vessel-panel').hidden = true;
  map.select(null);
  map.showTrack(null);
});

// ---- time slider: 0 … 1000 spans the six hours before the newest report

const SPAN = 6 * 3600e3;

function sliderTime() {
  return latestTime - SPAN + (Number($('time-slider').value) / 1000) * SPAN;
}

async function applySlider() {
  if (Number($('time-slider').value) >= 1000 || !latestTime) return goLive();
  lookBack = sliderTime();
  $('time-label').textContent = new Date(lookBack).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const collection = await api.positionsAt(new Date(lookBack).toISOString());
  map.clearVessels();
  for (const feature of collection.features) {
    const p = fromFeature(feature);
    map.showVessel({ ...vessels.get(p.mmsi), ...p });
  }
  renderEvents();
}

function goLive() {
  lookBack = null;
  $('time-slider').value = 1000;
  $('time-label').textContent = 'live';
  map.clearVessels();
  for (const v of vessels.values()) if (v.lat != null) map.showVessel(v);
  renderEvents();
}

$('time-slider').addEventListener('change', applySlider);
$('time-live').addEventListener('click', goLive);
$('event-type').addEventListener('change', renderEvents);
$('event-mmsi').addEventListener('input', renderEvents);

// ---- start

function setStatus(status) {
  const element = $('status');
  element.textContent = status === 'live' ? 'live' : 'reconnecting…';
  element.className = `status ${status}`;
}

async function loadBasemap() {
  const { layers } = await api.basemap();
  if (layers.length === 0) {
    $('basemap-note').textContent = 'no coastline installed: grid only';
    return;
  }
  for (const path of layers) map.addBaseGeoJSON(await (await fetch(path)).json());
}

async function loadZones() { map.setZones(await api.zones()); }

async function start() {
  showSession($('session'), await requireSession());
  openStream({
    vessels: (features) => { for (const f of features) mergeVessel(fromFeature(f)); showCounts(); },
    event: addEvent,
    zones: loadZones,
  }, setStatus);
  const [collection, initialEvents] = await Promise.all([api.vessels(), api.events(), loadZones(), loadBasemap()]);
  for (const feature of collection.features) mergeVessel(fromFeature(feature));
  for (const e of initialEvents) if (!events.has(e.id)) events.set(e.id, e);
  renderEvents();
  document.body.dataset.ready = 'true';
}

start().catch((error) => console.error('start failed', error));
