import type { Text } from '../../core/types.js';
/** French strings (chunk moments-fr.js). */
declare const fr: Text;
export default fr;
