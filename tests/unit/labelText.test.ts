import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctWordCounts, labelMetrics, type LabelForm } from '../../src/model/labelText.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

/** Every character 7 px wide, the space and the ellipsis too, so widths are easy to read. */
const measure = (text: string) => text.length * 7;

const formsOf = (title: string, keepWords: number) =>
  labelMetrics(title, keepWords, measure).forms.map((form) => ({
    kind: form.kind,
    text: form.lines.join(' / '),
    distinct: form.distinct,
  }));

/** What a form reads as, without the ellipsis of a shortened one. */
const readsAs = (form: LabelForm) => form.lines.join(' ').replace(/…$/, '');

describe('the forms of a label', () => {
  /** A form as plain data, to compare (its lines are made when first read). */
  const plain = ({ kind, lines, width, distinct }: LabelForm) => ({ kind, lines, width, distinct });

  it('is the whole title alone for one word', () => {
    expect(labelMetrics('Normalisation', 1, measure).forms.map(plain)).toEqual([
      { kind: 'whole', lines: ['Normalisation'], width: 91, distinct: true },
    ]);
  });

  it('wraps a title where its longer line is shortest, as a reader would', () => {
    const [whole, wrapped] = labelMetrics('Bill Clinton lifts the trade embargo', 6, measure).forms;
    expect(plain(whole as LabelForm)).toEqual({
      kind: 'whole',
      lines: ['Bill Clinton lifts the trade embargo'],
      width: 252,
      distinct: true,
    });
    // 18 and 17 characters: any other split makes one line longer. The width is summed from the
    // words, with 2 px to spare for kerning the sum does not see.
    expect(plain(wrapped as LabelForm)).toEqual({
      kind: 'wrapped',
      lines: ['Bill Clinton lifts', 'the trade embargo'],
      width: 126 + 2,
      distinct: true,
    });
    expect(wrapped?.rows).toBe(2);
  });

  it('shortens word by word, with an ellipsis, down to one word', () => {
    expect(formsOf('US lifts trade embargo', 1)).toEqual([
      { kind: 'whole', text: 'US lifts trade embargo', distinct: true },
      { kind: 'wrapped', text: 'US lifts / trade embargo', distinct: true },
      { kind: 'short', text: 'US lifts trade…', distinct: true },
      { kind: 'short', text: 'US lifts…', distinct: true },
      { kind: 'short', text: 'US…', distinct: true },
    ]);
  });

  it('measures a shortened form as its words and the ellipsis, a pixel to spare', () => {
    const forms = labelMetrics('US lifts trade embargo', 1, measure).forms;
    expect(forms.filter((form) => form.kind === 'short').map((form) => form.width)).toEqual([
      measure('US lifts trade…') + 1,
      measure('US lifts…') + 1,
      measure('US…') + 1,
    ]);
  });

  it('keeps the forms with too few words to tell the title apart last, marked not distinct', () => {
    const forms = formsOf('Two-way trade passes US$90 billion in 2023', 5);
    expect(forms.map((form) => [form.text, form.distinct])).toEqual([
      ['Two-way trade passes US$90 billion in 2023', true],
      ['Two-way trade passes / US$90 billion in 2023', true],
      ['Two-way trade passes US$90 billion in…', true],
      ['Two-way trade passes US$90 billion…', true],
      ['Two-way trade passes US$90…', false],
      ['Two-way trade passes…', false],
      ['Two-way trade…', false],
      ['Two-way…', false],
    ]);
  });

  it('drops trailing punctuation and never ends a shortened label on a dash', () => {
    expect(formsOf('Hanoi, Washington sign accord', 1).map((form) => form.text)).toContain(
      'Hanoi…',
    );
    const dashed = formsOf('Vietnam - US Committee established', 1).map((form) => form.text);
    expect(dashed.filter((text) => text.endsWith('…'))).toEqual([
      'Vietnam - US Committee…',
      'Vietnam - US…',
      'Vietnam…',
    ]);
  });

  it('is made only of whole words of the title, so the label is part of the accessible name', () => {
    const title = 'Pham Minh Chinh visits the US for the ASEAN - US Special Summit';
    for (const form of labelMetrics(title, 3, measure).forms) {
      const text = readsAs(form);
      if (form.kind === 'short') expect(title.startsWith(`${text} `)).toBe(true);
      else expect(text).toBe(title);
    }
  });
});

