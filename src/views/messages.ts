/**
 * Every string the interface shows, in one table; the Vietnamese table (messages.vi.ts) has the
 * same keys. The table is kept in two files by when it is needed: this one for the first visit,
 * and messagesOnDemand.ts for the views loaded later. Data (titles, summaries, quotes) comes from
 * data/ and is not translated here.
 */
export const en = {
  appTitle: 'Vietnam–US relations',
  // Each language is named in itself, marked with its lang attribute.
  languageSwitch: 'Language',
  languageNames: { en: 'English', vi: 'Tiếng Việt' },
  appSubtitle: 'A timeline built from five sources, 1890–2025',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be shown',
  loadFailedHint: 'Check the data file named in the address, or reload the page.',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  sourcesLine: (titles: readonly string[]) => `Sources: ${titles.join('; ')}`,
  // Embedding
  embedButton: 'Embed',
  embedOpenFull: 'Open the full timeline',
  embedOpenFullHint: '(opens in a new tab)',
  // Figures chart
  figuresToggle: (shown: boolean) => (shown ? 'Hide figures' : 'Show figures'),
  // Data in and out
  dataButton: 'Export / import',
  importedBanner: (name: string) => `Showing a timeline you opened: ${name}`,
  importedBack: 'Back to the Vietnam–US timeline',
  shareButton: 'Share',
  // Present mode
  presentButton: 'Present',
  presentTitle: 'Presentation',
  // Print
  printButton: 'Print handout',
  printListFrom: (url: string) => `From ${url}`,
  // Filters
  filtersHeading: 'Filters',
  filtersToggle: (active: boolean) => (active ? 'Filters (on)' : 'Filters'),
  themeFilterLabel: 'Themes',
  themeToggleName: (label: string, count: number) =>
    `${label}: ${count === 1 ? '1 event' : `${count} events`}`,
  onlyThisTheme: 'only',
  onlyThisThemeName: (label: string) => `Show only ${label}`,
  allThemes: 'All themes',
  importanceLabel: 'Show',
  importanceOptions: {
    1: 'All events',
    2: 'Notable events and milestones',
    3: 'Milestones only',
  } as Record<1 | 2 | 3, string>,
  resetFilters: 'Clear all filters',
  shownCount: (shown: number, total: number) =>
    shown === total ? `All ${total} events` : `${shown} of ${total} events`,
  // The timeline
  timelineLabel: (from: string, to: string) =>
    `Timeline, ${from} to ${to}. Arrow keys pan, plus and minus zoom, 0 shows everything; Tab moves through the events.`,
  overviewName: 'Part of the timeline in view',
  overviewValue: (from: string, to: string) => `${from} to ${to}`,
  overviewGutter: (from: string, to: string) => `All events, ${from}–${to}`,
  eraZoom: (label: string) => `${label}: zoom to this era`,
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  fitShown: 'Zoom to fit',
  wheelHint: (modifier: string) =>
    `Hold ${modifier} and scroll to zoom, or click the timeline first`,
  markName: (title: string, date: string, extra: string) => `${title}, ${date}${extra}`,
  markMilestone: ', milestone',
  markDisputed: ', disputed',
  clusterName: (count: number, range: string) =>
    `${count} more events, ${range}. Activate to zoom in on them.`,
  visibleRange: (from: string, to: string, count: number) =>
    `Showing ${from} to ${to}: ${count === 1 ? '1 event' : `${count} events`}.`,
  clusterListName: (count: number, range: string) => `${count} events, ${range}`,
  clusterListClose: 'Close the list',
  clusterHoldsSelected: ', holds the selected event',
  viewSwitch: 'View',
  viewTimeline: 'Timeline',
  viewList: 'List',
  viewSources: 'Sources',
  viewDisputes: 'Disputes',
  viewCoverage: 'Coverage',
  /** The browser tab's title: what is shown, most specific first, then the site. */
  pageTitle: (parts: readonly string[]) =>
    [...parts, 'Vietnam–US relations: a timeline from the sources'].join(' – '),
  footerCoverage: 'For editors: every date in the documents and where it went',
  footerSources:
    'Every event is drawn from five articles on Vietnam–US relations (2021–2025) and quotes them word for word.',

  // Search
  searchLabel: 'Search events',
  searchPlaceholder: 'Search people, places, agreements…',
  searchClear: 'Clear search',
  searchLoading: 'Loading search…',
  searchNoResults: 'No events match',
  searchResults: (count: number, shown: number) =>
    (count === 1 ? '1 result' : `${count} results`) +
    (count > shown ? `, the first ${shown} listed` : ''),
  searchInTitle: 'in the title',
  searchInSummary: 'in the summary',
  searchInQuote: 'in a quote',
  searchInPeople: 'people',
  searchInPlaces: 'places',

  coverageLoading: 'Loading the coverage report…',
  coverageLoadFailed: 'The coverage report could not be shown',
} as const;

/**
 * A table with the same keys as `T`, any words: what a translation must provide. A key missing
 * from it, or a message taking other arguments, is a type error.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R extends string ? string : R
      : Translation<T[K]>;
};

export type Messages = Translation<typeof en>;

/** The table the views read: English, until language.ts puts another language's words in it. */
export const messages: Messages = { ...en };
