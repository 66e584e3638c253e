import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Theme, TimelineData } from '../../src/model/timelineSchema.ts';

/** The real built data (npm test runs `npm run data` first). */
export function loadBuiltTimeline(): TimelineData {
  return JSON.parse(
    readFileSync(join(process.cwd(), 'public/data/timeline.json'), 'utf8'),
  ) as TimelineData;
}

export function themesById(data: TimelineData): Map<string, Theme> {
  return new Map(data.themes.map((theme) => [theme.id, theme]));
}
