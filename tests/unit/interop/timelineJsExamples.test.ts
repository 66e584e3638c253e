/**
 * Knight Lab's own example timelines (../shared/interop/timelinejs, beside the repository) load:
 * every event with a start year becomes an event, the others are reported as skipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fromTimelineJs } from '../../../src/model/interop/timelineJsImport.ts';
import { TimelineDataSchema } from '../../../src/model/timelineSchema.ts';
import { EXAMPLES_DIR, IMPORTED_ON, readJson, sanitize } from './support.ts';
import { enImportWords as words } from '../../../src/views/importWords.ts';

const present = existsSync(EXAMPLES_DIR);
const files = present ? readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json')) : [];
const SKIP_REASON = `skipped: the TimelineJS examples folder ${EXAMPLES_DIR} is absent`;

interface RawExample {
  events: { start_date?: { year?: unknown } | null; text?: { headline?: string } }[];
  eras?: unknown[];
}

/** Counted straight from the file, independently of the importer. */
function hasStartYear(event: RawExample['events'][number]): boolean {
  const year = event.start_date?.year;
  return year !== undefined && year !== null && String(year).trim() !== '';
}

describe.skipIf(!present)(`TimelineJS examples${present ? '' : ` (${SKIP_REASON})`}`, () => {
  it('finds the example files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s loads with every event that has a start year', (name) => {
    const raw = readJson(join(EXAMPLES_DIR, name)) as RawExample;
    const expected = raw.events.filter(hasStartYear).length;
    const skipped = raw.events.length - expected;

    const result = fromTimelineJs(raw, {
      sanitize,
      words,
      fileName: name,
      importedOn: IMPORTED_ON,
    });
    if (!result.ok) throw new Error(`${result.message}\n${result.detail.join('\n')}`);
    expect(result.data.events).toHaveLength(expected);
    expect(() => v.parse(TimelineDataSchema, result.data)).not.toThrow();

    const skipNote = result.notes.find(
      (note) => note.startsWith('Skipped') && note.includes('without a start date'),
    );
    if (skipped > 0) expect(skipNote).toContain(`Skipped ${skipped} event`);
    else expect(skipNote).toBeUndefined();

    // Every event has one source: its passage of the synthetic document.
    const text = result.texts.get('timelinejs') ?? '';
    for (const event of result.data.events) {
      const [source] = event.sources;
      expect(text.slice(source!.start, source!.end)).toBe(source!.quote);
    }
    expect(result.data.documents[0]!.length).toBe(text.length);
  });

  it('reads the cosmological templates to the Big Bang', () => {
    for (const name of ['src_template_cosmo.json', 'src_template_cosmo-mixed.json']) {
      const result = fromTimelineJs(readJson(join(EXAMPLES_DIR, name)), { sanitize, words });
      if (!result.ok) throw new Error(result.message);
      expect(result.data.events[0]!.date).toMatchObject({
        start: '-13800000000',
        precision: 'year',
      });
    }
  });

  it('keeps the eras of the eras template, sorted, each tied to events', () => {
    const result = fromTimelineJs(readJson(join(EXAMPLES_DIR, 'src_template_eras.json')), {
      sanitize,
      words,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.eras.map((era) => [era.label, era.start, era.end])).toEqual([
      ['Era Test 600-650', '0600', '0650'],
      ['Era Test 650-700', '0650', '0700'],
      ['Era Test 700-720', '0700', '0720'],
    ]);
    const ids = new Set(result.data.events.map((event) => event.id));
    for (const era of result.data.eras) expect(ids.has(era.startEvent)).toBe(true);
    // No event starts in 700-720: the era is kept and the reader told.
    expect(result.data.eras[2]!.endEvent).toBeNull();
    expect(result.notes.join('\n')).toContain("'Era Test 700-720'");
  });

  it('drops the time of day and titles events that have no headline (Mark Twain)', () => {
    const result = fromTimelineJs(
      readJson(join(EXAMPLES_DIR, 'website_examples_twain_marktwain.json')),
      {
        sanitize,
        words,
        fileName: 'website_examples_twain_marktwain.json',
      },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data.title).toBe('website_examples_twain_marktwain');
    expect(result.notes.some((note) => note.startsWith('Dropped the time of day from'))).toBe(true);
    for (const event of result.data.events) expect(event.title).not.toBe('');
    expect(result.data.events.some((event) => event.title === 'a Youtube video')).toBe(true);
  });

  it('turns groups into themes with readable colours (media types template)', () => {
    const result = fromTimelineJs(
      readJson(join(EXAMPLES_DIR, 'src_template_all-media-types.json')),
      {
        sanitize,
        words,
      },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data.themes.map((theme) => theme.label).sort()).toEqual(
      ['Audio', 'Events', 'HTML', 'Image', 'Social Media', 'Video'].sort(),
    );
    expect(result.data.themes.find((theme) => theme.label === 'Social Media')?.id).toBe(
      'social-media',
    );
  });
});
