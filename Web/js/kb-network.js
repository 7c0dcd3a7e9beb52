// The cooperation network of a day (d3 v3 force layout, Debian's libjs-d3): actors as nodes sized
// by betweenness and coloured by group, ties coloured by kind. Positions persist across days so that
// moving the date slider shows what appears and what goes.
import { kb, element, actorLink, citations } from './kb-api.js';

const regionColour = { 'euro-atlantic': '#6fa8dc', 'indo-pacific': '#f4a261', other: '#b8c1cc' };
const kindColour = {
  'alliance-treaty': '#e63946', 'partnership-programme': '#2a9d8f', 'reciprocal-access': '#e9c46a',
  'defence-agreement': '#f4a261', 'liaison-office': '#8ecae6', mission: '#8ecae6', membership: '#5c677d',
  dialogue: '#9d4edd', 'joint-exercise': '#ff70a6', 'co-development': '#90be6d', assistance: '#43aa8b',
};

export class NetworkView {
  /** `container` holds the SVG; `onDay` gets each day's measures for the side panel. */
  constructor(container, onDay) {
    this.container = container;
    this.onDay = onDay;
    this.nodes = new Map(); // actor id → d3 node object (keeps x, y between days)
    this.request = 0;
    this.svg = d3.select(container).append('svg');
    this.linkLayer = this.svg.append('g');
    this.nodeLayer = this.svg.append('g');
    this.force = d3.layout.force()
      .charge(-600).linkDistance(95).gravity(0.08)
      .on('tick', () => this.tick())
      .on('end', () => { container.dataset.settled = container.dataset.day; });
    window.addEventListener('resize', () => this.resize());
  }

  resize() {
    const { width, height } = this.container.getBoundingClientRect();
    this.width = width || 800;
    this.height = height || 600;
    this.force.size([this.width, this.height]);
  }

  /** Shows the network of `day` (YYYY-MM-DD); later calls win over slower earlier ones. */
  async show(day, actors) {
    const request = ++this.request;
    const [measures, relations] = await Promise.all([kb.measures(day), kb.relationsAsOf(day)]);
    if (request !== this.request) return;
    const tie = new Set(measures.relations);
    const links = new Map(); // "A|B" → { source, target, relations: [] }
    for (const relation of relations.filter((r) => tie.has(r.id))) {
      for (const a of relation.actors) {
        for (const b of relation.actors) {
          if (a >= b) continue;
          const key = `${a}|${b}`;
          if (!links.has(key)) links.set(key, { key, a, b, relations: [] });
          links.get(key).relations.push(relation);
        }
      }
    }
    this.draw(measures, [...links.values()], actors);
    this.container.dataset.day = day;
    delete this.container.dataset.settled;
    this.container.dataset.nodes = String(measures.actors.length);
    this.container.dataset.links = String(links.size);
    this.onDay(measures, relations.filter((r) => tie.has(r.id)));
  }

  draw(measures, links, actors) {
    this.resize();
    const maxBetween = Math.max(1, ...measures.actors.map((a) => a.betweenness));
    const nodes = measures.actors.map((m) => {
      let node = this.nodes.get(m.id);
      if (!node) {
        node = { id: m.id, x: this.width / 2 + (Math.random() - 0.5) * 200, y: this.height / 2 + (Math.random() - 0.5) * 200 };
        this.nodes.set(m.id, node);
      }
      return Object.assign(node, m, { name: actors.get(m.id)?.name || m.id, radius: 6 + 16 * Math.sqrt(m.betweenness / maxBetween) });
    });
    const byID = new Map(nodes.map((n) => [n.id, n]));
    for (const link of links) {
      link.source = byID.get(link.a);
      link.target = byID.get(link.b);
      link.kind = link.relations[0].kind;
    }

    const line = this.linkLayer.selectAll('line').data(links, (d) => d.key);
    line.enter().append('line').attr('class', 'link').append('title');
    line.attr('stroke', (d) => kindColour[d.kind] || '#5c677d')
      .attr('stroke-width', (d) => 1 + Math.min(3, d.relations.length - 1))
      .attr('data-kind', (d) => d.kind);
    line.select('title').text((d) => `${d.a} – ${d.b}\n` + d.relations.map((r) => `${r.name} (${r.kind}, ${r.start || 'undated'})`).join('\n'));
    line.exit().remove();

    const node = this.nodeLayer.selectAll('g.kb-node').data(nodes, (d) => d.id);
    const entered = node.enter().append('g').attr('class', 'kb-node').call(this.force.drag);
    entered.append('circle');
    entered.append('text').attr('dy', '0.35em');
    entered.append('title');
    entered.on('click', (d) => { if (!d3.event.defaultPrevented) location.hash = `#actor/${d.id}`; });
    node.attr('data-id', (d) => d.id).attr('data-region', (d) => d.region);
    node.select('circle').attr('r', (d) => d.radius).attr('fill', (d) => regionColour[d.region] || '#b8c1cc');
    node.select('text').attr('dx', (d) => d.radius + 3).text((d) => d.id);
    node.select('title').text((d) => `${d.name}: ${d.degree} ties, betweenness ${d.betweenness.toFixed(1)}`);
    node.exit().remove();

    this.force.nodes(nodes).links(links).start();
  }

  tick() {
    const pad = 20;
    this.nodeLayer.selectAll('g.kb-node').attr('transform', (d) => {
      d.x = Math.max(pad, Math.min(this.width - pad, d.x));
      d.y = Math.max(pad, Math.min(this.height - pad, d.y));
      return `translate(${d.x},${d.y})`;
    });
    this.linkLayer.selectAll('line')
      .attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y)
      .attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
  }
}

/** The side panel: the day, Japan's bridging, the most central actors, the legend, the relations. */
export function describeDay(measures, relations, actors) {
  const $ = (id) => document.getElementById(id);
  $('network-title').textContent = `${measures.asOf}: ${measures.nodeCount} actors, ${measures.edgeCount} ties`;
  const bridge = measures.bridge;
  $('network-bridge').textContent = bridge
    ? `${actors.get(bridge.actor)?.name || bridge.actor} carries ${(bridge.share * 100).toFixed(0)}% of the shortest paths `
      + `between ${bridge.connectedPairs} connected Euro-Atlantic/Indo-Pacific pairs`
      + (bridge.since ? `, without a break since ${bridge.since}.` : '.')
    : '';
  const rows = measures.actors.slice(0, 10).map((a) => element('tr', {},
    element('td', {}, actorLink(a.id)),
    element('td', { className: `region-${a.region}` }, a.region),
    element('td', {}, String(a.degree)),
    element('td', {}, a.betweenness.toFixed(1))));
  $('network-central').replaceChildren(
    element('tr', {}, ['actor', 'group', 'ties', 'betweenness'].map((h) => element('th', {}, h))), ...rows);
  const details = $('network-relations');
  details.querySelector('summary').textContent = `The ${relations.length} relations behind it`;
  details.querySelector('ul').replaceChildren(...relations.map((r) => element('li', { dataset: { id: r.id } },
    `${r.name} (${r.kind}, ${r.start || 'undated'}) `, citations(r.sources))));
  $('network-legend').replaceChildren(...Object.entries(kindColour).map(([kind, colour]) =>
    element('li', { style: `--colour: ${colour}` }, kind)));
}
