// The map: an offline base map (coastline GeoJSON served by the node, no tiles), vessels drawn by
// type with their heading, zones, and the selected vessel's track.
import * as L from '/javascript/leaflet/leaflet.esm.js';
import { labelsMark } from './labels.js';

const COLOURS = {
  cargo: '#52b788', tanker: '#e63946', fishing: '#f4a261', passenger: '#4cc9f0', tug: '#90e0ef',
  military: '#b5179e', law: '#9d4edd', high_speed: '#ffd166', pleasure: '#caf0f8', other: '#adb5bd',
};

export function colourFor(category) { return COLOURS[category] || COLOURS.other; }

/** A zone's tooltip: its name and its labels. */
function zoneTip(properties) {
  const tip = document.createElement('div');
  tip.className = 'zone-tip';
  tip.dataset.zone = properties.id;
  tip.append(properties.name, ' ', labelsMark(properties.labels));
  return tip;
}

export class PictureMap {
  constructor(element, onSelect) {
    this.map = L.map(element, { zoomControl: true, attributionControl: false, preferCanvas: false })
      .fitBounds([[22, 118], [35, 132]]);
    this.markers = new Map();
    this.onSelect = onSelect;
    this.baseRenderer = L.canvas({ padding: 0.2 });
    this.baseLayer = L.layerGroup().addTo(this.map);
    this.zoneLayer = L.layerGroup().addTo(this.map);
    this.trackLayer = L.layerGroup().addTo(this.map);
    this.vesselLayer = L.layerGroup().addTo(this.map);
    this.selected = null;
    this.drawGraticule();
  }

  drawGraticule() {
    const style = { color: '#2b4a6b', weight: 1, interactive: false };
    for (let lat = 0; lat <= 60; lat += 2) L.polyline([[lat, 100], [lat, 160]], style).addTo(this.baseLayer);
    for (let lon = 100; lon <= 160; lon += 2) L.polyline([[0, lon], [60, lon]], style).addTo(this.baseLayer);
  }

  /** Coastline (GSHHG shorelines as lines) or land polygons, drawn on a canvas: no tiles, no network. */
  addBaseGeoJSON(geojson) {
    L.geoJSON(geojson, {
      interactive: false,
      renderer: this.baseRenderer,
      style: { color: '#c9b79c', weight: 1.2, fillColor: '#3d405b', fillOpacity: 1 },
    }).addTo(this.baseLayer);
  }

  setZones(collection) {
    this.zoneLayer.clearLayers();
    L.geoJSON(collection, {
      style: { color: '#e63946', weight: 2, dashArray: '6 4', fillOpacity: 0.08 },
      onEachFeature: (feature, layer) => layer.bindTooltip(() => zoneTip(feature.properties)),
    }).addTo(this.zoneLayer);
  }

  icon(vessel) {
    const colour = colourFor(vessel.category);
    const angle = vessel.heading ?? vessel.course;
    const moving = (vessel.speed ?? 0) >= 0.5 && angle != null;
    const shape = moving
      ? `<path d="M0,-9 L6,7 L0,3 L-6,7 Z" fill="${colour}" stroke="#0d1b2a" stroke-width="1" transform="rotate(${angle})"/>`
      : `<circle r="4.5" fill="${colour}" stroke="#0d1b2a" stroke-width="1"/>`;
    const selected = this.selected === vessel.mmsi ? ' selected' : '';
    return L.divIcon({
      className: `vessel-marker${selected}`,
      html: `<svg width="20" height="20" viewBox="-10 -10 20 20" data-mmsi="${vessel.mmsi}">${shape}</svg>`,
      iconSize: [20, 20], iconAnchor: [10, 10],
    });
  }

  /** Draws or moves a vessel; `vessel` holds the API's properties plus lat and lon. */
  showVessel(vessel) {
    let marker = this.markers.get(vessel.mmsi);
    if (!marker) {
      marker = L.marker([vessel.lat, vessel.lon], { icon: this.icon(vessel), keyboard: false })
        .on('click', () => this.onSelect(vessel.mmsi))
        .addTo(this.vesselLayer);
      marker.bindTooltip(() => this.tooltip(marker.vessel), { direction: 'top', offset: [0, -8] });
      this.markers.set(vessel.mmsi, marker);
    } else {
      marker.setLatLng([vessel.lat, vessel.lon]);
      marker.setIcon(this.icon(vessel));
    }
    marker.vessel = vessel;
  }

  tooltip(vessel) {
    return `${vessel.name || vessel.mmsi} · ${vessel.speed != null ? vessel.speed.toFixed(1) + ' kn' : ''}`;
  }

  clearVessels() {
    this.vesselLayer.clearLayers();
    this.markers.clear();
  }

  select(mmsi) {
    const previous = this.selected;
    this.selected = mmsi;
    for (const id of [previous, mmsi]) {
      const marker = this.markers.get(id);
      if (marker) marker.setIcon(this.icon(marker.vessel));
    }
  }

  showTrack(feature) {
    this.trackLayer.clearLayers();
    if (!feature) return;
    const points = feature.geometry.coordinates.map(([lon, lat]) => [lat, lon]);
    if (points.length > 1) L.polyline(points, { color: '#ffd166', weight: 2 }).addTo(this.trackLayer);
  }

  panTo(lat, lon) { this.map.panTo([lat, lon]); }
}
