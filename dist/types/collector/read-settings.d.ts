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
}
/** Reads {@link CliSettings} from `env` and `argv`. */
export declare function readSettings(env: NodeJS.ProcessEnv, argv: string[]): CliSettings;