describe('how many words tell titles apart', () => {
  it('needs the words titles share and one more: "Two-way trade passes US$90…"', () => {
    const counts = distinctWordCounts([
      'Two-way trade passes US$90 billion',
      'Two-way trade passes US$100 billion',
      'Two-way trade passes US$52 billion by May 2022',
      'Two-way trade reaches US$1.09 billion',
      'Bill Clinton lifts the trade embargo',
    ]);
    // They share "Two-way trade passes": the fourth word tells them apart.
    expect(counts.get('Two-way trade passes US$90 billion')).toBe(4);
    expect(counts.get('Two-way trade passes US$100 billion')).toBe(4);
    expect(counts.get('Two-way trade passes US$52 billion by May 2022')).toBe(4);
    expect(counts.get('Two-way trade reaches US$1.09 billion')).toBe(3);
    expect(counts.get('Bill Clinton lifts the trade embargo')).toBe(1);
  });

  it('needs every word where titles differ only in the last', () => {
    const counts = distinctWordCounts(['Embargo lifted', 'Embargo imposed']);
    expect(counts.get('Embargo lifted')).toBe(2);
    expect(formsOf('Embargo lifted', 2)).toEqual([
      { kind: 'whole', text: 'Embargo lifted', distinct: true },
      { kind: 'wrapped', text: 'Embargo / lifted', distinct: true },
      { kind: 'short', text: 'Embargo…', distinct: false },
    ]);
  });

  it('needs every word of a title that begins another', () => {
    const counts = distinctWordCounts(['Trade pact', 'Trade pact signed', 'Trade pact']);
    expect(counts).toEqual(
      new Map([
        ['Trade pact', 2],
        ['Trade pact signed', 3],
      ]),
    );
  });

  it('compares words as a shortened label shows them, without trailing punctuation', () => {
    const counts = distinctWordCounts([
      'Hanoi, Washington sign accord',
      'Hanoi visit by envoy',
      'Hanoi Washington talks',
    ]);
    // "Hanoi…" would read the same for all three, and "Hanoi, Washington…" like the third's.
    expect(counts.get('Hanoi visit by envoy')).toBe(2);
    expect(counts.get('Hanoi, Washington sign accord')).toBe(3);
    expect(counts.get('Hanoi Washington talks')).toBe(3);
  });
});

describe('shortened labels never read like another event', () => {
  const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;
  const tricky = [
    'Two-way trade passes US$90 billion',
    'Two-way trade passes US$100 billion',
    'Hanoi, Washington sign accord',
    'Hanoi visit by envoy',
    'Hanoi Washington talks',
    'Paris – talks begin',
    'Paris accords signed',
    'Paris',
    'Trade pact',
    'Trade pact signed',
  ];

  for (const [name, titles] of [
    ['tricky titles', tricky],
    ['the real titles', data.events.map((event) => event.title)],
  ] as const) {
    it(`for ${name}: a distinct shortened form is no other title's beginning`, () => {
      const counts = distinctWordCounts(titles);
      const unique = [...new Set(titles)];
      // What every title's first words read as, cut anywhere, trailing punctuation dropped.
      const beginnings = new Map<string, string[]>();
      for (const title of unique) {
        const words = title.split(/\s+/);
        for (let count = 1; count <= words.length; count++) {
          const text = words
            .slice(0, count)
            .join(' ')
            .replace(/[\s,;:–-]+$/, '');
          beginnings.set(text, [...(beginnings.get(text) ?? []), title]);
        }
      }
      const clashes: string[] = [];
      let distinctShort = 0;
      for (const title of unique) {
        for (const form of labelMetrics(title, counts.get(title) ?? 1, measure).forms) {
          if (form.kind !== 'short' || !form.distinct) continue;
          distinctShort += 1;
          const others = (beginnings.get(readsAs(form)) ?? []).filter((other) => other !== title);
          if (others.length > 0) clashes.push(`${form.lines[0]} reads like ${others.join(', ')}`);
        }
      }
      expect(clashes).toEqual([]);
      expect(distinctShort).toBeGreaterThan(5);
    });
  }
});
