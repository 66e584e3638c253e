import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventSpan } from '../../src/model/eventTime.ts';
import { TimelineDataSchema } from '../../src/model/timelineSchema.ts';
import { SYNTHETIC_THEMES, syntheticTimeline } from '../bench/syntheticTimeline.ts';

describe('the synthetic timeline for npm run bench', () => {
  const data = syntheticTimeline(2000, 42);

  it('is a valid one-file timeline', () => {
    const result = v.safeParse(TimelineDataSchema, data);
    expect(result.success, JSON.stringify(result.issues?.slice(0, 3))).toBe(true);
    for (const count of [0, 1, 4, 100]) {
      expect(v.safeParse(TimelineDataSchema, syntheticTimeline(count, 7)).success).toBe(true);
    }
  });

  it('has the requested number of events, with unique ids, in order of their start', () => {
    expect(data.events).toHaveLength(2000);
    expect(new Set(data.events.map((event) => event.id)).size).toBe(2000);
    const starts = data.events.map((event) => eventSpan(event.date).uncertainStartMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('is deterministic by seed', () => {
    expect(JSON.stringify(syntheticTimeline(500, 3))).toBe(
      JSON.stringify(syntheticTimeline(500, 3)),
    );
    expect(JSON.stringify(syntheticTimeline(500, 3))).not.toBe(
      JSON.stringify(syntheticTimeline(500, 4)),
    );
  });

  it('uses the themes of data/themes.yaml, each as a primary theme', () => {
    const yamlThemes = (
      parse(readFileSync('data/themes.yaml', 'utf8')) as { themes: { vi?: unknown }[] }
    ).themes;
    // The synthetic timeline is in English: the themes without their Vietnamese.
    expect(SYNTHETIC_THEMES).toEqual(yamlThemes.map(({ vi: _vi, ...theme }) => theme));
    const primaries = new Set(data.events.map((event) => event.themes[0]));
    expect([...primaries].sort()).toEqual(SYNTHETIC_THEMES.map((theme) => theme.id).sort());
  });

  it('spreads events over 1890–2025, denser after 1945, at mixed precisions, with periods', () => {
    const years = data.events.map((event) => Number(event.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1890);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    const before = years.filter((year) => year < 1945).length;
    expect(before).toBeGreaterThan(0);
    expect(before / years.length).toBeLessThan(0.1);
    const precisions = new Set(data.events.map((event) => event.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
    expect(data.events.some((event) => event.date.end !== undefined)).toBe(true);
  });

  it('makes most events minor, about 10% notable and about 2% milestones', () => {
    const share = (importance: number) =>
      data.events.filter((event) => event.importance === importance).length / data.events.length;
    expect(share(1)).toBeGreaterThan(0.8);
    expect(share(2)).toBeGreaterThan(0.06);
    expect(share(2)).toBeLessThan(0.14);
    expect(share(3)).toBeGreaterThan(0.005);
    expect(share(3)).toBeLessThan(0.04);
  });

  it('points every source at the one tiny document, and eras at existing events', () => {
    const [document] = data.documents;
    expect(data.documents).toHaveLength(1);
    for (const event of data.events) {
      expect(event.sources).toEqual([{ document: document?.id, quote: 'x', start: 0, end: 1 }]);
    }
    const ids = new Set(data.events.map((event) => event.id));
    expect(data.eras).toHaveLength(4);
    for (const era of data.eras) {
      expect(ids.has(era.startEvent)).toBe(true);
      if (era.endEvent !== null) expect(ids.has(era.endEvent)).toBe(true);
    }
  });
});
