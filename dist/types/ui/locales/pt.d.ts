import type { Text } from '../../core/types.js';
/** Portuguese strings (chunk moments-pt.js). */
declare const pt: Text;
export default pt;
