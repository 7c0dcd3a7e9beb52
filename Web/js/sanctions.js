// The sanctions planner page: pick a coalition, a target and measures; see who pays what
// (POST /api/v1/sanctions/assess), or compare coalitions (POST /api/v1/sanctions/compare).
import { getJSON, postJSON } from './api.js';
import { requireSession, showSession } from './session.js';
import { impactChart, burdenChart, compareChart } from './sanctions-charts.js';

const $ = (id) => document.getElementById(id);
const names = {}; // country code → name
const industryNames = {}; // industry code → name

const percent = (v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)} %`;
const millions = (v) => `${v < 0 ? '−' : ''}${Math.abs(Math.round(v)).toLocaleString('en-US')}`;

function option(select, value, label, title) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  if (title) o.title = title;
  select.append(o);
}

// ---- coalition editing

function coalitionParts() {
  return $('coalition').value.split(',').map((s) => s.trim()).filter(Boolean);
}

function toggleMember(code) {
  const parts = coalitionParts();
  const i = parts.findIndex((p) => p.toUpperCase() === code.toUpperCase());
  if (i >= 0) parts.splice(i, 1); else parts.push(code);
  $('coalition').value = parts.join(',');
  markChips();
}

function markChips() {
  const chosen = new Set(coalitionParts().map((p) => p.toUpperCase()));
  for (const chip of document.querySelectorAll('.chips button')) {
    chip.classList.toggle('on', chosen.has(chip.dataset.code.toUpperCase()));
  }
}

function chip(container, code, title) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = code;
  b.dataset.code = code;
  b.title = title;
  b.addEventListener('click', () => toggleMember(code));
  container.append(b);
}

// ---- the form

function measures() {
  const sectors = [...$('sectors').selectedOptions].map((o) => o.value);
  return {
    target: $('target').value,
    direction: $('direction').value,
    method: $('method').value,
    retaliation: $('retaliation').checked,
    ...(sectors.length ? { sectors } : {}),
  };
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? error.message : '';
}

async function timed(work) {
  showError(null);
  document.body.classList.add('busy');
  const start = performance.now();
  try {
    const result = await work();
    $('timing').textContent = `answered in ${Math.round(performance.now() - start)} ms`;
    $('intro').hidden = true;
    return result;
  } catch (error) {
    showError(error);
    return null;
  } finally {
    document.body.classList.remove('busy');
  }
}

// ---- results

function showSummary(a) {
  const target = a.countries.find((c) => c.role === 'target');
  $('summary').hidden = false;
  $('coalition-cost').textContent =
    `${a.scenario.coalition.name} (${a.scenario.coalition.members.length}): ${percent(a.coalitionCost.valueAddedChangePercent)}`
    + ` (US$ ${millions(a.coalitionCost.valueAddedChange)} m)`;
  $('target-cost').textContent =
    `${target.country}: ${percent(target.valueAddedChangePercent)} (US$ ${millions(target.valueAddedChange)} m)`;
  $('target-cost').dataset.percent = target.valueAddedChangePercent;
  $('leverage').textContent = a.leverage == null ? 'n/a (the coalition loses nothing)' : a.leverage.toFixed(2);
}

function showExposure(a) {
  const body = $('exposure').querySelector('tbody');
  const rank = new Map(a.burden.map((b, i) => [b.country, i]));
  const rows = [...a.exposedIndustries].sort((x, y) => rank.get(x.country) - rank.get(y.country));
  body.replaceChildren(...rows.map((e) => {
    const tr = document.createElement('tr');
    const industry = `${e.industry} ${e.industryName || industryNames[e.industry] || ''}`;
    for (const cell of [names[e.country] || e.country, industry, millions(e.valueAddedChange), percent(e.outputChangePercent)]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  }));
}

async function assess(event) {
  event?.preventDefault();
  const a = await timed(() => postJSON('/api/v1/sanctions/assess', { coalition: $('coalition').value, ...measures() }));
  if (!a) return;
  showSummary(a);
  $('compare-view').hidden = true;
  $('assess-view').hidden = false;
  impactChart(a, names);
  burdenChart(a, names);
  showExposure(a);
  lastAssessment = a;
  $('save').disabled = false;
  $('save').title = 'Save this result as a labelled record partners can be given';
  document.body.dataset.result = 'assess';
}

// ---- saving a result as a labelled record (an assessment; see docs/sharing.md)

let lastAssessment = null;

function recordOf(a) {
  const target = a.countries.find((c) => c.role === 'target');
  const members = a.countries.filter((c) => c.role === 'coalition')
    .map((c) => `${names[c.country] || c.country} ${percent(c.valueAddedChangePercent)}`);
  const s = a.scenario;
  return {
    kind: 'assessment',
    title: `Sanctions: ${s.coalition.name} against ${target.country}, ${s.direction}`,
    body: [
      `Method: ${s.method}; measures: ${s.direction}${s.sectors?.length ? ` in ${s.sectors.join(', ')}` : ' in all industries'}.`,
      `Coalition value added: ${percent(a.coalitionCost.valueAddedChangePercent)}; `
        + `${target.country}: ${percent(target.valueAddedChangePercent)}; `
        + `loss ratio: ${a.leverage == null ? 'n/a' : a.leverage.toFixed(2)}.`,
      `Members: ${members.join('; ')}.`,
      'Computed by Kizuna on the WIOD 2013-release table for 2011; 2011 structure is not today\'s.',
    ].join('\n'),
  };
}

$('save').addEventListener('click', () => { $('save-form').hidden = false; $('save-result').textContent = ''; });
$('save-confirm').addEventListener('click', async () => {
  if (!lastAssessment) return;
  const releasableTo = $('save-to').value.split(',').map((t) => t.trim()).filter(Boolean);
  try {
    const record = await postJSON('/api/v1/records', {
      ...recordOf(lastAssessment), labels: { tlp: $('save-tlp').value, releasableTo },
    });
    $('save-result').replaceChildren('Saved as ', Object.assign(document.createElement('a'), {
      href: `/records.html#record=${encodeURIComponent(record.id)}`, textContent: record.title,
    }));
  } catch (error) {
    $('save-result').textContent = error.message;
  }
});

