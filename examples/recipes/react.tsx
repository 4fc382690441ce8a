// React / Next.js: a client component that starts Moments after mount and removes it on unmount.
// Render <MomentsFeedback /> once, e.g. in app/layout.tsx.
'use client';
import { useEffect } from 'react';
import { init, destroy, type Config } from 'moments';

const config: Config = {
  endpoint: '/moments',
  touchpoints: [{ id: 'checkout', question: 'How was checking out today?', scale: 'emoji5', when: { path: '/checkout*' } }],
};

export function MomentsFeedback() {
  useEffect(() => {
    init(config); // safe during server rendering too: nothing runs outside a browser
    return () => destroy();
  }, []);
  return null;
}
