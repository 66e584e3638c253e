/**
 * The figure series: each point's date checked, its quotes found in their documents and the
 * events it names noted on those events (`figures`); each series' description may say nothing the
 * quotes of its points do not (the claims check).
 */
import type { FigureSeries } from '../model/timelineSchema.ts';
import { byDate } from './byDate.ts';
import { checkDate, checkStatedDate } from './checkDates.ts';
import { ClaimSupport } from './claimSupport.ts';
import { resolveSources, type CompileContext } from './compileContext.ts';
import type { EventLookup } from './compileEvents.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { errorAt } from './loadInputs.ts';

type FigurePoint = FigureSeries['points'][number];

/**
 * The figure points for the steps that refer to them: `ids` every point id the input names,
 * `byId` the compiled points, whose `disputes` those steps fill in.
 */
export interface PointLookup {
  ids: ReadonlySet<string>;
  byId: ReadonlyMap<string, FigurePoint>;
}

/** The series in input order, each with its points in time order; a point with errors is left out. */
export function compileFigures(
  context: CompileContext,
  themeIds: ReadonlySet<string>,
  events: EventLookup,
): { figures: FigureSeries[]; lookup: PointLookup } {
  const { inputs, errors, resolver, claims, mentionsByDocument, documentYears } = context;
  const allPoints = inputs.figures.flatMap((series) =>
    series.value.points.map((point, index) => ({
      ...series,
      value: point,
      path: [...series.path, 'points', index],
    })),
  );
  reportDuplicates(allPoints, 'figure point', errors);
  reportDuplicates(inputs.figures, 'figure series', errors);
  const figures: FigureSeries[] = inputs.figures.map((series) => {
    if (!themeIds.has(series.value.theme))
      errors.add(errorAt(series, ['theme'], `unknown theme "${series.value.theme}"`));
    const points = series.value.points.flatMap((point, index) => {
      const item = { ...series, value: point, path: [...series.path, 'points', index] };
      const date = checkDate(item, [], point, errors);
      const sources = resolveSources(item, resolver, { type: 'figure', id: point.id });
      point.events.forEach((eventId, eventIndex) => {
        if (!events.ids.has(eventId)) {
          errors.add(errorAt(item, ['events', eventIndex], `unknown event "${eventId}"`));
        }
        events.byId.get(eventId)?.figures.push(point.id);
      });
      if (!date || sources.length !== point.sources.length) return [];
      checkStatedDate(item, date, sources, mentionsByDocument, errors);
      const {
        date: _date,
        precision: _precision,
        end: _end,
        dateBasis: _basis,
        dateNote: _note,
        vi: _vi,
        ...rest
      } = point;
      return [{ ...rest, date, sources, disputes: [] as string[] }];
    });
    claims.checkItem(
      series,
      new ClaimSupport(
        series.value.points.flatMap((point) => [
          ...point.sources.map((source) => source.quote),
          point.dateNote ?? '',
        ]),
        documentYears(series.value.points.flatMap((point) => point.sources)),
      ),
      [['description', series.value.description]],
      errors,
    );
    const { vi: _vi, ...rest } = series.value;
    return { ...rest, points: points.sort(byDate) };
  });
  return {
    figures,
    lookup: {
      ids: new Set(allPoints.map((point) => point.value.id)),
      byId: new Map(figures.flatMap((series) => series.points.map((point) => [point.id, point]))),
    },
  };
}
