export type { Sink } from '../core/types.js';
