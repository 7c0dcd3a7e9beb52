// Indicator charts (Chart.js 3, Debian's libjs-chart.js): one series at a time on a linear axis of
// decimal years, each point labelled and listed below with its sources.
import { kb, element, citations, table } from './kb-api.js';

let chart = null;

/** 2023-07 → 2023.5; a year alone counts from its first day. */
export function decimalYear(date) {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Fills the list of indicators, marking `selected`. */
export async function listIndicators(target, selected) {
  const indicators = await kb.indicators();
  target.replaceChildren(...indicators.map((i) => element('li', {
    className: i.id === selected ? 'active' : '', dataset: { id: i.id }, title: i.summary || '',
    onclick: () => { location.hash = `#indicators/${i.id}`; },
  }, i.name)));
  return indicators;
}

/** Draws indicator `id`: the chart, then a table of its points with their sources. */
export async function showIndicator(id) {
  const $ = (name) => document.getElementById(name);
  const indicator = await kb.indicator(id);
  $('indicator-title').textContent = `${indicator.name} (${indicator.unit})`;
  $('indicator-summary').textContent = indicator.summary || '';
  const points = indicator.points.map((p) => ({ x: decimalYear(p.date), y: p.value, point: p }));
  Chart.defaults.color = '#c5ced8';
  Chart.defaults.borderColor = '#2b3a55';
  if (chart) chart.destroy();
  const canvas = $('indicator-chart');
  chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ label: indicator.unit, data: points, borderColor: '#2a9d8f', backgroundColor: '#2a9d8f', pointRadius: 5, tension: 0 }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'year' }, ticks: { precision: 0, callback: (v) => (Number.isInteger(v) ? String(v) : '') } },
        y: { title: { display: true, text: indicator.unit }, beginAtZero: true },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => items[0].raw.point.date,
            label: (item) => `${item.raw.point.value} ${indicator.unit}${item.raw.point.label ? ' — ' + item.raw.point.label : ''}`,
          },
        },
      },
    },
  });
  canvas.dataset.indicator = id;
  canvas.dataset.points = String(chart.getDatasetMeta(0).data.length);
  table($('indicator-points'), ['date', 'period', 'value', 'what', 'sources'],
    indicator.points.map((p) => [p.date, p.period || '', String(p.value), p.label || '', citations(p.sources)]));
  for (const li of document.querySelectorAll('#indicator-list li')) li.classList.toggle('active', li.dataset.id === id);
}
