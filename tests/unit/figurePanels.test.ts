import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { panelsByUnit } from '../../src/model/figurePanels.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;

describe('figure panels', () => {
  it('put series of one unit together, one panel per unit', () => {
    const panels = panelsByUnit([
      { id: 'trade', unit: 'billion USD' },
      { id: 'students', unit: 'students' },
      { id: 'investment', unit: 'billion USD' },
    ]);
    expect(panels).toEqual([
      {
        unit: 'billion USD',
        series: [
          { id: 'trade', unit: 'billion USD' },
          { id: 'investment', unit: 'billion USD' },
        ],
      },
      { unit: 'students', series: [{ id: 'students', unit: 'students' }] },
    ]);
  });

  it('give every series of the data exactly one panel, and no panel mixes units', () => {
    const panels = panelsByUnit(data.figures);
    expect(panels.flatMap((panel) => panel.series)).toHaveLength(data.figures.length);
    for (const panel of panels) {
      for (const series of panel.series) expect(series.unit).toBe(panel.unit);
    }
    expect(new Set(panels.map((panel) => panel.unit)).size).toBe(panels.length);
  });
});
