// The shop's own code. Moments asks at the end of each moment, not on arrival: "how was checking out?" once the
// order is placed (the shop dispatches `checkout:placed`), and the instant a payment fails (`.payment-error`
// appears, and the shop tells Moments directly, with context). The failure prompt has the higher priority: it
// replaces any prompt the visitor has not answered yet.
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
  // The example has no payment service: the order is placed at once.
  status.textContent = 'Paid, thank you! Order A-1042 is on its way.';
  window.dispatchEvent(new CustomEvent('checkout:placed', { detail: { order: 'A-1042' } }));
});
document.getElementById('api-error').addEventListener('click', () => {
  // This endpoint does not exist on the example server: the 404 is seen by the `request` trigger.
  fetch('/api/checkout', { method: 'POST', body: '{}' }).then((r) => {
    status.textContent = `Payment service error (${r.status}).`;
  });
});
