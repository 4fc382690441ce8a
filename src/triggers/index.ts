import { earlyTriggers } from './early';
import { lateTriggers } from './late';

/**
 * Every trigger kind by its `when` key (`path` and `url` are gates the engine re-checks on navigation instead):
 * the early ones start with the drop-in, the late ones once the prompt chunk is here.
 * @example
 * const stop = triggers.selector('.payment-error', () => show());
 */
export const triggers = { ...earlyTriggers, ...lateTriggers };

export { earlyTriggers, lateTriggers };
export { pathMatches } from './path';
export { urlMatches } from './url';
export { onNavigate } from './navigation';
export { observeMutations } from './observe';
export { requestSupported } from './request';
