// Sentry as its docs show it: the browser SDK with default integrations plus the feedback widget,
// opened from the page's own "Feedback" button (attachTo), envelopes going to the loopback DSN.
import { init, feedbackIntegration } from '@sentry/browser';

const feedback = feedbackIntegration({ autoInject: false, colorScheme: 'light' });
init({ dsn: `http://public@${location.host}/1`, integrations: [feedback] });
const button = document.getElementById('feedback');
if (button) feedback.attachTo(button);
window.__sentryFeedback = feedback;
