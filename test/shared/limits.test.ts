// The limits both sides use live in src/shared/; the published schema must state the same numbers, and the byte
// count and the cut must treat multibyte text the way the collector (Node) and JSON Schema do.
import { describe, expect, it } from 'vitest';
import schema from '../../src/core/moment.schema.json';
import batchSchema from '../../src/core/event.schema.json';
import { MAX_BATCH, MAX_COMMENT, MAX_CONTEXT_BYTES, MAX_DROPPED, MAX_PATH, MAX_REASON, MAX_REASONS, MAX_TITLE, MAX_TOUCHPOINT } from '../../src/shared/limits';
import { utf8Length } from '../../src/shared/utf8Length';
import { truncate } from '../../src/shared/truncate';
import { SCALES } from '../../src/shared/scales';

describe('src/shared/limits.ts', () => {
  it('states the numbers of moment.schema.json and event.schema.json', () => {
    const p = schema.properties;
    expect(p.page.properties.title.maxLength).toBe(MAX_TITLE);
    expect(p.page.properties.path.maxLength).toBe(MAX_PATH);
    expect(p.touchpoint.maxLength).toBe(MAX_TOUCHPOINT);
    expect(p.comment.maxLength).toBe(MAX_COMMENT);
    expect(p.reasons.items.maxLength).toBe(MAX_REASON);
    expect(p.reasons.maxItems).toBe(MAX_REASONS);
    expect(batchSchema.properties.events.maxItems).toBe(MAX_BATCH);
    expect(p.dropped.maximum).toBe(MAX_DROPPED);
    expect(p.context.description).toContain(`${MAX_CONTEXT_BYTES} UTF-8 bytes`);
    expect(p.rating.properties.scale.enum).toEqual([...SCALES]);
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes as Node does, lone surrogates as U+FFFD', () => {
    const texts = ['', 'abc', 'é', 'お', '🙂', 'a\ud800b', '\udc00', 'お'.repeat(1000), JSON.stringify({ note: 'お'.repeat(1000) })];
    for (const text of texts) expect(utf8Length(text), JSON.stringify(text).slice(0, 20)).toBe(Buffer.byteLength(text));
    expect(utf8Length('お')).toBe(3);
    expect(utf8Length('🙂')).toBe(4);
    // The context of issue #18: 1,011 UTF-16 units, 3,011 bytes.
    const context = JSON.stringify({ note: 'お'.repeat(1000) });
    expect([context.length, utf8Length(context)]).toEqual([1011, 3011]);
  });
});

describe('truncate', () => {
  it('keeps a text within the limit as it is', () => {
    expect(truncate('Checkout', 512)).toBe('Checkout');
    expect(truncate('🙂🙂', 2)).toBe('🙂🙂'); // 4 UTF-16 units, 2 code points
  });

  it('cuts to max code points, never inside a surrogate pair', () => {
    expect(truncate('abcdef', 3)).toBe('abc');
    expect(truncate('🙂🙂🙂', 2)).toBe('🙂🙂');
    expect(truncate('a🙂b', 2)).toBe('a🙂');
    const title = 'お'.repeat(300) + '🙂'.repeat(300);
    const cut = truncate(title, MAX_TITLE);
    expect([...cut]).toHaveLength(MAX_TITLE);
    expect(cut).toBe('お'.repeat(300) + '🙂'.repeat(212));
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone half
  });
});
