/**
 * The timeline in Vietnamese: the compiler writes it beside the English, in the same schema, with
 * the editors' texts translated and everything else (ids, dates, quotes, offsets) unchanged.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { outputFiles } from '../../../src/compiler/writeOutput.ts';
import {
  detailsFileFor,
  indexFileFor,
  splitTimeline,
  timelineFileFor,
} from '../../../src/model/splitTimeline.ts';
import {
  TimelineDataSchema,
  TimelineDetailsSchema,
  TimelineIndexSchema,
  type TimelineData,
} from '../../../src/model/timelineSchema.ts';

describe('the file names of each language', () => {
  it('English keeps the plain names; Vietnamese adds .vi before the extension', () => {
    expect([timelineFileFor('en'), indexFileFor('en'), detailsFileFor('en')]).toEqual([
      'timeline.json',
      'timeline-index.json',
      'timeline-details.json',
    ]);
    expect([timelineFileFor('vi'), indexFileFor('vi'), detailsFileFor('vi')]).toEqual([
      'timeline.vi.json',
      'timeline-index.vi.json',
      'timeline-details.vi.json',
    ]);
  });
});

describe('the Vietnamese files the compiler writes', () => {
  const result = compileTimeline(process.cwd());
  if (!result.ok) throw new Error('the project data does not compile');
  const files = outputFiles(result.output);
  const read = (name: string): unknown => JSON.parse(files.get(name) ?? 'null');
  const english = read('timeline.json') as TimelineData;
  const vietnamese = read('timeline.vi.json') as TimelineData;

  it('have the same schema as the English ones, and say their language', () => {
    expect(v.safeParse(TimelineDataSchema, vietnamese).success).toBe(true);
    expect(v.safeParse(TimelineIndexSchema, read('timeline-index.vi.json')).success).toBe(true);
    expect(v.safeParse(TimelineDetailsSchema, read('timeline-details.vi.json')).success).toBe(true);
    expect(vietnamese.language).toBe('vi');
    expect(english.language).toBeUndefined();
  });

  it('are the split of timeline.vi.json, whose index names the Vietnamese details', () => {
    const { index, details } = splitTimeline(vietnamese, 'timeline-details.vi.json');
    expect(read('timeline-index.vi.json')).toEqual(index);
    expect(read('timeline-details.vi.json')).toEqual(details);
    expect(index.detailsPath).toBe('timeline-details.vi.json');
  });

  it('change only the texts: ids, dates, themes, quotes and values stay the same', () => {
    const skeleton = (data: TimelineData) => ({
      events: data.events.map(
        ({ id, date: { start, end, precision, basis }, themes, sources }) => ({
          id,
          date: { start, end, precision, basis },
          themes,
          sources,
        }),
      ),
      figures: data.figures.map(({ id, points }) =>
        points.map(({ id: point, value, sources }) => ({ id, point, value, sources })),
      ),
      disputes: data.disputes.map(({ id, claims }) =>
        claims.map(({ document, quote, start, end }) => ({ id, document, quote, start, end })),
      ),
      documents: data.documents.map(({ id, textPath, length }) => ({ id, textPath, length })),
      eras: data.eras.map(({ id, start, end }) => ({ id, start, end })),
    });
    expect(skeleton(vietnamese)).toEqual(skeleton(english));
  });

  it('leave the English files as they were: no language field, the English details path', () => {
    const index = read('timeline-index.json') as { detailsPath: string; language?: string };
    expect(index.detailsPath).toBe('timeline-details.json');
    expect(index.language).toBeUndefined();
    expect(read('timeline.json')).toEqual(
      JSON.parse(readFileSync('public/data/timeline.json', 'utf8')),
    );
  });
});
