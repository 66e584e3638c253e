import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventSearch, type Translation } from '../../src/model/eventSearch.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as TimelineData;
const english = read('timeline.json');
const vietnamese = read('timeline.vi.json');

const translationsFrom = (data: TimelineData) =>
  new Map<string, Translation>(
    data.events.map((event) => [event.id, { title: event.title, summary: event.summary }]),
  );

const onVietnamesePage = new EventSearch(vietnamese.events, {
  documents: vietnamese.documents,
  translations: translationsFrom(english),
});
const onEnglishPage = new EventSearch(english.events, {
  documents: english.documents,
  translations: translationsFrom(vietnamese),
});
const ids = (search: EventSearch, query: string) => search.search(query).map((hit) => hit.id);

describe('a query in either language', () => {
  it('finds the normalisation of 1995 in Vietnamese, with or without diacritics', () => {
    for (const search of [onVietnamesePage, onEnglishPage]) {
      expect(ids(search, 'bình thường hóa')).toContain('normalisation');
      expect(ids(search, 'binh thuong hoa')).toContain('normalisation');
    }
  });

  it('finds the Bilateral Trade Agreement by its Vietnamese name, first', () => {
    for (const search of [onVietnamesePage, onEnglishPage]) {
      expect(ids(search, 'Hiệp định Thương mại song phương')[0]).toBe('bilateral-trade-agreement');
    }
  });

  it('still finds events by their English words on the Vietnamese page', () => {
    expect(ids(onVietnamesePage, 'Bilateral Trade Agreement')).toContain(
      'bilateral-trade-agreement',
    );
    expect(ids(onVietnamesePage, 'normalise relations')).toContain('normalisation');
  });

  it("shows the page's own title, and where the other language matched as context", () => {
    const hit = onEnglishPage.search('binh thuong hoa quan he')[0];
    expect(hit?.id).toBe('normalisation');
    expect(hit?.title.text).toBe(english.events.find((e) => e.id === 'normalisation')?.title);
    expect(hit?.title.ranges).toEqual([]);
    expect(hit?.context?.field).toBe('title');
    expect(hit?.context?.excerpt.text).toContain('bình thường hóa quan hệ');
  });

  it("looks in the other language only when the page's own finds nothing", () => {
    // "viet nam" on the English page: the events that write "Việt Nam", not every event whose
    // Vietnamese summary does.
    const englishOnly = new EventSearch(english.events, { documents: english.documents });
    expect(ids(onEnglishPage, 'viet nam')).toEqual(ids(englishOnly, 'viet nam'));
    expect(ids(onEnglishPage, 'viet nam').length).toBeLessThan(english.events.length / 4);
  });

  it('without translations, a Vietnamese query finds nothing on the English page', () => {
    const englishOnly = new EventSearch(english.events, { documents: english.documents });
    expect(ids(englishOnly, 'Hiệp định Thương mại song phương')).toEqual([]);
  });
});
