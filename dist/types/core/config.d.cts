import type { Config, Touchpoint } from './types.cjs';
/**
 * One config problem, compact (the lazily loaded explain chunk words it, so the eager drop-in carries no prose):
 * where (`undefined` top level, a touchpoint's id, or its index when it has none), the field (a sink's index for
 * sink problems), and a code: a field spec code (the field must be that; see SPECS), or `?` unknown field,
 * `!` missing, `2` duplicate id, `w` empty when, `i` inline without container, `O` not an object,
 * `{` config not an object, `S` bad sink, `U` sink without url (none of these is a spec code).
 */
export type Problem = [where: string | number | undefined, field: string | number, code: string];
/** A config after validation: only valid touchpoints, with defaults filled in. */
export interface ResolvedConfig extends Omit<Config, 'touchpoints'> {
    touchpoints: Touchpoint[];
    /** Touchpoint ids ruled out by invalid config, with the first problem ([field, code]). */
    invalid: Record<string, [field: string | number, code: string]>;
    /** Every problem found, in order (the engine has the explain chunk print one `console.error` each). */
    problems: Problem[];
    maxPromptsPerSession: number;
    minGapMinutes: number;
    dismissCooldownDays: number;
}
export declare const SPECS: {
    top: string;
    touchpoint: string;
    when: string;
};
/**
 * Validates a config. Each problem is recorded in `problems` (the engine reports each once with `console.error`,
 * naming the touchpoint and field); a touchpoint with any problem is left out, the valid rest keeps working,
 * bad top-level fields fall back to defaults.
 * @example const config = resolveConfig(JSON.parse(script.textContent));
 */
export declare function resolveConfig(input: unknown): ResolvedConfig;
