import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EventSearch } from '../../src/model/eventSearch.ts';
import { foldText } from '../../src/model/foldText.ts';
import { readSearchAliases } from '../../src/model/searchAliases.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;
const aliasFile: unknown = parse(readFileSync('data/search-aliases.yaml', 'utf8'));
const aliases = readSearchAliases(aliasFile);
const search = new EventSearch(data.events, { documents: data.documents, aliases });
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

describe("searching in a student's words", () => {
  it.each(['normalization', 'normalisation', 'normalize', 'Normalise', 'normalised'])(
    '"%s" puts the normalisation milestone first',
    (query) => {
      expect(ids(query)[0]).toBe('normalisation');
    },
  );

  it('"defense" and "defence" find the same events', () => {
    expect(new Set(ids('defense'))).toEqual(new Set(ids('defence')));
    expect(ids('defense')).toContain('defence-policy-dialogue-2025');
  });

  it('a plural finds the singular: "trade agreements" finds the Bilateral Trade Agreement', () => {
    expect(ids('trade agreements')).toContain('bilateral-trade-agreement');
  });

  it('"Agent Orange", which the documents never write, finds the dioxin clean-up', () => {
    expect(foldText(JSON.stringify(data.events))).not.toContain('agent orange');
    expect(ids('Agent Orange')).toContain('bien-hoa-dioxin-aid');
  });

  it('abbreviations and their long forms find each other both ways', () => {
    expect(ids('BTA')[0]).toBe('bilateral-trade-agreement');
    expect(ids('CSP')[0]).toBe('comprehensive-strategic-partnership');
    expect(ids('Comprehensive Strategic Partnership')[0]).toBe(
      'comprehensive-strategic-partnership',
    );
  });

  it('every group of aliases finds at least one event for each of its terms', () => {
    const groups = aliasFile as string[][];
    for (const term of groups.flat()) expect(ids(term), term).not.toEqual([]);
  });

  it('highlights an alias or another spelling where the text has it', () => {
    const hit = search.search('normalization')[0];
    const [start, end] = hit?.title.ranges[0] ?? [0, 0];
    expect(hit?.title.text.slice(start, end)).toBe('normalise');
  });

  it('ranks title matches first, then milestones, with endnote publisher lines last', () => {
    const hanoi = ids('Hanoi');
    const inTitle = hanoi.filter((id) => foldText(titleOf(id)).includes('hanoi'));
    expect(hanoi.slice(0, inTitle.length)).toEqual(inTitle);
    // The 13th Party Congress names Hanoi only in an endnote's publisher line.
    expect(hanoi.at(-1)).toBe('thirteenth-party-congress');
    const withoutDocuments = new EventSearch(data.events).search('Hanoi').map((hit) => hit.id);
    expect(withoutDocuments).toContain('thirteenth-party-congress');
  });

  it('still finds the start of a word as it is typed', () => {
    expect(ids('normalis')[0]).toBe('normalisation');
  });
});
