import type { Text } from '../core/types.js';
/**
 * The built-in strings for a locale tag (`de-AT` → German); English for unknown tags or when the chunk fails to load.
 * @example const text = await loadText('de');
 */
export declare function loadText(tag: string): Promise<Text>;
