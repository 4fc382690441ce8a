/** The map's list of misery comments: a day range, optionally one touchpoint and one context key = value. */
export interface CommentQuery {
    from: string;
    to: string;
    touchpoint?: string;
    /** A top-level context key, e.g. `code`; compared with {@link CommentQuery.value} as text. */
    key?: string;
    value?: string;
    /** Most comments returned (default 50). */
    limit?: number;
}
