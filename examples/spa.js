// A tiny router: the URL changes with pushState, no page load. Moments re-checks `path` on each change.
const base = location.pathname.replace(/[^/]*$/, '');
document.querySelectorAll('[data-to]').forEach((a) =>
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const to = a.getAttribute('data-to');
    history.pushState({}, '', to == 'home' ? base + 'spa.html' : base + to);
    document.getElementById('view').textContent = to == 'home' ? 'Home' : 'Contact';
  }),
);
