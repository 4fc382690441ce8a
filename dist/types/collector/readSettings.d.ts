/** Settings from the environment and argv (`--examples`); see docs/collector.md. */
export interface CliSettings {
    port: number;
    host: string | undefined;
    db: string;
    allowedOrigins: string[];
    requireOrigin: boolean;
    rateLimit: number;
    maxBodyBytes: number;
    trustProxy: boolean;
    examples: boolean;
    maxConnections: number;
    maxInflightBytes: number;
    maxEventAgeDays: number;
    touchpoints: string[];
    /** `MOMENTS_READ_TOKEN`: enables the read API (export, summary) behind this bearer token. */
    readToken: string | undefined;
    /** `MOMENTS_ALERTS`: path of the misery alerts file (rules and webhook). */
    alertsFile: string | undefined;
    /** `MOMENTS_ALERT_SECRET`: the webhook's HMAC secret (overrides the file's). */
    alertSecret: string | undefined;
}
/** Reads {@link CliSettings} from `env` and `argv`. */
export declare function readSettings(env: NodeJS.ProcessEnv, argv: string[]): CliSettings;
