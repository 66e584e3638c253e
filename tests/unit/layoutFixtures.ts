/** A small timeline for the layout's tests: three themes, 1990–2020 over 600 px. */
import { prepareTimeline, type PreparedTimeline } from '../../src/model/prepareTimeline.ts';
import type { EventHead, Theme } from '../../src/model/timelineSchema.ts';

export const theme = (id: string): Theme => ({
  id,
  label: id,
  description: '',
  colour: { light: '#1d4ed8', dark: '#8ab4ff' },
});
export const themes = ['politics', 'economy', 'people'].map(theme);

export function event(
  id: string,
  laneTheme: string,
  start: string,
  importance: 1 | 2 | 3 = 1,
  title = `${id} happens`,
): EventHead {
  const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    id,
    title,
    date: { start, precision, basis: 'stated' },
    themes: [laneTheme],
    importance,
    disputes: [],
  };
}

export const measure = (text: string) => text.length * 7;
export const FROM = Date.UTC(1990, 0, 1);
export const TO = Date.UTC(2020, 0, 1);
/** 1990–2020 over 600 px: 20 px a year. */
export const WIDTH = 600;
export const toX = (ms: number) => ((ms - FROM) / (TO - FROM)) * WIDTH;

export const prepare = (events: EventHead[], compact = false) =>
  prepareTimeline(events, themes, { compact, measure });

export const lane = (timeline: PreparedTimeline, key: string) =>
  timeline.lanes.find((candidate) => candidate.key === key);

/** Four events of one lane, one of them a period (1992–2010) whose bar outlasts its dot. */
export function timelineWithPeriod(): PreparedTimeline {
  const events = [
    event('early', 'politics', '1991', 2),
    event('war', 'politics', '1992', 2),
    event('middle', 'politics', '2005', 2),
    event('late', 'politics', '2019', 2),
  ];
  events[1] = { ...events[1]!, date: { ...events[1]!.date, end: '2010' } };
  return prepare(events);
}
