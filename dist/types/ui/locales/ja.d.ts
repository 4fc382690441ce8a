import type { Text } from '../../core/types.js';
/** Japanese strings (chunk moments-ja.js). */
declare const ja: Text;
export default ja;