async function compare() {
  const coalitions = $('compare-list').value.split('\n').map((s) => s.trim()).filter(Boolean);
  const answer = await timed(() => postJSON('/api/v1/sanctions/compare', { coalitions, ...measures() }));
  if (!answer) return;
  $('summary').hidden = true;
  $('assess-view').hidden = true;
  $('compare-view').hidden = false;
  compareChart(answer.scenarios);
  const body = $('compare-table').querySelector('tbody');
  body.replaceChildren(...answer.scenarios.map((a) => {
    const tr = document.createElement('tr');
    const burdened = a.burden[0] ? `${a.burden[0].country} ${a.burden[0].shareOfLossPercent.toFixed(0)} %` : '–';
    const bystander = a.bystanders[0] ? `${a.bystanders[0].country} ${percent(a.bystanders[0].valueAddedChangePercent)}` : '–';
    for (const cell of [a.scenario.coalition.name, a.scenario.coalition.members.length,
      percent(a.coalitionCost.valueAddedChangePercent), percent(a.targetCost.valueAddedChangePercent),
      a.leverage == null ? 'n/a' : a.leverage.toFixed(2), burdened, bystander]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  }));
  document.body.dataset.result = 'compare';
}

// ---- start

async function start() {
  showSession($('session'), await requireSession());
  const table = await getJSON('/api/v1/sanctions');
  $('table-name').textContent = `table ${table.table} · ${table.sectorCount} sectors`;
  $('caveat').textContent = table.note;
  for (const c of table.countries) names[c.code] = c.name || c.code;
  for (const i of table.industries) industryNames[i.code] = i.name || '';
  for (const a of table.aliases) {
    const absent = a.absent.length ? `; not in the table: ${a.absent.join(' ')}` : '';
    chip($('aliases'), a.alias, `${a.members.join(' ')}${absent}`);
  }
  for (const c of table.countries) chip($('countries'), c.code, names[c.code]);
  for (const c of table.countries) option($('target'), c.code, `${c.code} ${names[c.code]}`);
  $('target').value = 'CHN';
  for (const d of table.directions) option($('direction'), d.name, d.name, d.summary);
  $('direction').value = 'both';
  for (const m of table.methods) option($('method'), m.name, m.name, m.summary);
  for (const i of table.industries) option($('sectors'), i.code, `${i.code} ${i.name || ''}`);
  $('coalition').addEventListener('input', markChips);
  $('sectors-all').addEventListener('click', () => { for (const o of $('sectors').options) o.selected = false; });
  $('scenario').addEventListener('submit', assess);
  $('compare-run').addEventListener('click', compare);
  markChips();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  showError(error);
  document.body.dataset.ready = 'error';
});
