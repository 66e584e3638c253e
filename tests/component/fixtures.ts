import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

/** The real built data (npm test runs `npm run data` first). */
export function loadBuiltTimeline(): TimelineData {
  return JSON.parse(
    readFileSync(join(process.cwd(), 'public/data/timeline.json'), 'utf8'),
  ) as TimelineData;
}
