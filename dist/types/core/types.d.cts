import type { Scale } from '../shared/scales.cjs';
export type { Scale };
/** A failed request to wait for, seen through resource timing (no fetch/XHR patching). */
export interface RequestMatch {
    /** Glob on the request URL's path (or full URL when it starts with a scheme), e.g. `/api/checkout*`. */
    url: string;
    /** Status condition: `>=400` (default), `500`, `>=500`, `<200`, `=404`. */
    status?: string;
}
/**
 * What shows the prompt. Keys combine with AND: `{ path: '/checkout*', selector: '.payment-error' }`
 * means that element on that page. Omit `when` to show a touchpoint only through `Moments.show`.
 */
export interface When {
    /** Glob on `location.pathname`; `*` matches any run of characters. Re-checked on SPA navigation. */
    path?: string;
    /** Regular expression source tested against `location.href`. */
    url?: string;
    /** Show when an element matching this selector appears or becomes visible. */
    selector?: string;
    /** Show after a click on an element matching this selector (delegated: later elements count). */
    click?: string;
    /** Show after a form matching this selector is submitted. */
    submit?: string;
    /** Show when this CustomEvent name is dispatched on `window` or `document`; its `detail` becomes `context`. */
    event?: string;
    /** Show after a failed request matching this pattern. */
    request?: RequestMatch;
    /** Show this many milliseconds after the page (or the matching path) is reached. */
    delayMs?: number;
    /** Show once the visitor has scrolled this share (0–100) of the page. */
    scrollPercent?: number;
    /** Show when the pointer leaves through the top of the viewport (desktop only). */
    exitIntent?: boolean;
    /** Show after this many milliseconds without input. */
    idleMs?: number;
}
/** A follow-up step for ratings in `[min, max]` (inclusive, on the scale's own values). */
export interface FollowUp {
    /** Lowest rating value this step applies to. */
    min: number;
    /** Highest rating value this step applies to. */
    max: number;
    /** The step's question, e.g. "What went wrong?". */
    question?: string;
    /** Reason chips (multiple choice); sent as `reasons` on a second `moment.answered`. */
    reasons?: string[];
    /** Ask for a free comment; `true` or its placeholder text. */
    comment?: boolean | string;
}
/**
 * The contact step: "May we contact you about this?" with an e-mail field, for ratings in `[min, max]` (inclusive,
 * on the scale's own values, like a follow-up's). It comes after the follow-up step (or straight after the rating
 * when no follow-up applies), is never pre-filled, and a given address is sent as its own `moment.contact` event.
 * @example contact: { min: 1, max: 2 }
 */
