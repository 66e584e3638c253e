/**
 * Every string the interface shows, in one table, so a Vietnamese translation is a second table.
 * Data (titles, summaries, quotes) comes from data/ and is not translated here.
 */
export const en = {
  appTitle: 'Vietnam–US relations',
  appSubtitle: 'A timeline built from five sources, 1890–2025',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be shown',
  loadFailedHint: 'Check the data file named in the address, or reload the page.',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  listHeading: 'All events, in order',
  yearHeading: (year: string) => year,
  themesLabel: 'Themes',
  milestone: 'Milestone',
  disputed: 'Disputed',
  disputedHint: 'The sources disagree about this; see the claims side by side.',
  dateStated: 'Date stated in the source',
  dateInferred: 'Date inferred',
  sourceCount: (count: number) => (count === 1 ? '1 source' : `${count} sources`),
  footerSources:
    'Every event is drawn from five articles on Vietnam–US relations (2021–2025) and quotes them word for word.',
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
