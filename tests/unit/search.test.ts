import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventSearch } from '../../src/model/eventSearch.ts';
import { foldText } from '../../src/model/foldText.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;
const search = new EventSearch(data.events);
const ids = (query: string) => search.search(query).map((hit) => hit.id);
const titleOf = (id: string) => data.events.find((event) => event.id === id)?.title ?? '';

describe('folding text for search', () => {
  it('drops case and Vietnamese diacritics, including the stroke of đ', () => {
    expect(foldText('Tô Lâm')).toBe('to lam');
    expect(foldText('Phan Anh Sơn')).toBe('phan anh son');
    expect(foldText('Việt Nam')).toBe('viet nam');
    expect(foldText('VNĐ220')).toBe('vnd220');
  });

  it('keeps every position, so matches can be highlighted in the original', () => {
    for (const text of ['Nguyễn Hằng', 'Việt Nam-India People’s Friendship', 'Đà Nẵng']) {
      expect(foldText(text)).toHaveLength(text.normalize('NFC').length);
    }
  });
});

describe('searching the events', () => {
  it('"to lam" and "Tô Lâm" find the same events, all about Tô Lâm', () => {
    const plain = ids('to lam');
    expect(plain.length).toBeGreaterThanOrEqual(5);
    expect(ids('Tô Lâm')).toEqual(plain);
    for (const id of plain) {
      const event = data.events.find((candidate) => candidate.id === id);
      expect(foldText(JSON.stringify(event))).toContain('to lam');
    }
  });

  it('"viet nam" finds the events whose texts say "Việt Nam", not every "Vietnam"', () => {
    const found = ids('viet nam');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(data.events.length / 4);
    expect(found).toContain('india-friendship-festival-2024');
  });

  it('"Phan Anh Son" finds the events naming Phan Anh Sơn', () => {
    const found = ids('Phan Anh Son');
    const expected = data.events
      .filter((event) => event.people.includes('Phan Anh Sơn'))
      .map((event) => event.id);
    expect(new Set(found)).toEqual(new Set(expected));
  });

  it('forgives small typos: "Obamma", "Bilateral Trade Agrement"', () => {
    expect(ids('Obamma')[0]).toBe('obama-visit');
    expect(titleOf(ids('Bilateral Trade Agrement')[0] ?? '')).toContain(
      'Bilateral Trade Agreement',
    );
  });

  it('highlights the matched words in the original title, diacritics kept', () => {
    const hit = search.search('to lam').find((candidate) => candidate.title.ranges.length > 0);
    const [start, end] = hit?.title.ranges[0] ?? [0, 0];
    expect(hit?.title.text.slice(start, end)).toBe('Tô Lâm');
  });

  it('finds nothing for nonsense and for a single letter', () => {
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('a')).toEqual([]);
  });
});
