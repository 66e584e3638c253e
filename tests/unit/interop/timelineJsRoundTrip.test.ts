/**
 * Our timeline out to TimelineJS and back: the real data (compiled from seeds/ and data/) comes
 * back with the same events, titles, dates and themes; a TimelineJS reader that ignores our
 * extension still gets the same titles, dates and grouping.
 */
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { formatEventDate } from '../../../src/model/formatDate.ts';
import { decodeEntities, escapeHtml } from '../../../src/model/interop/sanitizeHtml.ts';
import { fromTimelineJs } from '../../../src/model/interop/timelineJsImport.ts';
import { toTimelineJs } from '../../../src/model/interop/timelineJsExport.ts';
import { type TimelineJsFile } from '../../../src/model/interop/timelineJs.ts';
import {
  TimelineDataSchema,
  type TimelineData,
  type TimelineEvent,
} from '../../../src/model/timelineSchema.ts';
import { IMPORTED_ON, readFixture, REPO_ROOT, sanitize } from './support.ts';
import { enImportWords as words } from '../../../src/views/importWords.ts';

let data: TimelineData;
beforeAll(() => {
  const compiled = compileTimeline(REPO_ROOT);
  if (!compiled.ok) throw new Error('the project data does not compile: run `npm run data`');
  data = compiled.output.data;
});

/** Through JSON text, as a file would go. */
function reimport(file: unknown) {
  const result = fromTimelineJs(JSON.parse(JSON.stringify(file)), {
    sanitize,
    words,
    importedOn: IMPORTED_ON,
  });
  if (!result.ok) throw new Error(`${result.message}\n${result.detail.join('\n')}`);
  expect(() => v.parse(TimelineDataSchema, result.data)).not.toThrow();
  return result;
}

function exportAll(events: readonly TimelineEvent[] = data.events): TimelineJsFile {
  return toTimelineJs({ ...data, events });
}

const dateOf = (event: TimelineEvent) => ({
  start: event.date.start,
  end: event.date.end,
  precision: event.date.precision,
  endPrecision: event.date.endPrecision,
});

function primaryLabel(source: TimelineData, event: TimelineEvent): string {
  return source.themes.find((theme) => theme.id === event.themes[0])!.label;
}

