import type { Text } from '../../core/types';
/** Japanese strings (chunk moments-ja.js). */
declare const ja: Text;
export default ja;
