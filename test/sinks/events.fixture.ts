import { buildEvent } from '../../src/core/events';
import type { MomentEvent } from '../../src/core/types';

/** An answered event with reasons and context, as the engine builds it. */
export const answered = (value = 4): MomentEvent =>
  buildEvent('moment.answered', {
    touchpoint: 'checkout',
    moment: 'm-1',
    visitor: 'v-1',
    rating: { scale: 'emoji5', value },
    reasons: ['slow', 'confusing'],
    context: { plan: 'pro' },
  });

/** A shown event: no rating. */
export const shown = (): MomentEvent => buildEvent('moment.shown', { touchpoint: 'checkout', moment: 'm-1' });

/** Removes the adapters' page globals between tests. */
export const clearGlobals = () => {
  for (const k of ['dataLayer', 'gtag', 'analytics', 'posthog']) delete (window as unknown as Record<string, unknown>)[k];
};
