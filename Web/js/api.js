// Small wrappers over the node's HTTP API (see /openapi.json).

export async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** POSTs `body` as JSON; a 4xx/5xx throws an Error with the API's message. */
export async function postJSON(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new Error(answer?.error?.message || `${path}: ${response.status}`);
  return answer;
}

export const api = {
  vessels: () => getJSON('/api/v1/vessels'),
  vessel: (mmsi) => getJSON(`/api/v1/vessels/${mmsi}`),
  track: (mmsi, from, to) => getJSON(`/api/v1/vessels/${mmsi}/track?from=${from}&to=${to}`),
  events: (query = '') => getJSON(`/api/v1/events?limit=300${query}`),
  zones: () => getJSON('/api/v1/zones'),
  positionsAt: (time) => getJSON(`/api/v1/positions?at=${time}`),
  basemap: () => getJSON('/api/v1/basemap'),
};

/** Opens the live stream; calls handlers.vessels(features), handlers.event(event), handlers.zones(). */
export function openStream(handlers, onStatus) {
  const source = new EventSource('/api/v1/stream');
  source.onopen = () => onStatus('live');
  source.onerror = () => onStatus('down');
  source.addEventListener('vessels', (e) => handlers.vessels(JSON.parse(e.data)));
  source.addEventListener('event', (e) => handlers.event(JSON.parse(e.data)));
  source.addEventListener('zones', () => handlers.zones());
  // leaving the page must free the connection (browsers allow six per host)
  window.addEventListener('pagehide', () => source.close());
  return source;
}
