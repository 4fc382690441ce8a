import { Component, type RefObject } from 'preact';
import type { FollowUp, Text, Touchpoint } from '../core/types.js';
import type { MountOptions } from './contract.js';
/** Props of {@link Prompt}: the touchpoint, its merged strings and the seam's callbacks. */
export interface PromptProps {
    touchpoint: Touchpoint;
    text: Text;
    rtl: boolean;
    /** Inline thanks stay by default: removing them unasked would shift the page under the visitor. */
    inline: boolean;
    on: Pick<MountOptions, 'onShown' | 'onAnswer' | 'onComment' | 'onContact' | 'onDismiss' | 'onClose'>;
}
/** The question step, a follow-up step, the contact step (`m`), or the thank-you step. */
type Step = 'q' | 't' | 'm' | FollowUp;
interface State {
    _step: Step;
    /** The chosen rating. */
    _value: number;
    /** Index of the option that holds the group's one tab stop (roving tabindex). */
    _active: number;
    _picked: string[];
    _comment: string;
    /** What the contact step's field holds (never pre-filled: it starts empty). */
    _email: string;
    /** The address sent was not one: the field says so until the next try. */
    _bad: boolean;
    /** Leaving (the exit animation runs). */
    _out: boolean;
    /** What the status line announces. */
    _said: string;
}
/**
 * The prompt card: question → optional follow-up (reason chips and/or comment) → thanks.
 * A class rather than hooks: preact/hooks would add ~0.9 KB brotli to the chunk.
 * @example render(<Prompt touchpoint={tp} text={en} rtl={false} inline={false} on={callbacks} />, root);
 */
export declare class Prompt extends Component<PromptProps, State> {
    _card: RefObject<HTMLElement | null>;
    _done: boolean;
    _focus: boolean;
    _timer: ReturnType<typeof setTimeout> | undefined;
    constructor(props: PromptProps);
    componentDidMount(): void;
    componentDidUpdate(_: PromptProps, prev: State): void;
    componentWillUnmount(): void;
    /** A step is on screen: announce it, move focus along if the visitor was in the prompt, arm the thanks timer. */
    _entered(): void;
    _leave(dismissed: boolean): void;
    _go(next: Step | false | undefined): void;
    _answer(v: number): void;
    /** The step after the follow-up: the contact step for the ratings the touchpoint offers it for, else thanks. */
    _after(v: number): Step | false;
    /** The contact step's submit: sends a valid address, or says why not and keeps focus in the field. */
    _contact(e: Event): void;
    _submit(): void;
    _onGroupKey(e: KeyboardEvent): void;
    _onCardKey(e: KeyboardEvent): void;
    render({ touchpoint: tp, text, rtl }: PromptProps, { _step: step, _active: active, _picked: picked, _comment: comment, _email: email, _bad: bad, _out: out, _said: said }: State): import("preact").JSX.Element;
}
export {};
