/**
 * Reads a TimelineJS3 file into a timeline: loaded only when a reader imports one (or the
 * address names one), with the importer, the sanitizer and the words the import reports in.
 */
import { fromTimelineJsInSlices } from '../../model/interop/timelineJsImport.ts';
import { createSanitizer } from '../../model/interop/sanitizeHtml.ts';
import { pauseForBrowser } from '../../model/steps.ts';
import type { TimelineData } from '../../model/timelineSchema.ts';
import { messages } from '../messagesOnDemand.ts';

export type TimelineJsRead =
  | { ok: true; data: TimelineData; texts: ReadonlyMap<string, string>; notes: string[] }
  | { ok: false; notes: string[] };

export async function readTimelineJs(text: string, fileName: string): Promise<TimelineJsRead> {
  // In slices, so that a large file does not freeze the page while it is read.
  const result = await fromTimelineJsInSlices(text, {
    sanitize: createSanitizer(window),
    fileName,
    words: messages.importWords,
  });
  if (!result.ok) return { ok: false, notes: [result.message, ...result.detail] };
  // The bench tells the import's own tasks from drawing the timeline by this mark.
  performance.mark('timelinejs:imported', { detail: { events: result.data.events.length } });
  await pauseForBrowser();
  return { ok: true, data: result.data, texts: result.texts, notes: result.notes };
}
