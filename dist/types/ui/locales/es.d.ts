import type { Text } from '../../core/types.js';
/** Spanish strings (chunk moments-es.js). */
declare const es: Text;
export default es;
