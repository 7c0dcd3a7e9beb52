// Who is signed in. Pages call requireSession() first; without a session it sends the browser to
// the sign-in page and comes back afterwards.

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
