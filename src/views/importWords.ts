/**
 * What opening a TimelineJS file says, in English: its problems, the notes on what was skipped,
 * dropped or changed, and the words it writes into the imported timeline (titles of untitled
 * events and eras, date and media notes, the theme of ungrouped events). Part of the message
 * tables (messagesOnDemand.ts hands it to the importer); importWords.vi.ts is the Vietnamese.
 */
import type { ImportWords, Tally } from '../model/interop/timelineJsNotes.ts';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listNames(names: readonly string[], limit = 10): string {
  const shown = names.slice(0, limit).map((name) => `'${name}'`);
  if (names.length > limit) shown.push(`and ${names.length - limit} more`);
  return shown.join(', ');
}

/** The tally in English words, most important first. */
function englishNotes(tally: Tally): string[] {
  const notes: string[] = [];
  const one = (count: number, singular: string, several: string) =>
    count === 1 ? singular : several;
  if (tally.withoutStart.length > 0) {
    notes.push(
      `Skipped ${plural(tally.withoutStart.length, 'event')} without a start date: ${listNames(tally.withoutStart)}`,
    );
  }
  if (tally.badYear.length > 0) {
    notes.push(
      `Skipped ${plural(tally.badYear.length, 'event')} whose start year is not a whole number: ${listNames(tally.badYear)}`,
    );
  }
  if (tally.adjustedDates.length > 0) {
    notes.push(
      `Ignored date parts that are not real calendar values in ${plural(tally.adjustedDates.length, 'event')}: ${listNames(tally.adjustedDates)}`,
    );
  }
  if (tally.endDropped.length > 0) {
    notes.push(
      `Dropped the end date of ${plural(tally.endDropped.length, 'event')} that ended before it began: ${listNames(tally.endDropped)}`,
    );
  }
  if (tally.timesDropped > 0) {
    notes.push(
      `Dropped the time of day from ${plural(tally.timesDropped, 'event')}: this timeline shows dates to the day.`,
    );
  }
  const untitled = tally.untitled.length;
  if (untitled > 0) {
    notes.push(
      `${plural(untitled, 'event has', 'events have')} no headline and ${one(untitled, 'was', 'were')} titled from ${one(untitled, 'its', 'their')} text or media caption: ${listNames(tally.untitled)}`,
    );
  }
  if (tally.displayKept > 0) {
    notes.push(
      `Kept the original wording of ${plural(tally.displayKept, 'date')} in the date note ("Shown in the original as: …").`,
    );
  }
  if (tally.mediaKept > 0) {
    notes.push(`Kept ${plural(tally.mediaKept, 'media link')} as "Media: …" in the event notes.`);
  }
  if (tally.mediaAsText > 0) {
    notes.push(
      `Kept the text of ${plural(tally.mediaAsText, 'media item')} given as HTML (a quotation or an embedded post) in the event's summary.`,
    );
  }
  if (tally.mediaDropped > 0) {
    notes.push(
      `Dropped ${plural(tally.mediaDropped, 'media item')} that ${one(tally.mediaDropped, 'is', 'are')} not a web (http or https) link: embed code, relative paths or unsafe addresses.`,
    );
  }
  if (tally.skippedEras.length > 0) {
    notes.push(
      `Skipped ${plural(tally.skippedEras.length, 'era')}: ${listNames(tally.skippedEras)}`,
    );
  }
  const empty = tally.emptyEras.length;
  if (empty > 0) {
    notes.push(
      `${plural(empty, 'era contains', 'eras contain')} no events and ${one(empty, 'is', 'are')} shown with ${one(empty, 'its', 'their')} own dates: ${listNames(tally.emptyEras)}`,
    );
  }
  if (tally.colourFallbacks > 0) {
    notes.push(
      `Gave ${plural(tally.colourFallbacks, 'theme')} a colour of our own: ${one(tally.colourFallbacks, 'its colour was', 'their colours were')} missing or too faint to read.`,
    );
  }
  if (tally.badExtensions > 0) {
    notes.push(`Ignored ${plural(tally.badExtensions, 'malformed "vnus" extension')}.`);
  }
  return notes;
}

export const enImportWords: ImportWords = {
  notes: englishNotes,
  notJson: 'The file is not valid JSON.',
  notAnObject: 'This is not a TimelineJS timeline: the file must hold one JSON object.',
  unreadable: 'This is not a TimelineJS timeline we can read: ',
  nothingToShow: (why) =>
    `This TimelineJS timeline has nothing to show: ${why === 'no-events' ? 'it has no events' : 'none of its events has a start date'}.`,
  doesNotFit: 'The imported timeline does not fit this app (a bug in the importer): ',
  untitledTimeline: 'TimelineJS timeline',
  documentKind: 'TimelineJS timeline',
  importedOnNote:
    'A TimelineJS file does not say when it was written: this is the day it was imported.',
  eventWithoutHeadline: (n) => `event ${n} (no headline)`,
  untitledEvent: (n) => `Untitled event ${n}`,
  untitledEra: (n) => `Era ${n}`,
  skippedEra: (label, why) =>
    `${label} (${why === 'no-start-year' ? 'no start year' : why === 'no-end-year' ? 'no end year' : 'ends before it starts'})`,
  shownInOriginal: (display) => `Shown in the original as: ${display}`,
  mediaNote: (caption, url) => `Media: ${caption ? `${caption} ` : ''}${url}`,
  disputedNote: (claims) => `Disputed in the original timeline: ${claims}`,
  ungroupedTheme: 'Events',
  groupDescription: (group) =>
    group === null
      ? 'Events that have no group in the TimelineJS timeline.'
      : `Events in the group "${group}" of the TimelineJS timeline.`,
};
