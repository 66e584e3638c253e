/**
 * The by-id lookups of one data set, built once where the data arrives (the app's state) and
 * handed to the views, which never build their own (STYLE.md, "Index the data once").
 *
 * In two parts, because the data arrives in two: the outline draws the first screen; the details
 * (summaries, quotes, documents, figures, disputes) come when a reader first needs them. The
 * coverage report is indexed by document where it arrives too (coverageIndex.ts), in a module
 * loaded with it: only editors open it.
 */
import type { TimelineOutline } from './loadTimeline.ts';
import type {
  Dispute,
  EventHead,
  FigurePoint,
  FigureSeries,
  SourceDocument,
  Theme,
  TimelineData,
  TimelineEvent,
} from './timelineSchema.ts';

/** What the outline holds, by id. */
export interface OutlineIndex {
  headById: ReadonlyMap<string, EventHead>;
  themeById: ReadonlyMap<string, Theme>;
}

/** A point of a figure series, with the series it belongs to. */
export interface SeriesPoint {
  series: FigureSeries;
  point: FigurePoint;
}

/** What the details hold, by id. */
export interface DetailIndex {
  eventById: ReadonlyMap<string, TimelineEvent>;
  documentById: ReadonlyMap<string, SourceDocument>;
  documentTitles: ReadonlyMap<string, string>;
  disputeById: ReadonlyMap<string, Dispute>;
  /** Figure points by their own id (events and disputes name points, not series). */
  pointById: ReadonlyMap<string, SeriesPoint>;
}

function byId<Item extends { id: string }>(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

export function indexOutline(outline: TimelineOutline | null): OutlineIndex {
  return { headById: byId(outline?.events ?? []), themeById: byId(outline?.themes ?? []) };
}

export function indexDetails(data: TimelineData): DetailIndex {
  return {
    eventById: byId(data.events),
    documentById: byId(data.documents),
    documentTitles: new Map(data.documents.map((document) => [document.id, document.title])),
    disputeById: byId(data.disputes),
    pointById: new Map(
      data.figures.flatMap((series) =>
        series.points.map((point): [string, SeriesPoint] => [point.id, { series, point }]),
      ),
    ),
  };
}
