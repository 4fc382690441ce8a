import type { Text } from '../../core/types.js';
/** German strings (chunk moments-de.js). */
declare const de: Text;
export default de;
