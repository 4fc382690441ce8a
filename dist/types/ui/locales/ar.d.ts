import type { Text } from '../../core/types.js';
/** Arabic strings (chunk moments-ar.js); the prompt lays out right to left. */
declare const ar: Text;
export default ar;
