/** One misery alert rule, for one touchpoint or (without `touchpoint`) for each touchpoint separately. */
export type AlertRule = {
    /** Names the rule in alerts, logs and errors; unique in the file. */
    name: string;
    /** Only this touchpoint; omitted or `"*"`: every touchpoint, each on its own. */
    touchpoint?: string;
    /** The sliding window: answers whose time is in the last N minutes (1–1440). */
    windowMinutes: number;
} & ({
    /** Trips when the share of misery answers in the window is above this % (0–100)… */
    miseryShareAbove: number;
    /** …and the window holds at least this many answers (default 10), so two answers cannot trip it. */
    minAnswers: number;
} | {
    /** Trips when the window holds at least this many misery answers. */
    miseryAtLeast: number;
});
/** The alerts file (its path in `MOMENTS_ALERTS`). */
export interface AlertSettings {
    webhook: {
        /** Where alerts are POSTed (a Slack incoming webhook works as it is). */
        url: string;
        /** Shared secret of the `X-Moments-Signature` HMAC; `MOMENTS_ALERT_SECRET` overrides it. */
        secret: string;
    };
    /** Base URL of this collector as people reach it, for the link to the map (default: the listening URL). */
    publicUrl?: string;
    /** How often the rules are checked, in seconds (default 60, at least 1). */
    checkEverySeconds: number;
    rules: AlertRule[];
}
/** The alerts file is wrong: the message names the file, the rule and the field. */
export declare class AlertConfigError extends Error {
    constructor(message: string);
}
/**
 * Validates a parsed alerts file; every problem names where it is (`rules[1] "burst": windowMinutes
 * must be …`). All problems are reported at once, so one start is enough to fix them.
 * @example
 * const settings = validateAlertSettings(JSON.parse(text), process.env.MOMENTS_ALERT_SECRET);
 */
export declare function validateAlertSettings(input: unknown, secretFromEnv?: string): AlertSettings;
/** Reads and validates the alerts file at `path`; errors start with the path. */
export declare function readAlertSettings(path: string, secretFromEnv?: string): AlertSettings;