export interface Contact {
    /** Lowest rating value the step is offered for. */
    min: number;
    /** Highest rating value the step is offered for. */
    max: number;
    /** Overrides the locale's `contactQuestion`. */
    question?: string;
}
/** The thank-you step. `false` closes straight after the last step. */
export interface Thanks {
    /** Overrides the locale's thank-you text. */
    text?: string;
    /** An optional link shown under the text. */
    link?: {
        href: string;
        text: string;
    };
    /** Close on its own after this many milliseconds (default 4000; 0 keeps it open). */
    closeAfterMs?: number;
}
/** Where the prompt sits. `inline` renders into the element named by `container`. */
export type Placement = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'inline';
/** Colour scheme of the prompt; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
/** Which kinds of personal data to remove from comments and context before any sink sees them. */
export interface Redact {
    /** Digit runs that pass the Luhn check become `[card]` (default on). */
    card?: boolean;
    /** E-mail addresses become `[email]` (default on). */
    email?: boolean;
    /** Phone numbers become `[phone]` (default off). */
    phone?: boolean;
}
/** Every built-in string of the prompt; any of them can be overridden per config or per touchpoint. */
export interface Text {
    /** Accessible name of the prompt region. */
    label: string;
    /** Dismiss button's accessible name. */
    dismiss: string;
    /** Submit button text. */
    submit: string;
    /** Comment field placeholder. */
    placeholder: string;
    /** Comment question shown when a follow-up asks for a comment without its own question. */
    commentQuestion: string;
    /** Thank-you text. */
    thanks: string;
    /** The contact step's question (see `Touchpoint.contact`). */
    contactQuestion: string;
    /** The contact step's e-mail field label. */
    contactLabel: string;
    /** Said when the e-mail address given is not one. */
    contactInvalid: string;
    /** The contact step's button that goes on without giving an address. */
    contactSkip: string;
    /** Counter text; `{n}` is replaced with the characters left. */
    remaining: string;
    /** NPS end labels. */
    npsLow: string;
    npsHigh: string;
    /** Labels of the 1–5 scales and thumbs, lowest first. */
    thumbs: [string, string];
    emoji5: [string, string, string, string, string];
    stars5: [string, string, string, string, string];
    csat: [string, string, string, string, string];
}
/** One place on the site where a visitor is asked how the moment was. */
export interface Touchpoint {
    /** Unique id, sent on every event (`touchpoint`). */
    id: string;
    /** The step of the customer's journey it belongs to (e.g. `browse`, `checkout`, `after-sales`), sent on its events as `stage`; the collector's map of moments groups and orders touchpoints by it. */
    stage?: string;
    /** The question, rendered as text. */
    question: string;
    /** The rating scale. */
    scale: Scale;
    /** What shows the prompt; omit for `Moments.show` only. */
    when?: When;
    /** Share of visitors asked (0–1), decided once per visitor and kept. Default 1. */
    sample?: number;
    /** Ask at most once per `session` or `visitor`; `false` asks again (subject to `cooldownDays`). Default `visitor`. */
    once?: 'session' | 'visitor' | false;
    /** Days to wait after this touchpoint was shown before it may show again. */
    cooldownDays?: number;
    /**
     * Higher wins when several touchpoints fire at once, and replaces a prompt of lower priority the visitor has not
     * answered yet (which records `moment.dismissed` with `reason: "preempted"`). Default 0.
     */
    priority?: number;
    /** Follow-up steps by rating range. */
    followUp?: FollowUp[];
    /** Offer to be contacted by e-mail for these ratings (opt-in: off unless named). */
    contact?: Contact;
    /** Thank-you step; `false` for none. */
    thanks?: Thanks | false;
    /** Longest comment accepted (default 500). */
    maxLength?: number;
    /** Where the prompt sits (default: the config's `placement`, else `bottom-right`). */
    placement?: Placement;
    /** Selector of the container for `placement: 'inline'`. */
    container?: string;
    /** Per-touchpoint string overrides. */
    text?: Partial<Text>;
    /** Per-touchpoint redaction (merged over the config's). */
    redact?: Redact;
}
/** An event after it is built; see `dist/moment.schema.json` (one event) and `dist/event.schema.json` (a batch). */
export interface MomentEvent {
    /** Schema version: the lowest that describes the event, so 2 only with `reason` or `moment.contact` (collectors accept 1 and 2). */
    schema: 1 | 2;
    /** Unique id (UUID) for de-duplication. */
    id: string;
    /** `moment.shown`, `moment.answered`, `moment.commented`, `moment.contact`, `moment.dismissed`, or `moments.dropped`. */
    type: EventType;
    /** The touchpoint's id (empty for `moments.dropped`). */
    touchpoint: string;
    /** The touchpoint's journey stage, when its config names one. */
    stage?: string;
    /** One id shared by all events of one showing. */
    moment: string;
    /** ISO 8601 time the event was built. */
    time: string;
    /** The page it happened on; no query string or fragment unless configured. */
    page: {
        path: string;
        title: string;
    };
    /** The random first-party visitor id. */
    visitor?: string;
    /** JSON context from `Moments.show`, the `event` trigger or config. */
    context?: Record<string, unknown>;
    /** With `moment.answered`. */
    rating?: {
        scale: Scale;
        value: number;
    };
    /** With a follow-up's `moment.answered`. */
    reasons?: string[];
    /** With `moment.commented`. */
    comment?: string;
    /**
     * Schema 2, with `moment.contact`: the e-mail address the visitor typed into the contact step's field to be
     * contacted about this moment (the one field no redaction applies to, since it was given for that purpose).
     */
    contact?: {
        email: string;
    };
    /** With `moments.dropped`: how many events the full queue dropped. */
    dropped?: number;
    /** True for events of a preview showing. */
    preview?: boolean;
    /** Schema 2, with `moment.dismissed`: `preempted` when a higher-priority prompt replaced this unanswered one. */
    reason?: 'preempted';
}
export type EventType = 'moment.shown' | 'moment.answered' | 'moment.commented' | 'moment.contact' | 'moment.dismissed' | 'moments.dropped';
/**
 * A destination for events. `send` may return a promise; one sink that throws, hangs or rejects
 * never delays or drops another's events.
 * @example
 * const sink: Sink = { name: 'log', send: (events) => console.log(events) };
 */
