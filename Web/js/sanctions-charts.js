// Chart.js (Debian's libjs-chart.js, global `Chart`) drawings of sanctions results.

const colours = { coalition: '#2a9d8f', target: '#e63946', bystander: '#8d99ae' };
const text = '#e8eef4';
const grid = '#2b3a55';
const charts = new Map(); // canvas id → Chart

function draw(id, config) {
  charts.get(id)?.destroy();
  const chart = new Chart(document.getElementById(id), config);
  charts.set(id, chart);
  return chart;
}

function scales(horizontal, unit) {
  const value = { grid: { color: grid }, ticks: { color: text, callback: (v) => `${v}${unit}` } };
  const category = { grid: { display: false }, ticks: { color: text, autoSkip: false } };
  return horizontal ? { x: value, y: category } : { x: category, y: value };
}

const common = { animation: false, responsive: true, maintainAspectRatio: false };

/** Members, the target and the most-hit bystanders, one bar each, coloured by role. */
export function impactChart(assessment, names, bystanderCount = 6) {
  const members = assessment.countries.filter((c) => c.role === 'coalition')
    .sort((a, b) => a.valueAddedChangePercent - b.valueAddedChangePercent);
  const target = assessment.countries.filter((c) => c.role === 'target');
  const rows = [...target, ...members, ...assessment.bystanders.slice(0, bystanderCount)];
  const chart = draw('impact-chart', {
    type: 'bar',
    data: {
      labels: rows.map((c) => `${names[c.country] || c.country}${c.role === 'bystander' ? ' *' : ''}`),
      datasets: [{
        label: 'value-added change, %',
        data: rows.map((c) => c.valueAddedChangePercent),
        backgroundColor: rows.map((c) => colours[c.role]),
      }],
    },
    options: {
      ...common,
      indexAxis: 'y',
      scales: scales(true, ' %'),
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${rows[item.dataIndex].role}: ${item.parsed.x.toFixed(2)} %` } },
      },
    },
  });
  chart.canvas.parentNode.style.height = `${Math.max(220, rows.length * 18 + 60)}px`;
  chart.resize();
  return chart;
}

/** Each member's share of the coalition's loss beside its share of the coalition's value added. */
export function burdenChart(assessment, names) {
  const burden = assessment.burden.filter((b) => b.shareOfLossPercent >= 0.5 || b.shareOfValueAddedPercent >= 0.5);
  return draw('burden-chart', {
    type: 'bar',
    data: {
      labels: burden.map((b) => names[b.country] || b.country),
      datasets: [
        { label: 'share of loss, %', data: burden.map((b) => b.shareOfLossPercent), backgroundColor: '#e76f51' },
        { label: 'share of value added, %', data: burden.map((b) => b.shareOfValueAddedPercent), backgroundColor: '#457b9d' },
      ],
    },
    options: { ...common, scales: scales(false, ' %'), plugins: { legend: { labels: { color: text } } } },
  });
}

/** For each coalition compared, the coalition's and the target's value-added change. */
export function compareChart(assessments) {
  return draw('compare-chart', {
    type: 'bar',
    data: {
      labels: assessments.map((a) => a.scenario.coalition.name),
      datasets: [
        { label: 'coalition', data: assessments.map((a) => a.coalitionCost.valueAddedChangePercent), backgroundColor: colours.coalition },
        { label: `target ${assessments[0]?.scenario.target ?? ''}`, data: assessments.map((a) => a.targetCost.valueAddedChangePercent), backgroundColor: colours.target },
      ],
    },
    options: { ...common, scales: scales(false, ' %'), plugins: { legend: { labels: { color: text } } } },
  });
}
