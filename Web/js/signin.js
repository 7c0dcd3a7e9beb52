// The sign-in form: a password login opens a session whose cookie the rest of the UI rides on.

const form = document.getElementById('signin');
const error = document.getElementById('signin-error');

function nextPage() {
  const next = new URLSearchParams(location.search).get('next') || '/';
  // only paths on this node, never another site
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const body = JSON.stringify({ user: form.user.value, password: form.password.value });
  const response = await fetch('/auth/session', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  if (response.ok) {
    location.href = nextPage();
    return;
  }
  const answer = await response.json().catch(() => ({}));
  error.textContent = answer.error?.message ?? `sign-in failed (${response.status})`;
});
