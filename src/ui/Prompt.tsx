import { Component, createRef, type RefObject } from 'preact';
import type { FollowUp, Text, Touchpoint } from '../core/types';
import type { MountOptions } from './contract';
import { Icon } from './Icon';
import { isEmail } from '../shared/isEmail';
import { values } from './values';

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

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

// Only links a visitor can safely follow: http(s), mailto, or relative to the page.
const safeHref = (href: string) => {
  try {
    return /^(https?|mailto):$/.test(new URL(href, location.href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
};

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The prompt card: question → optional follow-up (reason chips and/or comment) → thanks.
 * A class rather than hooks: preact/hooks would add ~0.9 KB brotli to the chunk.
 * @example render(<Prompt touchpoint={tp} text={en} rtl={false} inline={false} on={callbacks} />, root);
 */
export class Prompt extends Component<PromptProps, State> {
  // Fields are declared, not initialised, so the build emits no define-property helpers (and can mangle them).
  declare _card: RefObject<HTMLElement | null>;
  declare _done: boolean;
  declare _focus: boolean;
  declare _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(props: PromptProps) {
    super(props);
    this.state = { _step: 'q', _value: 0, _active: 0, _picked: [], _comment: '', _email: '', _bad: false, _out: false, _said: '' };
    this._card = createRef();
  }

  componentDidMount() {
    // After the first paint: tell the eager part the prompt is visible, then (a task later, so recording and
    // announcing are a task each) announce it through the status line, which exists empty until now so screen
    // readers pick up the change without focus moving.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!this._card.current) return; // unmounted before it was ever painted
        this.props.on.onShown();
        setTimeout(() => this._card.current && this._entered());
      }),
    );
  }

  componentDidUpdate(_: PromptProps, prev: State) {
    if (prev._step !== this.state._step) this._entered();
  }

  componentWillUnmount() {
    clearTimeout(this._timer);
  }

  /** A step is on screen: announce it, move focus along if the visitor was in the prompt, arm the thanks timer. */
  _entered() {
    const { touchpoint: tp, text, inline } = this.props;
    const step = this.state._step;
    const thanks = tp.thanks || undefined;
    this.setState({
      _said:
        step === 'q' ? `${text.label}: ${tp.question}` : step === 't' ? (thanks?.text ?? text.thanks) : step === 'm' ? (tp.contact!.question ?? text.contactQuestion) : (step.question ?? text.commentQuestion),
    });
    if (this._focus) this._card.current?.querySelector<HTMLElement>('.body button, .body textarea, .body input, .body [tabindex]')?.focus();
    this._focus = false;
    const ms = thanks?.closeAfterMs ?? (inline ? 0 : 4000);
    if (step === 't' && ms > 0) this._timer = setTimeout(() => this._leave(false), ms);
  }

  _leave(dismissed: boolean) {
    if (this._done) return;
    this._done = true;
    clearTimeout(this._timer);
    if (dismissed) this.props.on.onDismiss();
    this.setState({ _out: true });
    setTimeout(this.props.on.onClose, reducedMotion() ? 0 : 160);
  }

  // Moving on keeps focus in the prompt only if it already was there (a floating prompt never grabs it).
  _go(next: Step | false | undefined) {
    const card = this._card.current;
    const active = (card?.getRootNode() as ShadowRoot | undefined)?.activeElement;
    this._focus = !!active && !!card?.contains(active);
    if (next) this.setState({ _step: next });
    else this._leave(false);
  }

  _answer(v: number) {
    const { touchpoint: tp, on } = this.props;
    this.setState({ _value: v });
    on.onAnswer(v);
    this._go(tp.followUp?.find((f) => v >= f.min && v <= f.max && (f.reasons?.length || f.comment)) ?? this._after(v));
  }

  /** The step after the follow-up: the contact step for the ratings the touchpoint offers it for, else thanks. */
  _after(v: number): Step | false {
    const contact = this.props.touchpoint.contact;
    return contact && v >= contact.min && v <= contact.max ? 'm' : this.props.touchpoint.thanks !== false && 't';
  }

  /** The contact step's submit: sends a valid address, or says why not and keeps focus in the field. */
  _contact(e: Event) {
    e.preventDefault(); // first: the form must never navigate the page
    const email = this.state._email.trim();
    if (isEmail(email)) {
      this.props.on.onContact(email);
      this._go(this.props.touchpoint.thanks !== false && 't');
    } else {
      this.setState({ _bad: true, _said: this.props.text.contactInvalid });
      this._card.current?.querySelector('input')?.focus();
    }
  }

  _submit() {
    const { touchpoint: tp, on } = this.props;
    const { _picked: picked, _value: value, _comment: comment } = this.state;
    if (picked.length) on.onAnswer(value, picked);
    const c = comment.trim().slice(0, tp.maxLength ?? 500);
    if (c) on.onComment(c);
    this._go(this._after(value));
  }

  _onGroupKey(e: KeyboardEvent) {
    let d = STEPS[e.key];
    const n = values(this.props.touchpoint.scale).length;
    if (!d && e.key != 'Home' && e.key != 'End') return;
    e.preventDefault();
    if (this.props.rtl && /Left|Right/.test(e.key)) d = -d; // horizontal arrows follow the mirrored layout
    const i = e.key == 'Home' ? 0 : e.key == 'End' ? n - 1 : (this.state._active + d + n) % n;
    this.setState({ _active: i });
    ((e.currentTarget as HTMLElement).children[i] as HTMLElement).focus();
  }

  _onCardKey(e: KeyboardEvent) {
    if (e.key == 'Escape') {
      e.stopPropagation();
      this._leave(this.state._step !== 't');
    }
  }

  render({ touchpoint: tp, text, rtl }: PromptProps, { _step: step, _active: active, _picked: picked, _comment: comment, _email: email, _bad: bad, _out: out, _said: said }: State) {
    const thanks = tp.thanks || undefined;
    const max = tp.maxLength ?? 500;
    const fu = typeof step == 'object' ? step : undefined;
    const opts = values(tp.scale);
    const labels = tp.scale == 'nps' ? undefined : text[tp.scale];
    const icons = tp.scale != 'nps' && tp.scale != 'csat';
    const question = fu ? (fu.question ?? text.commentQuestion) : step === 'm' ? (tp.contact!.question ?? text.contactQuestion) : tp.question;
    const link = thanks?.link && safeHref(thanks.link.href);

    return (
      <section
        ref={this._card}
        part="prompt"
        class={out ? 'card out' : 'card'}
        role="region"
        aria-label={text.label}
        dir={rtl ? 'rtl' : 'ltr'}
        onKeyDown={(e) => this._onCardKey(e)}
      >
        <div class="v" role="status">
          {said}
        </div>
        <div class="body">
          {step === 't' ? (
            <p part="thanks" class="k" tabIndex={-1}>
              {thanks?.text ?? text.thanks}
              {link && (
                <>
                  <br />
                  <a part="link" href={link}>
                    {thanks!.link!.text}
                  </a>
                </>
              )}
            </p>
          ) : (
            <>
              <p part="question" class="q" id="q">
                {question}
              </p>
              {step === 'q' ? (
                <>
                  <div
                    part="options"
                    class={'o ' + tp.scale}
                    role="radiogroup"
                    aria-labelledby="q"
                    aria-describedby={labels ? undefined : 'e'}
                    onKeyDown={(e) => this._onGroupKey(e)}
                  >
                    {opts.map((v, i) => (
                      <button
                        type="button"
                        part="option"
                        role="radio"
                        aria-checked="false"
                        data-value={v}
                        tabIndex={i == active ? 0 : -1}
                        aria-label={icons ? labels![i] : undefined}
                        title={icons ? labels![i] : undefined}
                        onClick={() => this._answer(v)}
                        onFocus={() => this.setState({ _active: i })}
                      >
                        {icons ? <Icon scale={tp.scale} i={tp.scale == 'thumbs' ? v : i} /> : (labels?.[i] ?? v)}
                      </button>
                    ))}
                  </div>
                  {!labels && (
                    <div part="labels" class="ends" id="e">
                      <span>{text.npsLow}</span>
                      <span>{text.npsHigh}</span>
                    </div>
                  )}
                </>
              ) : step === 'm' ? (
                <form class="m" aria-labelledby="q" noValidate onSubmit={(e) => this._contact(e)}>
                  <label part="label" class="l" for="m">
                    {text.contactLabel}
                  </label>
                  <input
                    part="email"
                    id="m"
                    type="email"
                    autocomplete="email"
                    aria-invalid={bad ? 'true' : undefined}
                    aria-describedby={bad ? 'me' : undefined}
                    value={email}
                    onInput={(e) => this.setState({ _email: (e.currentTarget as HTMLInputElement).value, _said: '' })}
                  />
                  {bad && (
                    <p part="error" class="er" id="me">
                      {text.contactInvalid}
                    </p>
                  )}
                  <div class="a">
                    <button type="submit" part="submit" class="s">
                      {text.submit}
                    </button>
                    <button type="button" part="skip" onClick={() => this._go(tp.thanks !== false && 't')}>
                      {text.contactSkip}
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  {fu!.reasons?.length ? (
                    <div part="reasons" class="c" role="group" aria-labelledby="q">
                      {fu!.reasons.map((r) => (
                        <button
                          type="button"
                          part="reason"
                          aria-pressed={picked.includes(r) ? 'true' : 'false'}
                          onClick={() => this.setState({ _picked: picked.includes(r) ? picked.filter((x) => x != r) : [...picked, r] })}
                        >
                          {r}
                        </button>
                      ))}
                    </div>
                  ) : null}
                  {fu!.comment && (
                    <>
                      <textarea
                        part="comment"
                        aria-labelledby="q"
                        aria-describedby="n"
                        maxLength={max}
                        placeholder={typeof fu!.comment == 'string' ? fu!.comment : text.placeholder}
                        value={comment}
                        onInput={(e) => this.setState({ _comment: (e.currentTarget as HTMLTextAreaElement).value })}
                      />
                      <div part="counter" class="n" id="n">
                        {text.remaining.replace('{n}', String(max - comment.length))}
                      </div>
                    </>
                  )}
                  <button type="button" part="submit" class="s" onClick={() => this._submit()}>
                    {text.submit}
                  </button>
                </>
              )}
            </>
          )}
        </div>
        <button type="button" part="dismiss" class="x" aria-label={text.dismiss} onClick={() => this._leave(step !== 't')}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </section>
    );
  }
}
