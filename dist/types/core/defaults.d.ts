/**
 * The frequency defaults a config gets before and after validation (the drop-in applies them to the unvalidated
 * config, the validator to the checked one), kept apart from the validator so the drop-in stays small.
 * @example const config = { ...FREQUENCY, ...given };
 */
export declare const FREQUENCY: {
    maxPromptsPerSession: number;
    minGapMinutes: number;
    dismissCooldownDays: number;
};
