import { describe, expect, it, vi, afterEach } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { show } from './show';
import type { Scale } from '../../src/core/types';

afterEach(() => vi.useRealTimers());

const options = async (ui: ReturnType<typeof show>['ui']) => {
  const group = await ui.findByRole('radiogroup', { name: 'How was checkout?' });
  return [...group.querySelectorAll<HTMLButtonElement>('[part=option]')];
};

describe('Prompt scales', () => {
  const cases: Array<[Scale, number[], string[]]> = [
    ['thumbs', [0, 1], ['Thumbs down', 'Thumbs up']],
    ['emoji5', [1, 2, 3, 4, 5], ['Very bad', 'Bad', 'Okay', 'Good', 'Very good']],
    ['stars5', [1, 2, 3, 4, 5], ['1 star', '2 stars', '3 stars', '4 stars', '5 stars']],
    ['csat', [1, 2, 3, 4, 5], ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied']],
    ['nps', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
  ];
  it.each(cases)('%s offers its values, each with a name', async (scale, vals, names) => {
    const { ui } = show({ scale });
    const opts = await options(ui);
    expect(opts.map((o) => Number(o.dataset.value))).toEqual(vals);
    for (const [i, name] of names.entries()) expect(ui.getByRole('radio', { name })).toBe(opts[i]);
  });

  it('csat labels are visible text, icon scales name options by aria-label', async () => {
    const a = show({ scale: 'csat' });
    expect((await options(a.ui))[0].textContent).toBe('Very dissatisfied');
    a.unmount();
    const b = show({ scale: 'emoji5' });
    const first = (await options(b.ui))[0];
    expect(first.getAttribute('aria-label')).toBe('Very bad');
    expect(first.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('nps shows its end labels and describes the group with them', async () => {
    const { ui } = show({ scale: 'nps' });
    const group = await ui.findByRole('radiogroup');
    const ends = ui.getByText('Not at all likely').parentElement!;
    expect(ends.getAttribute('part')).toBe('labels');
    expect(ends.textContent).toContain('Extremely likely');
    expect(group.getAttribute('aria-describedby')).toBe(ends.id);
  });

  it('every option carries the option part and a data-value', async () => {
    const { shadow, ui } = show({ scale: 'stars5' });
    await options(ui);
    expect(shadow.querySelector('[part=prompt]')).not.toBeNull();
    expect(shadow.querySelector('[part=question]')?.textContent).toBe('How was checkout?');
    expect(shadow.querySelectorAll('[part=option][data-value]')).toHaveLength(5);
    expect(shadow.querySelector('[part=dismiss]')).not.toBeNull();
  });
});

describe('Prompt flow', () => {
  const checkout = {
    followUp: [
      { min: 1, max: 2, question: 'What went wrong?', reasons: ['Payment failed', 'Too expensive', 'Confusing'], comment: true },
      { min: 5, max: 5, comment: 'What did you like?' },
    ],
  };

  it('without a follow-up an answer goes straight to thanks', async () => {
    const { ui, on } = show({ scale: 'thumbs' });
    fireEvent.click((await options(ui))[1]);
    expect(on.onAnswer).toHaveBeenCalledWith(1);
    expect(await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' })).toHaveProperty('tagName', 'P');
    expect(on.onComment).not.toHaveBeenCalled();
  });

  it('a low rating asks the matching follow-up; reasons are sent with the same value', async () => {
    const { ui, on, shadow } = show(checkout);
    fireEvent.click((await options(ui))[1]); // value 2
    expect(on.onAnswer).toHaveBeenCalledWith(2);
    expect((await ui.findByText('What went wrong?', { selector: '[part=question]' })).id).toBe('q');
    const chip = ui.getByRole('button', { name: 'Too expensive' });
    fireEvent.click(chip);
    fireEvent.click(ui.getByRole('button', { name: 'Confusing' }));
    fireEvent.click(ui.getByRole('button', { name: 'Confusing' })); // toggled off again
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(shadow.querySelectorAll('[part=reason]')).toHaveLength(3);
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(on.onAnswer).toHaveBeenLastCalledWith(2, ['Too expensive']);
    expect(on.onAnswer).toHaveBeenCalledTimes(2);
    expect(on.onComment).not.toHaveBeenCalled(); // the comment field was left empty
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
  });

  it('a comment is trimmed, capped and sent once; its counter counts down', async () => {
    const { ui, on } = show({ ...checkout, maxLength: 20 });
    fireEvent.click((await options(ui))[4]); // value 5
    const box = await ui.findByRole('textbox', { name: 'Anything else you would like to tell us?' });
    expect(box.getAttribute('placeholder')).toBe('What did you like?');
    expect(box.getAttribute('maxlength')).toBe('20');
    expect(ui.getByText('20 characters left').getAttribute('part')).toBe('counter');
    fireEvent.input(box, { target: { value: '  Fast and easy  ' } });
    expect(await ui.findByText('3 characters left')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(on.onComment).toHaveBeenCalledExactlyOnceWith('Fast and easy');
    expect(on.onAnswer).toHaveBeenCalledExactlyOnceWith(5); // no reasons picked, no second answer
  });

  it('a blank comment is never sent', async () => {
    const { ui, on } = show(checkout);
    fireEvent.click((await options(ui))[4]);
    fireEvent.input(await ui.findByRole('textbox'), { target: { value: '   \n ' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
    expect(on.onComment).not.toHaveBeenCalled();
  });

  it('ratings outside every range skip the follow-up', async () => {
    const { ui, shadow } = show(checkout);
    fireEvent.click((await options(ui))[2]); // value 3
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
    expect(shadow.querySelector('textarea')).toBeNull();
  });

  it('thanks shows its own text and a safe link, then closes after closeAfterMs', async () => {
    const { ui, on, shadow } = show({ scale: 'thumbs', thanks: { text: 'Cheers!', link: { href: '/help', text: 'Help centre' }, closeAfterMs: 1000 } });
    const opts = await options(ui);
    vi.useFakeTimers();
    fireEvent.click(opts[0]);
    expect(shadow.querySelector('[part=thanks]')?.firstChild?.textContent).toBe('Cheers!');
    expect(ui.getByRole('link', { name: 'Help centre' }).getAttribute('href')).toBe('/help');
    expect(shadow.querySelector('[part=link]')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(999);
    expect(on.onClose).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(on.onClose).toHaveBeenCalledOnce();
    expect(on.onDismiss).not.toHaveBeenCalled();
  });

  it('drops a javascript: link', async () => {
    const { ui } = show({ scale: 'thumbs', thanks: { link: { href: 'javascript:alert(1)', text: 'Click' } } });
    fireEvent.click((await options(ui))[0]);
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
    expect(ui.queryByRole('link')).toBeNull();
  });

  it('closeAfterMs 0 keeps the thanks open; inline thanks stay by default', async () => {
    for (const [tp, placement] of [[{ thanks: { closeAfterMs: 0 } }, 'bottom-right'], [{}, 'inline']] as const) {
      const { ui, on, unmount } = show({ scale: 'thumbs', ...tp }, { placement });
      const opts = await options(ui);
      vi.useFakeTimers();
      fireEvent.click(opts[1]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(on.onClose).not.toHaveBeenCalled();
      vi.useRealTimers();
      unmount();
    }
  });

  it('thanks: false closes right after the answer', async () => {
    const { ui, on } = show({ scale: 'thumbs', thanks: false });
    fireEvent.click((await options(ui))[1]);
    await waitFor(() => expect(on.onClose).toHaveBeenCalledOnce());
    expect(on.onDismiss).not.toHaveBeenCalled();
  });

  it('the dismiss button and Escape dismiss, then close', async () => {
    const a = show();
    await options(a.ui);
    fireEvent.click(a.ui.getByRole('button', { name: 'Close' }));
    expect(a.on.onDismiss).toHaveBeenCalledOnce();
    await waitFor(() => expect(a.on.onClose).toHaveBeenCalledOnce());
    a.unmount();

    const b = show();
    const opts = await options(b.ui);
    fireEvent.keyDown(opts[0], { key: 'Escape' });
    fireEvent.keyDown(opts[0], { key: 'Escape' });
    expect(b.on.onDismiss).toHaveBeenCalledOnce();
    await waitFor(() => expect(b.on.onClose).toHaveBeenCalledOnce());
    expect(b.on.onAnswer).not.toHaveBeenCalled();
  });

  it('closing the thanks step is not a dismissal', async () => {
    const { ui, on } = show({ scale: 'thumbs' });
    fireEvent.click((await options(ui))[1]);
    fireEvent.click(await ui.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(on.onClose).toHaveBeenCalledOnce());
    expect(on.onDismiss).not.toHaveBeenCalled();
  });
});

describe('Prompt keyboard and announcements', () => {
  it('the option group is one tab stop; arrows, Home and End move it', async () => {
    const { ui, shadow } = show();
    const opts = await options(ui);
    expect(opts.map((o) => o.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    opts[0].focus();
    fireEvent.keyDown(opts[0], { key: 'ArrowRight' });
    expect(shadow.activeElement).toBe(opts[1]);
    await waitFor(() => expect(opts[1].tabIndex).toBe(0));
    expect(opts[0].tabIndex).toBe(-1);
    fireEvent.keyDown(opts[1], { key: 'ArrowLeft' });
    fireEvent.keyDown(opts[0], { key: 'ArrowLeft' }); // wraps
    expect(shadow.activeElement).toBe(opts[4]);
    fireEvent.keyDown(opts[4], { key: 'Home' });
    expect(shadow.activeElement).toBe(opts[0]);
    fireEvent.keyDown(opts[0], { key: 'End' });
    expect(shadow.activeElement).toBe(opts[4]);
  });

  it('in RTL the horizontal arrows follow the mirrored layout', async () => {
    const { ui, shadow } = show({}, { locale: 'ar', text: undefined });
    const group = await ui.findByRole('radiogroup');
    const opts = [...group.querySelectorAll<HTMLElement>('[part=option]')];
    opts[0].focus();
    fireEvent.keyDown(opts[0], { key: 'ArrowLeft' });
    expect(shadow.activeElement).toBe(opts[1]);
    fireEvent.keyDown(opts[1], { key: 'ArrowDown' });
    expect(shadow.activeElement).toBe(opts[2]);
  });

  it('does not take focus on appearing, and keeps it in the prompt when moving on', async () => {
    const page = document.body.appendChild(document.createElement('button'));
    page.focus();
    const { ui, on, shadow } = show({ followUp: [{ min: 1, max: 5, reasons: ['Slow'] }] });
    const opts = await options(ui);
    await waitFor(() => expect(on.onShown).toHaveBeenCalledOnce());
    expect(document.activeElement).toBe(page);
    opts[2].focus();
    fireEvent.click(opts[2]);
    await waitFor(() => expect(shadow.activeElement).toBe(ui.getByRole('button', { name: 'Slow' })));
  });

  it('announces each step politely through a status line', async () => {
    const { ui } = show({ scale: 'thumbs' });
    const status = await ui.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Feedback: How was checkout?'));
    fireEvent.click((await options(ui))[1]);
    await waitFor(() => expect(status.textContent).toBe('Thank you for your feedback!'));
    expect(ui.getByRole('region', { name: 'Feedback' })).toBeTruthy();
  });

  it('announces a follow-up step by its question', async () => {
    const { ui } = show({ followUp: [{ min: 1, max: 5, question: 'What was slow?', reasons: ['Slow'] }] });
    const status = await ui.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Feedback: How was checkout?'));
    fireEvent.click((await options(ui))[0]);
    await waitFor(() => expect(ui.getByRole('button', { name: 'Slow' })).toBeTruthy());
    expect(status.textContent).toBe('What was slow?');
  });
});

describe('Prompt contact step', () => {
  const misery = {
    followUp: [{ min: 1, max: 2, question: 'What went wrong?', comment: true }],
    contact: { min: 1, max: 2 },
  };
  const field = (ui: ReturnType<typeof show>['ui']) => ui.findByRole('textbox', { name: 'Your e-mail address' }) as Promise<HTMLInputElement>;

  it('follows the follow-up, only for the ratings the touchpoint names, with an empty e-mail field', async () => {
    const { ui, on } = show(misery);
    fireEvent.click((await options(ui))[0]); // value 1
    fireEvent.input(await ui.findByRole('textbox'), { target: { value: 'Card refused' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(on.onComment).toHaveBeenCalledExactlyOnceWith('Card refused');
    expect(await ui.findByText('May we contact you about this?', { selector: '[part=question]' })).toBeTruthy();
    const input = await field(ui);
    expect(input.value).toBe(''); // never pre-filled
    expect(input.getAttribute('type')).toBe('email');
    expect(input.getAttribute('autocomplete')).toBe('email');
    expect(ui.getByRole('form', { name: 'May we contact you about this?' })).toBeTruthy();
    expect(on.onContact).not.toHaveBeenCalled();

    for (const value of [3, 4, 5]) {
      const other = show(misery);
      fireEvent.click((await options(other.ui))[value - 1]);
      await other.ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
      expect(other.shadow.querySelector('input')).toBeNull();
      other.unmount();
    }
  });

  it('comes straight after the rating when no follow-up applies, and uses its own question', async () => {
    const { ui } = show({ scale: 'thumbs', contact: { min: 0, max: 0, question: 'Can we call you back by e-mail?' } });
    fireEvent.click((await options(ui))[0]);
    expect(await ui.findByText('Can we call you back by e-mail?', { selector: '[part=question]' })).toBeTruthy();
    expect((await field(ui)).value).toBe('');
  });

  it('sends a valid address trimmed, once, then thanks', async () => {
    const { ui, on } = show(misery);
    fireEvent.click((await options(ui))[1]);
    fireEvent.click(await ui.findByRole('button', { name: 'Send' })); // the follow-up, left empty
    fireEvent.input(await field(ui), { target: { value: '  ana@example.com ' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(on.onContact).toHaveBeenCalledExactlyOnceWith('ana@example.com');
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
  });

  it('announces an invalid address, ties the error to the field, and sends nothing', async () => {
    const { ui, on, shadow } = show({ contact: { min: 1, max: 5 } });
    fireEvent.click((await options(ui))[0]);
    const input = await field(ui);
    const status = ui.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('May we contact you about this?'));
    for (const bad of ['ana', 'ana@example', '', 'a b@example.com', `${'a'.repeat(250)}@example.com`]) {
      fireEvent.input(input, { target: { value: bad } });
      fireEvent.submit(input.form!);
      const error = 'Please enter a valid e-mail address, like name@example.com.';
      await waitFor(() => expect(status.textContent).toBe(error));
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(shadow.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(error);
      expect(shadow.activeElement).toBe(input);
    }
    expect(on.onContact).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'ana@example.com' } });
    fireEvent.submit(input.form!);
    expect(on.onContact).toHaveBeenCalledExactlyOnceWith('ana@example.com');
  });

  it('"No, thanks" goes on to thanks without sending anything', async () => {
    const { ui, on } = show({ contact: { min: 1, max: 5 } });
    fireEvent.click((await options(ui))[0]);
    fireEvent.input(await field(ui), { target: { value: 'ana@example.com' } });
    fireEvent.click(ui.getByRole('button', { name: 'No, thanks' }));
    await ui.findByText('Thank you for your feedback!', { selector: '[part=thanks]' });
    expect(on.onContact).not.toHaveBeenCalled();
    expect(on.onDismiss).not.toHaveBeenCalled();
  });

  it('keeps focus in the prompt: the field takes it when the step comes', async () => {
    const { ui, shadow } = show({ contact: { min: 1, max: 5 } });
    const opts = await options(ui);
    opts[0].focus();
    fireEvent.click(opts[0]);
    const input = await field(ui);
    await waitFor(() => expect(shadow.activeElement).toBe(input));
  });
});
