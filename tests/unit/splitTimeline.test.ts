import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/compiler/compile.ts';
import { readTimeline } from '../../src/model/loadTimeline.ts';
import { joinTimeline, splitTimeline } from '../../src/model/splitTimeline.ts';
import {
  TimelineDetailsSchema,
  TimelineIndexSchema,
  type TimelineData,
} from '../../src/model/timelineSchema.ts';

function realData(): TimelineData {
  const result = compileTimeline(process.cwd());
  if (!result.ok) throw new Error('the project data does not compile');
  return result.output.data;
}

const noFetch = () => Promise.reject(new Error('no network in this test'));

describe('splitting the timeline for a light first visit', () => {
  const data = realData();
  const { index, details } = splitTimeline(data);

  it('gives an index and details that each match their schema', () => {
    expect(v.safeParse(TimelineIndexSchema, index).success).toBe(true);
    expect(v.safeParse(TimelineDetailsSchema, details).success).toBe(true);
  });

  it('keeps summaries and quotes out of the index', () => {
    const indexText = JSON.stringify(index);
    expect(indexText).not.toContain(data.events[0]?.summary);
    expect(indexText).not.toContain('"sources"');
    expect(indexText.length).toBeLessThan(JSON.stringify(data).length / 2);
  });

  it('joins back into exactly the canonical data', () => {
    const joined = joinTimeline(index, details);
    expect(joined.ok && joined.data).toEqual(data);
  });

  it('names the events a details file lacks instead of inventing them', () => {
    const { [index.events[0]?.id ?? '']: _dropped, ...fewer } = details.events;
    const joined = joinTimeline(index, { ...details, events: fewer });
    expect(joined).toEqual({ ok: false, missing: [index.events[0]?.id] });
  });

  it('the files the build writes are this split of timeline.json', () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as unknown;
    const onDisk = splitTimeline(read('timeline.json') as TimelineData);
    expect(read('timeline-index.json')).toEqual(onDisk.index);
    expect(read('timeline-details.json')).toEqual(onDisk.details);
  });
});

describe('reading a timeline file of either form', () => {
  const data = realData();
  const base = new URL('https://school.example/timeline/data/timeline.json');

  it('a one-file timeline is ready at once', async () => {
    const result = readTimeline(data, base, noFetch);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outline.events).toHaveLength(data.events.length);
    await expect(result.loadFull()).resolves.toEqual({ ok: true, data });
  });

  it('an index fetches its details from beside it, once, and joins them', async () => {
    const { index, details } = splitTimeline(data);
    const requested: string[] = [];
    const fetchText = (url: URL) => {
      requested.push(url.href);
      return Promise.resolve({
        ok: true,
        status: 200,
        text: () => Promise.resolve(JSON.stringify(details)),
      });
    };
    const result = readTimeline(index, base, fetchText);
    if (!result.ok) throw new Error(result.kind);
    const [first, second] = await Promise.all([result.loadFull(), result.loadFull()]);
    expect(first).toEqual({ ok: true, data });
    expect(second).toBe(first);
    expect(requested).toEqual(['https://school.example/timeline/data/timeline-details.json']);
  });

  it('an index whose details live on another site is refused without a request', async () => {
    const { index } = splitTimeline(data, 'https://elsewhere.example/details.json');
    const result = readTimeline(index, base, noFetch);
    if (!result.ok) throw new Error(result.kind);
    const full = await result.loadFull();
    expect(full.ok).toBe(false);
    expect(full).toMatchObject({
      ok: false,
      kind: 'off-site',
      file: 'details',
      where: 'https://elsewhere.example/details.json',
    });
  });

  it('a file of the wrong shape is reported by path', () => {
    const result = readTimeline({ ...data, events: [{ id: 'x' }] }, base, noFetch);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail.join('\n')).toContain('events[0]');
  });
});
