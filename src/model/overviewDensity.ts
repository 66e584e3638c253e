/**
 * The overview strip's picture of where the events are: counts per theme in equal slices of the
 * whole domain, drawn as stacked bars whose height grows with the square root of the count, so a
 * lone event of 1890 stays visible beside a year of thirty. Milestones are listed apart, to be
 * marked one by one.
 */

export interface DensityInput {
  anchorMs: number;
  themeId: string;
  milestone: boolean;
}

export interface OverviewDensity {
  /** Theme ids, in the order the bars are stacked from the bottom. */
  themeIds: string[];
  /** counts[bin][theme index]. */
  counts: number[][];
  maxTotal: number;
  /** Anchors (UTC ms) of the milestones, in time order. */
  milestones: number[];
}

export function overviewDensity(
  events: readonly DensityInput[],
  themeIds: readonly string[],
  domain: readonly [number, number],
  binCount: number,
): OverviewDensity {
  const bins = Math.max(1, Math.floor(binCount));
  const themeIndex = new Map(themeIds.map((id, index) => [id, index]));
  const counts = Array.from({ length: bins }, () => new Array<number>(themeIds.length).fill(0));
  const span = domain[1] - domain[0];
  const milestones: number[] = [];
  for (const event of events) {
    const theme = themeIndex.get(event.themeId);
    if (theme === undefined || !(span > 0)) continue;
    const bin = Math.floor(((event.anchorMs - domain[0]) / span) * bins);
    const row = counts[Math.min(bins - 1, Math.max(0, bin))] as number[];
    row[theme] = (row[theme] as number) + 1;
    if (event.milestone) milestones.push(event.anchorMs);
  }
  let maxTotal = 0;
  for (const row of counts)
    maxTotal = Math.max(
      maxTotal,
      row.reduce((sum, n) => sum + n, 0),
    );
  return {
    themeIds: [...themeIds],
    counts,
    maxTotal,
    milestones: milestones.sort((a, b) => a - b),
  };
}

/**
 * One SVG path per theme: its part of each bin's bar, bars spanning [0, width] and growing up
 * from `height`. Themes with no events get no path.
 */
export function densityPaths(
  density: OverviewDensity,
  width: number,
  height: number,
): { themeId: string; d: string }[] {
  const binWidth = width / Math.max(1, density.counts.length);
  const parts = density.themeIds.map(() => [] as string[]);
  if (density.maxTotal === 0) return [];
  density.counts.forEach((row, bin) => {
    const total = row.reduce((sum, n) => sum + n, 0);
    if (total === 0) return;
    const barHeight = Math.max(2, Math.sqrt(total / density.maxTotal) * height);
    const x0 = (bin * binWidth).toFixed(1);
    const x1 = ((bin + 1) * binWidth).toFixed(1);
    let bottom = height;
    row.forEach((count, theme) => {
      if (count === 0) return;
      const top = bottom - (barHeight * count) / total;
      parts[theme]?.push(`M${x0},${bottom.toFixed(1)}H${x1}V${top.toFixed(1)}H${x0}Z`);
      bottom = top;
    });
  });
  return density.themeIds.flatMap((themeId, index) => {
    const d = (parts[index] as string[]).join('');
    return d ? [{ themeId, d }] : [];
  });
}
