import type { Config, Touchpoint } from './types';
/** A config after validation: only valid touchpoints, with defaults filled in. */
export interface ResolvedConfig extends Omit<Config, 'touchpoints'> {
    touchpoints: Touchpoint[];
    /** Touchpoint ids ruled out by invalid config, with the first problem. */
    invalid: Record<string, string>;
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
 * Validates a config. Each problem is reported once with `console.error`, naming the touchpoint and field;
 * a touchpoint with any problem is left out, the valid rest keeps working, bad top-level fields fall back to defaults.
 * @example const config = resolveConfig(JSON.parse(script.textContent));
 */
export declare function resolveConfig(input: unknown): ResolvedConfig;