describe('export to TimelineJS', () => {
  it('writes one TimelineJS event per event, with its date at its own precision', () => {
    const file = exportAll();
    expect(file.scale).toBe('human');
    expect(file.events).toHaveLength(data.events.length);
    file.events.forEach((out, index) => {
      const event = data.events[index]!;
      expect(out.unique_id).toBe(event.id);
      expect(out.group).toBe(escapeHtml(primaryLabel(data, event)));
      expect(out.display_date).toBe(formatEventDate(event.date));
      const fields = Object.keys(out.start_date).filter((key) => key !== 'display_date');
      expect(fields).toEqual(
        { year: ['year'], month: ['year', 'month'], day: ['year', 'month', 'day'] }[
          event.date.precision
        ],
      );
      expect(out.end_date === undefined).toBe(event.date.end === undefined);
      expect(out.vnus).toMatchObject({
        themes: event.themes,
        importance: event.importance,
        basis: event.date.basis,
        people: event.people,
        places: event.places,
      });
    });
  });

  it('writes HTML that a strict sanitiser leaves as it is, quoting every source', () => {
    for (const [index, out] of exportAll().events.entries()) {
      const event = data.events[index]!;
      // Equal once entities are read: serialisers differ only in which characters they escape.
      expect(decodeEntities(sanitize(out.text.text))).toBe(decodeEntities(out.text.text));
      expect(out.text.text.match(/<blockquote>/g)).toHaveLength(event.sources.length);
      expect(out.text.text.match(/<cite>/g)).toHaveLength(event.sources.length);
    }
  });

  it('escapes whatever the data holds', () => {
    const event = data.events[0]!;
    const hostile: TimelineEvent = {
      ...event,
      title: '<script>alert(1)</script> & co',
      summary: '<img src=x onerror=alert(1)>',
      note: '"quoted" <b>',
    };
    const [out] = toTimelineJs({ ...data, events: [hostile] }).events;
    expect(out!.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(out!.text.text).not.toContain('<img');
    expect(out!.text.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out!.text.text).toContain('<p>Note: &quot;quoted&quot; &lt;b&gt;</p>');
  });

  it('writes the eras with our ids and bounding events', () => {
    const file = exportAll();
    expect(file.eras.map((era) => era.vnus)).toEqual(
      data.eras.map(({ id, startEvent, endEvent }) => ({ id, startEvent, endEvent })),
    );
  });
});

describe('export → import round trip on the real data', () => {
  let back: TimelineData;
  let notes: string[];
  beforeAll(() => {
    const result = reimport(exportAll());
    back = result.data;
    notes = result.notes;
  });

  it('keeps every event, in order, with its title and date', () => {
    expect(back.events.map((event) => event.id)).toEqual(data.events.map((event) => event.id));
    expect(back.events.map((event) => event.title)).toEqual(
      data.events.map((event) => event.title),
    );
    expect(back.events.map(dateOf)).toEqual(data.events.map(dateOf));
    expect(notes).toEqual([]);
  });

  it('keeps the themes, primary first, with their labels and colours', () => {
    expect(back.events.map((event) => event.themes)).toEqual(
      data.events.map((event) => event.themes),
    );
    const used = new Set(data.events.flatMap((event) => event.themes));
    expect(back.themes).toEqual(data.themes.filter((theme) => used.has(theme.id)));
  });

  it('keeps what the extension carries', () => {
    back.events.forEach((event, index) => {
      const original = data.events[index]!;
      expect(event.summary).toBe(original.summary);
      expect(event.importance).toBe(original.importance);
      expect(event.date.basis).toBe(original.date.basis);
      expect(event.date.note).toBe(original.date.note);
      expect(event.people).toEqual(original.people);
      expect(event.places).toEqual(original.places);
      expect(event.related).toEqual(original.related);
      if (original.disputes.length === 0) expect(event.note).toBe(original.note);
      else expect(event.note).toContain('Disputed in the original timeline: ');
    });
  });

  it('keeps the eras, all but their short names (TimelineJS has no place for one)', () => {
    expect(back.eras).toEqual(data.eras.map(({ short: _short, ...era }) => era));
  });

  it('quotes each event from the synthetic document, sources included', () => {
    for (const [index, event] of back.events.entries()) {
      const [source] = event.sources;
      expect(source!.document).toBe('timelinejs');
      for (const original of data.events[index]!.sources) {
        expect(source!.quote.replace(/\s+/g, ' ')).toContain(original.quote.replace(/\s+/g, ' '));
      }
    }
  });
});

describe('round trip without our extension (any TimelineJS reader)', () => {
  it('keeps titles, dates and the grouping by primary theme', () => {
    const file = exportAll();
    const plain = JSON.parse(JSON.stringify(file), (key, value: unknown) =>
      key === 'vnus' ? undefined : value,
    ) as unknown;
    expect(JSON.stringify(plain)).not.toContain('vnus');
    const { data: back, notes } = reimport(plain);
    expect(notes).toEqual([]);
    expect(back.events.map((event) => event.title)).toEqual(
      data.events.map((event) => event.title),
    );
    expect(back.events.map(dateOf)).toEqual(data.events.map(dateOf));
    expect(back.events.map((event) => primaryLabel(back, event))).toEqual(
      data.events.map((event) => primaryLabel(data, event)),
    );
    // Same partition: events share a theme after the trip exactly when they shared one before.
    const groups = (source: TimelineData) =>
      source.events.map(
        (event) => source.events.filter((other) => other.themes[0] === event.themes[0]).length,
      );
    expect(groups(back)).toEqual(groups(data));
  });
});

describe('round trip of a filtered selection', () => {
  it('exports only the chosen events and the themes they use', () => {
    const chosen = data.events.filter((event) => event.themes[0] === 'economy');
    const file = exportAll(chosen);
    expect(
      file.vnus.themes.every((theme) => chosen.some((event) => event.themes.includes(theme.id))),
    ).toBe(true);
    const { data: back } = reimport(file);
    expect(back.events.map((event) => event.id)).toEqual(chosen.map((event) => event.id));
    const ids = new Set(back.events.map((event) => event.id));
    for (const event of back.events) for (const id of event.related) expect(ids.has(id)).toBe(true);
    for (const era of back.eras) expect(ids.has(era.startEvent)).toBe(true);
  });
});

describe('round trip in deep time', () => {
  it('keeps BCE and cosmological dates, on the cosmological scale', () => {
    const first = reimport(readFixture('deep-time.json')).data;
    const file = toTimelineJs(first);
    expect(file.scale).toBe('cosmological');
    expect(file.events[0]!.start_date.year).toBe(-13_800_000_000);
    const second = reimport(file).data;
    expect(second.events.map(dateOf)).toEqual(first.events.map(dateOf));
    expect(second.events.map((event) => event.date.note)).toEqual(
      first.events.map((event) => event.date.note),
    );
    expect(second.eras).toEqual(first.eras);
    expect(second.themes).toEqual(first.themes);
  });
});
