import type { Placement, Text, Theme, Touchpoint } from '../core/types.js';
/** What the eager part hands to the UI chunk's `mount`. */
export interface MountOptions {
    /** The validated touchpoint (its `text` overrides win over `text` below). */
    touchpoint: Touchpoint;
    /** Config-level string overrides. */
    text?: Partial<Text>;
    /** Resolved locale tag, e.g. `en`, `de`, `ar` (the UI loads that locale's strings; unknown tags fall back to English). */
    locale: string;
    /** Colour scheme. */
    theme: Theme;
    /** Resolved placement (`inline` means `host` already sits inside the container). */
    placement: Placement;
    /** Nonce for a `<style>` element where constructable stylesheets are missing. */
    nonce?: string;
    /** The prompt is visible (after its first paint). */
    onShown(): void;
    /** A rating was chosen (`reasons` on the follow-up's submit, with the same value). */
    onAnswer(value: number, reasons?: string[]): void;
    /** A non-empty, trimmed comment was submitted. */
    onComment(comment: string): void;
    /** The contact step's e-mail address, trimmed and checked (`isEmail`): the visitor asked to be contacted. */
    onContact(email: string): void;
    /** The visitor closed the prompt before finishing (× or Escape). */
    onDismiss(): void;
    /** The prompt has finished (after thanks, or after a dismiss) and may be unmounted. */
    onClose(): void;
}
/** The UI chunk's export. `host` is already in the document; returns an unmount function that removes everything it added. */
export type Mount = (host: HTMLElement, options: MountOptions) => () => void;
/** Redaction options as the eager part resolved them (config over touchpoint). */
export type RedactOptions = import('../core/types.js').Redact & {
    custom?: (text: string) => string;
};
/** What the UI chunk module exports: the prompt (`present` drives `mount`) and delivery for a config. */
export interface UIModule {
    mount: Mount;
    present(options: import('../core/present.js').PresentOptions): ReturnType<typeof import('../core/present.js').present>;
    deliver: typeof import('../sinks/deliver.js').deliver;
    /** Makes a random UUID (the visitor id, made on the first prompt). */
    uuid(): string;
    /** Validates the config given to `init` (the drop-in checks nothing itself) and settles the touchpoints it armed. */
    checkConfig: typeof import('../core/checkConfig.js').checkConfig;
    /** Adds the session cap, the gap, recording and the visitor id to the visitor's own rules. */
    withPacing: typeof import('../core/pacing.js').withPacing;
    /** Loads the trigger kinds that start once this chunk is here (a chunk of their own). */
    lateTriggers(): Promise<typeof import('../triggers/late.js').lateTriggers>;
}
