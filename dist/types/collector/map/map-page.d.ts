import type { CommentRow } from '../store.js';
import type { MapFigures } from './map-figures.js';
import type { MapQuery } from './map-query.js';
/**
 * A map URL with the query's fields, some changed (undefined removes one).
 * @example
 * mapLink(query, { touchpoint: 'payment' }, '#comments') // '/map?from=…&to=…&touchpoint=payment#comments'
 */
export declare function mapLink(q: MapQuery, change?: Partial<Record<keyof MapQuery, string | undefined>>, hash?: string): string;
/**
 * The map of moments as one HTML page: every touchpoint in journey order (or worst first) with its
 * figures and trend, then the comments of misery. Everything from an event is escaped; no script.
 * @example
 * res.end(renderMap(await loadMap(store, query, query.order), await store.miseryComments(query), query));
 */
export declare function renderMap(f: MapFigures, comments: CommentRow[], q: MapQuery, note?: string): string;
