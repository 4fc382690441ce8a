import type { CommentRow } from '../store/store.js';
import type { MapFigures } from './mapFigures.js';
import type { MapQuery } from './parseMapQuery.js';
import type { ContactRequest } from './contactRequest.js';
/**
 * A map URL with the query's fields, some changed (undefined removes one).
 * @example
 * mapLink(query, { touchpoint: 'payment' }, '#comments') // '/map?from=…&to=…&touchpoint=payment#comments'
 */
export declare function mapLink(q: MapQuery, change?: Partial<Record<keyof MapQuery, string | undefined>>, hash?: string): string;
/**
 * The map of moments as one HTML page: every touchpoint in journey order (or worst first) with its
 * figures and trend, then the customers of misery who asked to be contacted, then the comments of
 * misery. Everything from an event is escaped; no script.
 * @example
 * res.end(renderMap(await loadMap(store, query, query.order), await store.miseryComments(query), query));
 */
export declare function renderMap(f: MapFigures, comments: CommentRow[], q: MapQuery, note?: string, contacts?: ContactRequest[]): string;
