// Calls to the node's sharing API (records, organisations, groups, users, tokens, peers). The
// browser's session cookie carries the sign-in; a refusal becomes an Error whose message is the
// server's own ({"error":{"message":…}}), so the page can show why.

/** An API answer that was not 2xx; `status` is the HTTP status. */
export class APIError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    // the session ended (expired, or signed out elsewhere): sign in again and come back
    location.href = `/signin.html?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
    return new Promise(() => {});
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    throw new APIError(response.status, answer?.error?.message ?? `${method} ${path} failed (${response.status})`);
  }
  return answer;
}

/** `null` instead of an error when the node does not have the path yet (404). */
async function optional(path) {
  try {
    return await call('GET', path);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

/** A query string; spaces as %20, since the node does not read '+' as a space. */
function query(filters) {
  const pairs = Object.entries(filters).filter(([, value]) => value)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

export const sharing = {
  records: (filters = {}) => call('GET', `/api/v1/records${query(filters)}`),
  record: (id) => call('GET', `/api/v1/records/${encodeURIComponent(id)}`),
  versions: (id) => call('GET', `/api/v1/records/${encodeURIComponent(id)}/versions`),
  createRecord: (draft) => call('POST', '/api/v1/records', draft),
  updateRecord: (id, draft) => call('PUT', `/api/v1/records/${encodeURIComponent(id)}`, draft),
  deleteRecord: (id) => call('DELETE', `/api/v1/records/${encodeURIComponent(id)}`),
  /** The annotations of vessel `mmsi` the caller may see, newest first. */
  annotations: (mmsi) => call('GET', `/api/v1/vessels/${encodeURIComponent(mmsi)}/annotations`),
  annotate: (mmsi, draft) => call('POST', `/api/v1/vessels/${encodeURIComponent(mmsi)}/annotations`, draft),
  organisations: () => call('GET', '/api/v1/orgs'),
  addOrganisation: (o) => call('POST', '/api/v1/orgs', o),
  groups: () => call('GET', '/api/v1/groups'),
  addGroup: (g) => call('POST', '/api/v1/groups', g),
  users: () => call('GET', '/api/v1/users'),
  addUser: (u) => call('POST', '/api/v1/users', u),
  issueToken: (t) => call('POST', '/api/v1/tokens', t),
  /** The node's partners, or null where the node has no federation yet. */
  peers: () => optional('/api/v1/peers'),
  addPeer: (p) => call('POST', '/api/v1/peers', p),
  /** This node's organisation and public key, or null where the node has no federation yet. */
  node: () => optional('/api/v1/node'),
  /** The STIX 2.1 export as a Blob, or null where the node has no export yet. */
  async stixExport() {
    const response = await fetch('/api/v1/export/stix', { headers: { Accept: 'application/json' } });
    if (response.status === 404) return null;
    if (!response.ok) {
      const answer = await response.json().catch(() => null);
      throw new APIError(response.status, answer?.error?.message ?? `export failed (${response.status})`);
    }
    return response.blob();
  },
};
