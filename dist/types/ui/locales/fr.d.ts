import type { Text } from '../../core/types';
/** French strings (chunk moments-fr.js). */
declare const fr: Text;
export default fr;
