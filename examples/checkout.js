// The shop's own code. A failed payment renders `.payment-error` (the selector trigger sees it) and the
// shop can also tell Moments directly, with context.
const status = document.getElementById('status');
document.getElementById('fail').addEventListener('click', () => {
  const error = document.createElement('p');
  error.className = 'payment-error';
  error.textContent = 'Your card was declined (card_declined).';
  status.replaceChildren(error);
  window.Moments?.show('payment-failed', { code: 'card_declined', amount: 42 });
});
document.getElementById('pay-form').addEventListener('submit', (e) => {
  e.preventDefault();
  // This endpoint does not exist on the example server: the 404 is seen by the `request` trigger.
  fetch('/api/checkout', { method: 'POST', body: '{}' }).then((r) => {
    status.textContent = r.ok ? 'Paid, thank you!' : `Payment service error (${r.status}).`;
  });
});
