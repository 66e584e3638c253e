import { describe, expect, it } from 'vitest';
import { laneThemeOf, prepareTimeline } from '../../src/model/prepareTimeline.ts';
import type { EventHead, Theme } from '../../src/model/timelineSchema.ts';

const theme = (id: string): Theme => ({
  id,
  label: id,
  description: '',
  colour: { light: '#1d4ed8', dark: '#8ab4ff' },
});
const themes = ['politics', 'economy', 'people'].map(theme);
const event = (id: string, eventThemes: string[]): EventHead => ({
  id,
  title: id,
  date: { start: '2000', precision: 'year', basis: 'stated' },
  themes: eventThemes,
  importance: 1,
  disputes: [],
});
const bta = event('bta', ['economy', 'politics']);
const visit = event('visit', ['politics', 'economy']);
const exchange = event('exchange', ['people']);

describe('the lane an event goes in', () => {
  it('is its primary theme while every theme is shown', () => {
    expect(laneThemeOf(visit, null)).toBe('politics');
    expect(laneThemeOf(bta, null)).toBe('economy');
  });

  it('is the first of its themes that is shown, when the reader shows only some', () => {
    expect(laneThemeOf(visit, new Set(['economy']))).toBe('economy');
    expect(laneThemeOf(visit, new Set(['economy', 'politics']))).toBe('politics');
  });

  it('"only Economy" gives one Economy lane, however many primary themes the events have', () => {
    const measure = (text: string) => text.length * 7;
    const all = prepareTimeline([bta, visit, exchange], themes, { compact: false, measure });
    expect(all.lanes.map((lane) => lane.key)).toEqual(['politics', 'economy', 'people']);
    const onlyEconomy = prepareTimeline([bta, visit], themes, {
      compact: false,
      measure,
      shownThemes: new Set(['economy']),
    });
    expect(onlyEconomy.lanes.map((lane) => lane.key)).toEqual(['economy']);
    expect(onlyEconomy.events.every((item) => item.theme?.id === 'economy')).toBe(true);
  });
});
