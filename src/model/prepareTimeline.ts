/**
 * Events into lanes, once per data, filter and width class: each event with its time span, its
 * lane (by theme, or one lane in compact mode) and its label's forms, measured.
 */
import { eventSpan, type EventSpan } from './eventTime.ts';
import { distinctWordCounts, labelMetrics, type LabelMetrics } from './labelText.ts';
import type { Theme, EventHead } from './timelineSchema.ts';
import {
  COMPACT_GEOMETRY,
  WIDE_GEOMETRY,
  stackLanes,
  totalHeight,
  type Lane,
  type TimelineGeometry,
} from './timelineGeometry.ts';

export interface PreparedEvent {
  id: string;
  event: EventHead;
  span: EventSpan;
  laneIndex: number;
  /** The primary theme: colour of the mark. */
  theme: Theme | undefined;
  /** The label's forms (whole, wrapped, shortened), measured. */
  label: LabelMetrics;
}

export interface PreparedTimeline {
  /** Chronological by anchor. */
  events: PreparedEvent[];
  lanes: Lane[];
  height: number;
  geometry: TimelineGeometry;
}

/**
 * The theme whose lane an event goes in: its primary theme, or while the reader shows only some
 * themes, the first of its themes that is shown (so "only Economy" is one Economy lane, not the
 * lanes of every primary theme an economic event also has).
 */
export function laneThemeOf(event: EventHead, shownThemes: ReadonlySet<string> | null): string {
  const primary = event.themes[0] ?? '';
  if (!shownThemes || shownThemes.has(primary)) return primary;
  return event.themes.find((theme) => shownThemes.has(theme)) ?? primary;
}

/**
 * Lanes by theme (laneThemeOf), in the themes' order, only for themes that have events; or one
 * lane for everything in compact mode (small screens), where the colour still tells the theme.
 */
export function prepareTimeline(
  events: readonly EventHead[],
  themes: readonly Theme[],
  options: {
    compact: boolean;
    measure: (text: string) => number;
    /** The themes the reader chose to show; null: all. */
    shownThemes?: ReadonlySet<string> | null;
  },
): PreparedTimeline {
  const geometry = options.compact ? COMPACT_GEOMETRY : WIDE_GEOMETRY;
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const laneTheme = (event: EventHead) => laneThemeOf(event, options.shownThemes ?? null);
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = options.compact ? 'all' : laneTheme(event);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const laneThemes = options.compact ? [null] : themes.filter((theme) => counts.has(theme.id));
  const lanes = stackLanes(
    geometry,
    laneThemes.map((theme) => {
      const count = counts.get(theme?.id ?? 'all') ?? 0;
      const rows = Math.max(1, Math.min(geometry.rows, count));
      return { key: theme?.id ?? 'all', theme, rows, overflow: count > rows };
    }),
  );
  const laneIndexByTheme = new Map(lanes.map((lane, index) => [lane.key, index]));
  // Needed only once a label must be shortened: worked out then, for every title at once.
  let keepWords: Map<string, number> | undefined;
  const keepWordsOf = (title: string) => {
    keepWords ??= distinctWordCounts(events.map((event) => event.title));
    return keepWords.get(title) ?? 1;
  };
  const labelCache = new Map<string, LabelMetrics>();
  const prepared = events.map((event): PreparedEvent => {
    const primary = laneTheme(event);
    let label = labelCache.get(event.title);
    if (!label) {
      label = labelMetrics(event.title, keepWordsOf, options.measure);
      labelCache.set(event.title, label);
    }
    return {
      id: event.id,
      event,
      span: eventSpan(event.date),
      laneIndex: options.compact ? 0 : (laneIndexByTheme.get(primary) ?? 0),
      theme: themeById.get(primary),
      label,
    };
  });
  prepared.sort((a, b) => a.span.anchorMs - b.span.anchorMs || (a.id < b.id ? -1 : 1));
  return { events: prepared, lanes, height: totalHeight(lanes), geometry };
}
