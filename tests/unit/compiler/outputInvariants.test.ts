/**
 * What the real project's data promises the app and its readers: every quote is a verbatim slice
 * of its document, every reference resolves both ways, every date mention is accounted for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledTimeline } from '../../../src/compiler/compile.ts';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { formatCompileError } from '../../../src/compiler/compileError.ts';
import { CoverageReportSchema } from '../../../src/model/coverageSchema.ts';
import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../../../src/model/contrast.ts';
import { parsePartialDate, startMs } from '../../../src/model/partialDate.ts';
import { splitTimeline } from '../../../src/model/splitTimeline.ts';
import {
  TimelineDataSchema,
  type SourceRef,
  type TimelineData,
  type TimelineEvent,
} from '../../../src/model/timelineSchema.ts';
import { REPO_ROOT } from './fixture.ts';

let compiled: CompiledTimeline;
let data: TimelineData;

beforeAll(() => {
  const result = compileTimeline(REPO_ROOT);
  if (!result.ok) {
    throw new Error(
      `the project does not compile:\n${result.errors.map(formatCompileError).join('\n')}`,
    );
  }
  compiled = result.output;
  data = result.output.data;
});

function startOf(iso: string): number {
  const parts = parsePartialDate(iso);
  if (!parts) throw new Error(`not a date: ${iso}`);
  return startMs(parts);
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe('the compiled timeline', () => {
  it('matches the JSON schema the app loads, and so does the coverage report', () => {
    expect(v.safeParse(TimelineDataSchema, data).issues).toBeUndefined();
    expect(v.safeParse(CoverageReportSchema, compiled.coverage).issues).toBeUndefined();
  });

  it('quotes every passage verbatim, at offsets into the seed file as it is on disk', () => {
    const seedText = new Map(
      data.documents.map((document) => [
        document.id,
        readFileSync(join(REPO_ROOT, 'seeds', document.file), 'utf8'),
      ]),
    );
    const refs: [string, SourceRef][] = [
      ...data.events.flatMap((event) =>
        event.sources.map((ref): [string, SourceRef] => [event.id, ref]),
      ),
      ...data.figures.flatMap((series) =>
        series.points.flatMap((point) =>
          point.sources.map((ref): [string, SourceRef] => [point.id, ref]),
        ),
      ),
      ...data.disputes.flatMap((dispute) =>
        dispute.claims.map((claim): [string, SourceRef] => [dispute.id, claim]),
      ),
    ];
    expect(refs.length).toBeGreaterThan(100);
    const wrong = refs.filter(([, ref]) => {
      const text = seedText.get(ref.document);
      return (
        text === undefined || ref.start >= ref.end || text.slice(ref.start, ref.end) !== ref.quote
      );
    });
    expect(wrong.map(([id, ref]) => `${id}: ${ref.document} ${ref.start}-${ref.end}`)).toEqual([]);
    // The texts published for the source reader are the seed files themselves.
    for (const document of data.documents) {
      expect(compiled.texts.get(document.id), document.id).toBe(seedText.get(document.id));
      expect(document.length).toBe(seedText.get(document.id)?.length);
      expect(document.textPath).toBe(`documents/${document.id}.txt`);
      for (const aside of document.asides) {
        expect(aside.start).toBeLessThanOrEqual(aside.end);
        expect(aside.end).toBeLessThanOrEqual(document.length);
      }
    }
  });

  it('lists events in date order', () => {
    const starts = data.events.map((event) => startOf(event.date.start));
    const outOfOrder = data.events.filter(
      (event, index) => index > 0 && starts[index]! < starts[index - 1]!,
    );
    expect(outOfOrder.map((event) => event.id)).toEqual([]);
  });

  it('gives every event, figure point, dispute, era and theme a unique id', () => {
    expect(duplicates(data.events.map((event) => event.id))).toEqual([]);
    expect(
      duplicates(data.figures.flatMap((series) => series.points.map((point) => point.id))),
    ).toEqual([]);
    expect(duplicates(data.disputes.map((dispute) => dispute.id))).toEqual([]);
    expect(duplicates(data.eras.map((era) => era.id))).toEqual([]);
    expect(duplicates(data.themes.map((theme) => theme.id))).toEqual([]);
  });

  it('resolves every reference, and links figures and disputes to events both ways', () => {
    const events = new Map(data.events.map((event) => [event.id, event]));
    const points = new Map(
      data.figures.flatMap((series) => series.points.map((point) => [point.id, point])),
    );
    const disputes = new Map(data.disputes.map((dispute) => [dispute.id, dispute]));
    const themes = new Set(data.themes.map((theme) => theme.id));
    const broken: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) broken.push(what);
    };

    for (const event of data.events) {
      for (const theme of event.themes) check(themes.has(theme), `${event.id} → theme ${theme}`);
      for (const id of event.related)
        check(events.has(id) && id !== event.id, `${event.id} → related ${id}`);
      for (const id of event.figures) {
        check(
          points.get(id)?.events.includes(event.id) === true,
          `${event.id} → figure ${id} ← back`,
        );
      }
      for (const id of event.disputes) {
        check(
          disputes.get(id)?.events.includes(event.id) === true,
          `${event.id} → dispute ${id} ← back`,
        );
      }
    }
    for (const series of data.figures) {
      check(themes.has(series.theme), `${series.id} → theme ${series.theme}`);
      for (const point of series.points) {
        for (const id of point.events) {
          check(
            events.get(id)?.figures.includes(point.id) === true,
            `${point.id} → event ${id} ← back`,
          );
        }
        for (const id of point.disputes) {
          check(
            disputes.get(id)?.figures.includes(point.id) === true,
            `${point.id} → dispute ${id} ← back`,
          );
        }
      }
    }
    for (const dispute of data.disputes) {
      check(dispute.events.length + dispute.figures.length > 0, `${dispute.id} names nothing`);
      for (const id of dispute.events) {
        check(
          events.get(id)?.disputes.includes(dispute.id) === true,
          `${dispute.id} → event ${id} ← back`,
        );
      }
      for (const id of dispute.figures) {
        check(
          points.get(id)?.disputes.includes(dispute.id) === true,
          `${dispute.id} → figure ${id} ← back`,
        );
      }
    }
    for (const era of data.eras) {
      const start = events.get(era.startEvent);
      check(start?.date.start === era.start, `${era.id} → start ${era.startEvent}`);
      if (era.endEvent !== null) {
        const end = events.get(era.endEvent);
        check(
          end !== undefined && (end.date.end ?? end.date.start) === era.end,
          `${era.id} → end ${era.endEvent}`,
        );
      } else {
        const latest = data.events.at(-1);
        check(
          latest !== undefined && (latest.date.end ?? latest.date.start) === era.end,
          `${era.id} → latest event`,
        );
      }
      check(startOf(era.start) <= startOf(era.end), `${era.id} runs backwards`);
    }
    expect(broken).toEqual([]);
  });

  describe('shows the milestones of the relationship as the most important events', () => {
    const milestones: [string, (event: TimelineEvent) => boolean][] = [
      [
        'normalisation (July 1995)',
        (e) => e.date.start.startsWith('1995-07') && /normali[sz]e/i.test(e.title),
      ],
      [
        'the Bilateral Trade Agreement (2000)',
        (e) => e.date.start.startsWith('2000') && /Bilateral Trade Agreement/i.test(e.title),
      ],
      [
        'the Comprehensive Partnership (July 2013)',
        (e) => e.date.start.startsWith('2013-07') && /Comprehensive Partnership/i.test(e.title),
      ],
      [
        'the Comprehensive Strategic Partnership (10 September 2023)',
        (e) =>
          e.date.start === '2023-09-10' && /Comprehensive Strategic Partnership/i.test(e.title),
      ],
    ];
    it.each(milestones)('%s', (_name, matches) => {
      const found = data.events.filter(matches);
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((event) => event.importance)).toContain(3);
    });
  });

  it('accounts for every date mention in the documents', () => {
    const { totals, mentions } = compiled.coverage;
    expect(totals.unaccounted).toBe(0);
    expect(totals.cited + totals.excluded).toBe(totals.mentions);
    expect(mentions).toHaveLength(totals.mentions);
    expect(mentions.filter((mention) => mention.status === 'unaccounted')).toEqual([]);
    expect(totals.mentions).toBeGreaterThan(0);
    for (const mention of mentions) {
      expect(compiled.texts.get(mention.document)?.slice(mention.start, mention.end)).toBe(
        mention.text,
      );
    }
  });

  it('says how every inferred date was worked out', () => {
    const dates = [
      ...data.events.map((event) => [event.id, event.date] as const),
      ...data.figures.flatMap((series) =>
        series.points.map((point) => [point.id, point.date] as const),
      ),
      ...data.documents.map((document) => [document.id, document.written] as const),
    ];
    expect(dates.some(([, date]) => date.basis === 'inferred')).toBe(true);
    const unexplained = dates.filter(([, date]) => date.basis === 'inferred' && !date.note?.trim());
    expect(unexplained.map(([id]) => id)).toEqual([]);
  });

  it('gives every theme colour WCAG AA contrast on its page background', () => {
    for (const theme of data.themes) {
      for (const scheme of ['light', 'dark'] as const) {
        const ratio = contrastRatio(theme.colour[scheme], PAGE_BACKGROUND[scheme]);
        expect(ratio, `${theme.id} ${scheme}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    }
    expect(MIN_TEXT_CONTRAST).toBe(4.5);
  });

  it('classifies every dispute, and marks in the light index the events a contradiction concerns', () => {
    expect(data.disputes.every((dispute) => dispute.kind !== undefined)).toBe(true);
    const contradicted = new Set(
      data.disputes
        .filter((dispute) => dispute.kind === 'contradiction')
        .flatMap((dispute) => dispute.events),
    );
    expect(contradicted.size).toBeGreaterThan(0);
    const { index } = splitTimeline(data);
    for (const head of index.events) {
      expect(head.contradicted === true, head.id).toBe(contradicted.has(head.id));
      if (!contradicted.has(head.id)) expect(Object.keys(head)).not.toContain('contradicted');
    }
    const differing = index.events.filter((head) => head.disputes.length > 0 && !head.contradicted);
    expect(differing.length).toBeGreaterThan(0);
  });

  it('has between 90 and 130 events', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(90);
    expect(data.events.length).toBeLessThanOrEqual(130);
  });
});
