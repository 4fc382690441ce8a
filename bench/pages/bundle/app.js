// A consumer's app as a bundler sees it: `init` with one path touchpoint, nothing else from the package.
import { init } from 'moments';

init({
  endpoint: '/moments',
  touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }],
});
