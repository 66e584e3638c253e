import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  isHistoryWorthy,
  MAX_QUERY_LENGTH,
  readTour,
  readUrlState,
  writeUrlState,
  type UrlState,
} from '../../src/model/urlState.ts';

const known = {
  eventIds: new Set(['normalisation', 'bilateral-trade-agreement']),
  themeIds: ['politics', 'economy', 'education'],
};

describe('reading and writing the address', () => {
  it('round-trips every part of the state', () => {
    const state: UrlState = {
      view: 'list',
      event: 'normalisation',
      range: [Date.UTC(1990, 0, 1), Date.UTC(2005, 6, 15)],
      themes: ['politics', 'education'],
      minImportance: 2,
      query: 'Tô Lâm & "trade"',
      figures: 'two-way-trade',
      doc: 'thirty-years-review-2025',
      at: [357, 420],
      present: true,
      step: 3,
      tour: ['bilateral-trade-agreement', 'normalisation'],
    };
    const written = writeUrlState(state, '');
    expect(readUrlState(written, known)).toEqual(state);
  });

  it('leaves defaults out, so a plain visit keeps a plain address', () => {
    expect(writeUrlState(DEFAULT_URL_STATE, '')).toBe('');
    expect(readUrlState('', known)).toEqual(DEFAULT_URL_STATE);
  });

  it('keeps parameters it does not own, such as the data file', () => {
    const written = writeUrlState(
      { ...DEFAULT_URL_STATE, event: 'normalisation' },
      '?data=mine.json&event=old',
    );
    const params = new URLSearchParams(written);
    expect(params.get('data')).toBe('mine.json');
    expect(params.getAll('event')).toEqual(['normalisation']);
  });

  it('drops hostile values instead of passing them on', () => {
    const hostile = `?event=${encodeURIComponent('<script>alert(1)</script>')}&themes=${encodeURIComponent('politics,<img onerror=x>')}&view=javascript:alert(1)&min=9&from=1990-01-01&to=${encodeURIComponent('"><svg onload=x>')}`;
    const state = readUrlState(hostile, known);
    expect(state.event).toBeNull();
    expect(state.themes).toEqual(['politics']);
    expect(state.view).toBe('timeline');
    expect(state.minImportance).toBe(1);
    expect(state.range).toBeNull();
  });

  it('keeps a search query as plain text, without control characters, and caps its length', () => {
    const state = readUrlState(
      `?q=${encodeURIComponent('<b>x</b>\u0000\u001b' + 'a'.repeat(500))}`,
      known,
    );
    expect(state.query.startsWith('<b>x</b>  ')).toBe(true);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('ignores very long values and whole addresses', () => {
    expect(readUrlState(`?event=${'a'.repeat(5000)}`, known).event).toBeNull();
    expect(readUrlState(`?q=x&pad=${'b'.repeat(30_000)}`, known).query).toBe('');
  });

  it('ignores unknown events and themes, and a theme list naming none it knows means all', () => {
    expect(readUrlState('?event=no-such-event', known).event).toBeNull();
    expect(readUrlState('?themes=astrology,alchemy', known).themes).toBeNull();
    expect(readUrlState('?themes=politics,economy,education', known).themes).toBeNull();
  });

  it('refuses impossible or backwards ranges', () => {
    expect(readUrlState('?from=2023-02-30&to=2024-01-01', known).range).toBeNull();
    expect(readUrlState('?from=2010-01-01&to=2000-01-01', known).range).toBeNull();
    expect(readUrlState('?from=2010&to=2020', known).range).toBeNull();
  });
});

describe('which changes get their own Back step', () => {
  it('selecting an event, changing filters or the view do; moving the view or typing do not', () => {
    const base = DEFAULT_URL_STATE;
    expect(isHistoryWorthy(base, { ...base, event: 'normalisation' })).toBe(true);
    expect(isHistoryWorthy(base, { ...base, themes: ['politics'] })).toBe(true);
    expect(isHistoryWorthy(base, { ...base, minImportance: 3 })).toBe(true);
    expect(isHistoryWorthy(base, { ...base, view: 'list' })).toBe(true);
    expect(isHistoryWorthy(base, { ...base, range: [0, 1e11] })).toBe(false);
    expect(isHistoryWorthy(base, { ...base, query: 'bid' })).toBe(false);
  });
});

describe('present mode in the address', () => {
  it("reads present=1, the step and a tour in the teacher's order", () => {
    const state = readUrlState(
      '?present=1&step=2&tour=normalisation,bilateral-trade-agreement',
      known,
    );
    expect(state.present).toBe(true);
    expect(state.step).toBe(2);
    expect(state.tour).toEqual(['normalisation', 'bilateral-trade-agreement']);
  });

  it('writes the step only while presenting', () => {
    expect(writeUrlState({ ...DEFAULT_URL_STATE, step: 4 }, '')).toBe('');
    expect(writeUrlState({ ...DEFAULT_URL_STATE, present: true, step: 4 }, '')).toBe(
      '?present=1&step=4',
    );
  });

  it('drops a hostile or malformed step, present or tour', () => {
    for (const search of [
      '?present=yes&step=-3',
      '?present=1&step=1e9',
      `?present=1&step=${encodeURIComponent('<b>2</b>')}`,
      '?present=1&step=99999',
    ]) {
      const state = readUrlState(search, known);
      expect(state.step, search).toBe(1);
    }
    expect(readUrlState('?present=true', known).present).toBe(false);
    const hostile = readUrlState(`?tour=${encodeURIComponent('<img src=x onerror=1>,,')}`, known);
    expect(hostile.tour).toBeNull();
  });

  it('tells the known ids of a tour from the unknown, each once', () => {
    expect(
      readTour('normalisation,nope,normalisation, bilateral-trade-agreement,nope', known),
    ).toEqual({
      known: ['normalisation', 'bilateral-trade-agreement'],
      unknown: ['nope'],
    });
    expect(readTour(null, known)).toEqual({ known: [], unknown: [] });
    expect(readTour('x'.repeat(5000), known)).toEqual({ known: [], unknown: [] });
  });

  it('entering or leaving present mode, or a new tour, is a step in history; a new step is not', () => {
    const presenting = { ...DEFAULT_URL_STATE, present: true };
    expect(isHistoryWorthy(DEFAULT_URL_STATE, presenting)).toBe(true);
    expect(isHistoryWorthy(presenting, { ...presenting, step: 2 })).toBe(false);
    expect(isHistoryWorthy(presenting, { ...presenting, tour: ['normalisation'] })).toBe(true);
  });
});