export interface Sink {
    /** Shown in error reports. */
    name: string;
    /** Receives each batch of events. */
    send(events: MomentEvent[]): void | Promise<void>;
    /** Optional: push out anything buffered (called on page hide). */
    flush?(): void | Promise<void>;
    /** Optional: remove every listener and timer the sink added (called by `Moments.destroy()` and re-`init`). */
    destroy?(): void;
}
/** Options of the HTTP sink. */
export interface HttpSinkOptions {
    /** Where batches are POSTed as `{"events":[…]}`. */
    url: string;
    /** Extra request headers (note: any header makes a cross-origin request preflighted; beacons send none). */
    headers?: Record<string, string>;
    /** Most events per request (default 20). */
    batchSize?: number;
    /** Milliseconds to wait for more events before sending (default 1000). */
    batchWaitMs?: number;
    /** Send cookies (default false). */
    withCredentials?: boolean;
    /** Rewrite a batch before it is sent. */
    transform?: (events: MomentEvent[]) => unknown[];
    /** Largest number of queued events kept (default 1000). */
    maxQueue?: number;
    /** Largest queued size in bytes (default 512 KB). */
    maxQueueBytes?: number;
    /** First retry delay in milliseconds; later ones double, with jitter, up to 5 minutes (default 1000). */
    retryMs?: number;
    /** Content type of the body (default `text/plain;charset=UTF-8`, which needs no preflight). Setting it sends with `fetch` on page hide too, not a beacon. */
    contentType?: string;
    /** POST the (transformed) array itself instead of `{"events": […]}`, e.g. a CloudEvents batch. */
    bare?: boolean;
}
/** A sink named in JSON config. */
export type SinkConfig = ({
    type: 'http';
} & HttpSinkOptions) | ({
    type: 'cloudevents';
    source?: string;
} & HttpSinkOptions) | {
    type: 'console';
} | {
    type: 'dataLayer';
    event?: string;
} | {
    type: 'gtag';
    event?: string;
} | {
    type: 'segment';
    event?: string;
} | {
    type: 'posthog';
    event?: string;
};
/**
 * The whole configuration, from `Moments.init(config)` or `<script type="application/json" id="moments-config">`.
 * @example
 * Moments.init({ endpoint: '/moments', touchpoints: [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }] });
 */
export interface Config {
    /** JSON Schema reference for editors; ignored. */
    $schema?: string;
    /**
     * Where the drop-in loads its chunks (`moments-ui.js`…) from, when not from beside its own `src` (a tag manager
     * that injects it as inline text): an `https:` or same-origin URL the chunk names resolve against, so a folder
     * ends in `/`. Also settable as `data-assets` on the drop-in's script tag. Bundlers (the npm entry) ignore it.
     */
    assetsUrl?: string;
    /** Shorthand for an HTTP sink to this URL. */
    endpoint?: string;
    /** Further sinks: JSON sink configs, sink objects, or callback functions. */
    sinks?: Array<SinkConfig | Sink | ((events: MomentEvent[]) => void)>;
    /** The touchpoints. */
    touchpoints: Touchpoint[];
    /** Colour scheme (default `light`). */
    theme?: Theme;
    /** Locale tag, or `auto` (default) for `<html lang>` then the browser. */
    locale?: string;
    /** String overrides for every touchpoint. */
    text?: Partial<Text>;
    /** Default placement (default `bottom-right`). */
    placement?: Placement;
    /** Most prompts one session sees (default 2). */
    maxPromptsPerSession?: number;
    /** Minutes between any two prompts (default 2). */
    minGapMinutes?: number;
    /** Days a dismissed touchpoint stays quiet (default 30). */
    dismissCooldownDays?: number;
    /**
     * When a prompt is still asking and another of equal or lower priority fires: `drop` it (default) or `queue` it
     * for later. A higher priority replaces it; a prompt already answered or closing is always waited for.
     */
    overlap?: 'drop' | 'queue';
    /** Wait for `Moments.consent(true)` before asking anyone. */
    requireConsent?: boolean;
    /** Ask nobody whose browser sends Do-Not-Track or Global Privacy Control. */
    respectDoNotTrack?: boolean;
    /** Context attached to every event: an object, or a function returning one. */
    context?: Record<string, unknown> | (() => Record<string, unknown>);
    /** Nonce for a `<style>` element where constructable stylesheets are missing. */
    nonce?: string;
    /** Redaction of comments and context (default: cards and e-mails). */
    redact?: Redact & {
        custom?: (text: string) => string;
    };
    /** Keep the query string and fragment in `page.path`. */
    keepQuery?: boolean;
}
