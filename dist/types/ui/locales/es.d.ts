import type { Text } from '../../core/types';
/** Spanish strings (chunk moments-es.js). */
declare const es: Text;
export default es;
