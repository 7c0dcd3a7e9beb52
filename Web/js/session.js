// Who is signed in, and the links between the pages. Pages call requireSession() first; without a
// session it sends the browser to the sign-in page and comes back afterwards.

/** The pages every header links to, in order: [path, name, element id]. */
const PAGES = [
  ['/', 'Map', 'map-link'],
  ['/records.html', 'Records', 'records-link'],
  ['/kb.html', 'Partnerships', 'kb-link'],
  ['/sanctions.html', 'Sanctions', 'sanctions-link'],
  ['/admin.html', 'Admin', 'admin-link'],
];

/** Fills each `nav.pages` with the links, marking the page the browser is on. */
function writePageLinks() {
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  for (const nav of document.querySelectorAll('nav.pages')) {
    nav.replaceChildren(
      ...PAGES.map(([path, name, id]) => {
        const link = document.createElement('a');
        link.href = path;
        link.id = id;
        link.textContent = name;
        if (path === here) link.setAttribute('aria-current', 'page');
        return link;
      }),
    );
  }
}

writePageLinks(); // modules run after the document is parsed

export async function requireSession() {
  const session = await (await fetch('/auth/session', { headers: { Accept: 'application/json' } })).json();
  if (!session.signedIn) {
    location.href = `/signin.html?next=${encodeURIComponent(location.pathname + location.search)}`;
    return new Promise(() => {}); // the page is being replaced
  }
  return session;
}

/** Shows the user and a sign-out button in the page header element `element`. */
export function showSession(element, session) {
  element.textContent = `${session.user} · ${session.organisation} · ${session.role} `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Sign out';
  button.addEventListener('click', async () => {
    await fetch('/auth/session', { method: 'DELETE' });
    location.href = '/signin.html';
  });
  element.append(button);
}
