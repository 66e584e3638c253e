/**
 * Small multiples for the figures chart: series measured in the same unit share a panel and a
 * value axis; a series in another unit gets a panel of its own, so billions of dollars and
 * numbers of students are never read against one scale.
 */
import type { FigureSeries } from './timelineSchema.ts';

export interface FigurePanel<Series> {
  unit: string;
  series: Series[];
}

/** One panel per unit, in the order the units first appear. */
export function panelsByUnit<Series extends Pick<FigureSeries, 'unit'>>(
  series: readonly Series[],
): FigurePanel<Series>[] {
  const panels = new Map<string, Series[]>();
  for (const item of series) {
    const panel = panels.get(item.unit);
    if (panel) panel.push(item);
    else panels.set(item.unit, [item]);
  }
  return [...panels].map(([unit, members]) => ({ unit, series: members }));
}
