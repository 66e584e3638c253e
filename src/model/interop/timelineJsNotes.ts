/**
 * What an import skipped, dropped or changed on the way: counted while reading (`Tally`), then
 * said in words for the reader, one note per kind, most important first (`ImportWords.notes`).
 * The words are the page's: the message tables hand them in (src/views/importWords.ts and its
 * translations), since no interface string lives in the model.
 */

/** What was skipped, dropped or changed on the way, gathered for one note per kind. */
export interface Tally {
  withoutStart: string[];
  badYear: string[];
  adjustedDates: string[];
  endDropped: string[];
  untitled: string[];
  skippedEras: string[];
  emptyEras: string[];
  timesDropped: number;
  mediaKept: number;
  mediaAsText: number;
  mediaDropped: number;
  displayKept: number;
  colourFallbacks: number;
  badExtensions: number;
}

export function createTally(): Tally {
  return {
    withoutStart: [],
    badYear: [],
    adjustedDates: [],
    endDropped: [],
    untitled: [],
    skippedEras: [],
    emptyEras: [],
    timesDropped: 0,
    mediaKept: 0,
    mediaAsText: 0,
    mediaDropped: 0,
    displayKept: 0,
    colourFallbacks: 0,
    badExtensions: 0,
  };
}

/** What an import says to the reader, in one language. */
export interface ImportWords {
  /** The tally as notes, most important first. */
  notes: (tally: Tally) => string[];
  notJson: string;
  /** When the top level of the file is not an object. */
  notAnObject: string;
  /** Before the first problem found in the file's shape. */
  unreadable: string;
  nothingToShow: (why: 'no-events' | 'no-start-dates') => string;
  /** Before the first problem in what the importer made (a bug). */
  doesNotFit: string;
  /** The timeline's title when the file has none and no name. */
  untitledTimeline: string;
  documentKind: string;
  /** The date note of the imported document's "written" date. */
  importedOnNote: string;
  /** An event with no headline, as the notes name it (n from 1, in the file's order). */
  eventWithoutHeadline: (n: number) => string;
  /** The title of an event with no headline, text or caption (n from 1, in the file's order). */
  untitledEvent: (n: number) => string;
  /** The name of an era with no headline (n from 1, in the file's order). */
  untitledEra: (n: number) => string;
  /** An era left out, as the note of skipped eras lists it. */
  skippedEra: (label: string, why: 'no-start-year' | 'no-end-year' | 'ends-before-start') => string;
  /** The date note keeping a date's own wording (TimelineJS `display_date`). */
  shownInOriginal: (display: string) => string;
  /** The event note keeping a media link, with its caption if any. */
  mediaNote: (caption: string, url: string) => string;
  /** The event note keeping the claims our own export marked as disputed. */
  disputedNote: (claims: string) => string;
  /** The theme of events in no TimelineJS group. */
  ungroupedTheme: string;
  /** A theme's description: the TimelineJS group it comes from, or null for no group. */
  groupDescription: (group: string | null) => string;
}

/** The tally in words for the reader, most important first. */
export function notesOf(tally: Tally, words: ImportWords): string[] {
  return words.notes(tally);
}
