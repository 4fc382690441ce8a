/** The first instant of the day after `day` (`YYYY-MM-DD`), as an ISO string: the range's open end. */
export declare function dayAfter(day: string): string;
