/** Reading TimelineJS files: our own fixtures for deep time, missing dates and hostile HTML. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../../../src/model/contrast.ts';
import {
  fromTimelineJs,
  slugify,
  THEME_PALETTE,
  type TimelineJsImportOptions,
} from '../../../src/model/interop/timelineJsImport.ts';
import { eventSpan } from '../../../src/model/eventTime.ts';
import { TimelineDataSchema, type TimelineData } from '../../../src/model/timelineSchema.ts';
import { IMPORTED_ON, readFixture, sanitize } from './support.ts';
import { enImportWords as words } from '../../../src/views/importWords.ts';
import { viImportWords } from '../../../src/views/importWords.vi.ts';

const OPTIONS: TimelineJsImportOptions = { sanitize, words, importedOn: IMPORTED_ON };

function load(json: unknown, options: Partial<TimelineJsImportOptions> = {}) {
  const result = fromTimelineJs(json, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(`${result.message}\n${result.detail.join('\n')}`);
  expect(() => v.parse(TimelineDataSchema, result.data)).not.toThrow();
  return result;
}

function byTitle(data: TimelineData, title: string) {
  const event = data.events.find((item) => item.title === title);
  if (!event) throw new Error(`no event "${title}"`);
  return event;
}

describe('the theme palette', () => {
  it('has 12 pairs that each reach WCAG AA on their page background', () => {
    expect(THEME_PALETTE).toHaveLength(12);
    for (const colour of THEME_PALETTE) {
      expect(contrastRatio(colour.light, PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
      expect(contrastRatio(colour.dark, PAGE_BACKGROUND.dark)).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
    }
    expect(new Set(THEME_PALETTE.map((colour) => colour.light)).size).toBe(12);
  });
});

describe('deep time and BCE dates', () => {
  const { data, notes } = load(readFixture('deep-time.json'));

  it('keeps every event, in date order, BCE years as negative years', () => {
    expect(data.events.map((event) => [event.title, event.date.start, event.date.end])).toEqual([
      ['The Big Bang', '-13800000000', undefined],
      ['The Sun ignites', '-4600000000', undefined],
      ['Homo sapiens appear', '-300000', '-250000'],
      ['Rome founded (by legend)', '-0753-04-21', undefined],
      ['The Roman Republic', '-0509', '-0027'],
      ['Around 500 BCE', '-0500', undefined],
      ['Caesar is assassinated', '-0044-03-15', undefined],
      ['Apollo 11 lands on the Moon', '1969-07-20', undefined],
    ]);
    expect(byTitle(data, 'Caesar is assassinated').date.precision).toBe('day');
    expect(byTitle(data, 'The Roman Republic').date.precision).toBe('year');
  });

  it('gives dates the time axis can place, ever later', () => {
    const anchors = data.events.map((event) => eventSpan(event.date).anchorMs);
    for (const anchor of anchors) expect(Number.isFinite(anchor)).toBe(true);
    expect([...anchors].sort((a, b) => a - b)).toEqual(anchors);
  });

  it('keeps an original display date that differs from ours as the date note', () => {
    expect(byTitle(data, 'Caesar is assassinated').date).toMatchObject({
      basis: 'stated',
      note: 'Shown in the original as: The Ides of March, 44 BCE',
    });
    expect(notes.join('\n')).toContain('Shown in the original as');
  });

  it('uses unique_id for ids and event-n otherwise', () => {
    expect(data.events.map((event) => event.id)).toEqual([
      'big-bang',
      'event-2',
      'event-3',
      'rome-founded',
      'event-5',
      'event-6',
      'ides-of-march',
      'event-8',
    ]);
  });

  it('makes one theme per group, in order of first use', () => {
    expect(data.themes.map((theme) => [theme.id, theme.label])).toEqual([
      ['cosmos', 'Cosmos'],
      ['life', 'Life'],
      ['rome', 'Rome'],
      ['space', 'Space'],
    ]);
    expect(data.themes.map((theme) => theme.colour)).toEqual(THEME_PALETTE.slice(0, 4));
  });

  it('keeps eras in deep time and BCE, tied to their events', () => {
    expect(data.eras).toEqual([
      {
        id: 'before-the-sun',
        label: 'Before the Sun',
        description: '',
        startEvent: 'big-bang',
        endEvent: 'event-2',
        start: '-13800000000',
        end: '-4600000000',
      },
      {
        id: 'republic',
        label: 'Republic',
        description: '',
        startEvent: 'event-5',
        endEvent: 'ides-of-march',
        start: '-0509',
        end: '-0027',
      },
    ]);
  });

  it('makes a synthetic source document of the events', () => {
    expect(data.title).toBe('From the Big Bang to the Roman Republic');
    expect(data.documents).toEqual([
      expect.objectContaining({
        id: 'timelinejs',
        title: 'From the Big Bang to the Roman Republic',
        titleBasis: 'stated',
        kind: 'TimelineJS timeline',
        url: null,
        textPath: '',
        written: expect.objectContaining({ start: IMPORTED_ON, basis: 'inferred' }),
      }),
    ]);
    expect(byTitle(data, 'The Big Bang').sources).toEqual([
      { document: 'timelinejs', quote: 'The universe begins.', start: 0, end: 20 },
    ]);
    // An event with no text is quoted by its headline.
    expect(byTitle(data, 'The Sun ignites').sources[0]!.quote).toBe('The Sun ignites');
  });
});

describe('events without dates, and dates that are not calendar dates', () => {
  const { data, notes } = load(readFixture('missing-dates.json'));

  it('skips events without a start date or year, and says which', () => {
    expect(notes).toContain(
      "Skipped 3 events without a start date: 'No start date', 'No year', 'Empty year'",
    );
    expect(notes).toContain(
      'Skipped 1 event whose start year is not a whole number: \'Words for a year ("about 1900")\'',
    );
    expect(data.events).toHaveLength(7);
  });

  it('drops parts that are not real calendar values, and says so', () => {
    expect(byTitle(data, 'Month 13').date).toMatchObject({ start: '2000', precision: 'year' });
    expect(byTitle(data, 'February 30').date).toMatchObject({
      start: '2001-02',
      precision: 'month',
    });
    const note = notes.find((item) => item.startsWith('Ignored date parts'));
    expect(note).toContain('Month 13 (month "13")');
    expect(note).toContain('February 30 (day 30 of February)');
  });

  it('drops an end before the start, and times of day', () => {
    expect(byTitle(data, 'Ends before it starts').date.end).toBeUndefined();
    expect(notes).toContain(
      "Dropped the end date of 1 event that ended before it began: 'Ends before it starts'",
    );
    expect(byTitle(data, 'With a time of day').date).toMatchObject({
      start: '2012-01-05',
      precision: 'day',
    });
    expect(notes).toContain(
      'Dropped the time of day from 1 event: this timeline shows dates to the day.',
    );
  });

  it('titles an event without a headline from its text', () => {
    const event = data.events.find((item) => item.date.start === '2013')!;
    expect(event.title).toBe('An event without a headline but with some text to title it by.');
  });

  it('makes clashing unique_ids unique, and ungrouped events share the theme "Events"', () => {
    expect(byTitle(data, 'Normalisation').id).toBe('normalisation');
    expect(byTitle(data, 'Same unique_id as the first').id).toBe('normalisation-2');
    expect(data.themes.map((theme) => [theme.id, theme.label])).toEqual([['events', 'Events']]);
    for (const event of data.events) expect(event.themes).toEqual(['events']);
  });

  it('writes what it makes up in the page’s language: untitled events and eras, themes, notes', () => {
    const file = {
      events: [
        { start_date: { year: '1995', display_date: 'Mùa hè 1995' } },
        { start_date: { year: '2000' }, media: { url: 'https://example.org/a.jpg' } },
      ],
      eras: [{ start_date: { year: '1990' }, end_date: { year: '2001' } }],
    };
    const english = load(file).data;
    const vietnamese = load(file, { words: viImportWords }).data;
    expect(english.events.map((event) => event.title)).toEqual([
      'Untitled event 1',
      'Untitled event 2',
    ]);
    expect(vietnamese.events.map((event) => event.title)).toEqual([
      'Sự kiện chưa có tiêu đề 1',
      'Sự kiện chưa có tiêu đề 2',
    ]);
    expect(vietnamese.eras.map((era) => era.label)).toEqual(['Giai đoạn 1']);
    expect(vietnamese.themes.map((theme) => theme.label)).toEqual(['Sự kiện']);
    expect(vietnamese.events[0]!.date.note).toBe('Cách ghi trong bản gốc: Mùa hè 1995');
    expect(vietnamese.events[1]!.note).toBe('Đa phương tiện: https://example.org/a.jpg');
    expect(JSON.stringify(vietnamese)).not.toMatch(/Untitled|Era 1|Shown in|Media:|"Events"/);
  });

  it('refuses a file in which no event has a start date', () => {
    const result = fromTimelineJs({ events: [{ text: { headline: 'Undated' } }] }, OPTIONS);
    expect(result).toMatchObject({ ok: false, detail: ['skipped: Undated'] });
  });
});

describe('hostile HTML', () => {
  const result = load(readFixture('hostile.json'));
  const json = JSON.stringify(result).toLowerCase();

  it.each([
    '<script',
    'onerror',
    'onload',
    'onclick',
    'onmouseover',
    'onfocus',
    'javascript:',
    'vbscript:',
    'data:text',
    'alert(',
    '<svg',
    '<iframe',
    '<img',
    'style=',
    '<style',
  ])('leaves no %s anywhere in the output', (bad) => {
    expect(json).not.toContain(bad);
  });

  it('keeps the harmless text, and safe links as addresses', () => {
    const { data } = result;
    expect(data.title).toBe('Hostile timeline');
    expect(data.events.map((event) => event.title)).toEqual([
      'Bold headline',
      'Svg event',
      'Embed in media',
      'vbscript and data media',
      'Hostile extension',
    ]);
    expect(data.events[0]!.summary).toBe(
      'Before after. a bad link and another and a safe link (https://example.org/safe).',
    );
    expect(data.events[0]!.date.note).toBe('Shown in the original as: Early 2001');
    expect(data.events[1]!.summary).toBe('Styled data linkvb link');
    expect(data.events[2]!.summary).toBe('Form text');
    expect(data.themes.map((theme) => theme.label)).toEqual(['Diplomacy', 'Events']);
    expect(data.eras[0]).toMatchObject({ label: 'of tests', description: 'An era' });
  });

  it('keeps only http(s) media, and the extension as plain text', () => {
    const event = result.data.events[4]!;
    expect(event.note).toBe('A note\nMedia: Photo https://example.org/photo.jpg');
    expect(event.people).toEqual(['Ho Chi Minh']);
    expect(event.places).toEqual(['Hà Nội']);
    for (const other of result.data.events.slice(0, 4)) expect(other.note).toBeUndefined();
    expect(result.notes).toContain('Kept 1 media link as "Media: …" in the event notes.');
    expect(result.notes.join('\n')).toMatch(/Dropped 4 media items that are not a web/);
  });
});

describe('files that are not TimelineJS timelines', () => {
  it('names the path of a bad value', () => {
    const result = fromTimelineJs(readFixture('bad-shape.json'), OPTIONS);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.message).toContain('events[1].start_date.year');
    expect(result.detail).toEqual([
      'events[1].start_date.year: must be a number or a string of digits',
    ]);
  });

  it('says what is missing or wrong at the top level', () => {
    expect(fromTimelineJs({ title: {} }, OPTIONS)).toMatchObject({
      ok: false,
      detail: ['events: is missing'],
    });
    expect(fromTimelineJs({ events: {} }, OPTIONS)).toMatchObject({
      ok: false,
      detail: ['events: must be a list of events'],
    });
    expect(fromTimelineJs([1, 2], OPTIONS)).toMatchObject({
      ok: false,
      detail: ['(top level): is a list'],
    });
    expect(fromTimelineJs('{"events": [', OPTIONS)).toMatchObject({
      ok: false,
      message: 'The file is not valid JSON.',
    });
  });

  it('reads JSON text as well as parsed JSON, and numbers given as numbers', () => {
    const text = JSON.stringify({
      events: [{ start_date: { year: 1995, month: 7 }, text: { headline: 'A' } }],
    });
    const result = load(text, { fileName: 'my-timeline.json' });
    expect(result.data.title).toBe('my-timeline');
    expect(result.data.documents[0]).toMatchObject({
      titleBasis: 'descriptive',
      file: 'my-timeline.json',
    });
    expect(result.data.events[0]!.date).toEqual({
      start: '1995-07',
      precision: 'month',
      basis: 'stated',
    });
  });
});

describe('groups and ids', () => {
  it('slugs Vietnamese and odd text to kebab-case', () => {
    expect(slugify('Quan hệ Việt – Mỹ: Đổi mới!')).toBe('quan-he-viet-my-doi-moi');
    expect(slugify('  --  ')).toBe('');
  });

  it('gives distinct groups distinct ids, and cycles the palette past 12', () => {
    const events = Array.from({ length: 14 }, (_, index) => ({
      start_date: { year: 2000 + index },
      text: { headline: `E${index}` },
      group: index === 13 ? 'group 0' : `Group ${index}`,
    }));
    const { data } = load({ events });
    expect(data.themes).toHaveLength(14);
    expect(new Set(data.themes.map((theme) => theme.id)).size).toBe(14);
    expect(data.themes.at(-1)).toMatchObject({ id: 'group-0-2', label: 'group 0' });
    expect(data.themes[12]!.colour).toEqual(THEME_PALETTE[0]);
  });
});
