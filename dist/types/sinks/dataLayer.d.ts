import type { Sink } from '../core/types.js';
/**
 * Pushes each event into Google Tag Manager's `window.dataLayer` as `{ event: 'moment_answered', rating: 4, … }`.
 * The array is created when missing, exactly as GTM's snippet does, so GTM loaded later replays what was pushed.
 * @example Moments.init({ sinks: [{ type: 'dataLayer' }], touchpoints });
 */
export declare function dataLayerSink(config?: {
    event?: string;
}): Sink;
