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
  sourcesLine: (titles: readonly string[]) => `Sources: ${titles.join('; ')}`,
  sourceCount: (count: number) => (count === 1 ? '1 source' : `${count} sources`),
  // Embedding
  embedButton: 'Embed',
  embedHeading: 'Embed this timeline in a teaching site',
  embedIntro:
    'Paste this into your page (WordPress, Moodle, Google Sites or plain HTML). The script line lets the timeline grow to fit its content; without it the timeline keeps the height below.',
  embedHeight: 'Height (pixels)',
  embedControlsLegend: 'Show in the embed',
  embedControlNames: {
    title: 'Title',
    search: 'Search',
    filters: 'Theme and importance filters',
    views: 'Timeline / list switch',
  } as Record<'title' | 'search' | 'filters' | 'views', string>,
  embedKeepState: 'Keep the current event, filters, search and view',
  embedSnippetLabel: 'Embed code',
  embedCopy: 'Copy code',
  embedCopied: 'Copied to the clipboard.',
  embedCopyFailed: 'Select the code and copy it with Ctrl+C (⌘+C on a Mac).',
  embedClose: 'Close',
  embedFrameTitle: 'Vietnam–US relations: a timeline from the sources',
  embedOpenFull: 'Open the full timeline',
  embedOpenFullHint: '(opens in a new tab)',
  // Print
  printButton: 'Print handout',
  printHeading: (title: string) => title,
  printFilters: (parts: readonly string[]) =>
    parts.length === 0 ? 'All events' : `Showing: ${parts.join(' · ')}`,
  printThemes: (labels: readonly string[]) => `themes ${labels.join(', ')}`,
  printSearch: (query: string) => `search “${query}”`,
  printSources: 'Every event quotes its sources word for word. Documents:',
  printWithoutDetails:
    'Summaries and sources are printed once they have loaded: use the “Print handout” button.',
  printGenerated: (url: string) => `From ${url}`,
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
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  wheelHint: (modifier: string) =>
    `Hold ${modifier} and scroll to zoom, or click the timeline first`,
  touchHint: 'Use two fingers to zoom; swipe sideways to move',
  markName: (title: string, date: string, extra: string) => `${title}, ${date}${extra}`,
  markMilestone: ', milestone',
  markDisputed: ', disputed',
  clusterName: (count: number, range: string) =>
    `${count} more events, ${range}. Activate to zoom in on them.`,
  visibleRange: (from: string, to: string, count: number) =>
    `Showing ${from} to ${to}: ${count === 1 ? '1 event' : `${count} events`}.`,
  viewSwitch: 'View',
  viewTimeline: 'Timeline',
  viewList: 'List',
  footerSources:
    'Every event is drawn from five articles on Vietnam–US relations (2021–2025) and quotes them word for word.',

  // The event detail panel (src/views/panel/)
  panelClose: 'Close details',
  panelDateInferredHow: 'How:',
  panelSummary: 'Summary',
  panelEditorsNote: 'Editor’s note',
  panelPeopleAndPlaces: 'People and places',
  panelPeople: 'People',
  panelPlaces: 'Places',
  panelDisputes: 'Disputed claims',
  panelAsOf: (date: string) => `As of ${date}`,
  panelSources: 'Sources',
  panelOriginalArticle: 'Original article',
  panelOpensInNewTab: '(opens in a new tab)',
  panelReadInSource: 'Read in the source',
  panelReadInSourceOf: (documentTitle: string) => `: ${documentTitle}`,
  panelFigures: 'Related figures',
  panelFigureUnit: (unit: string) => `(series in ${unit})`,
  panelRelated: 'Related events',
  panelNavigation: 'Previous and next',
  panelNavInTime: 'In time order',
  panelNavInTheme: (theme: string) => `In ${theme}`,
  panelNavPrevious: 'Previous',
  panelNavNext: 'Next',
  panelNavPreviousEvent: (title: string, date: string) => `Previous event: ${title}, ${date}`,
  panelNavNextEvent: (title: string, date: string) => `Next event: ${title}, ${date}`,
  panelNavPreviousInTheme: (theme: string, title: string, date: string) =>
    `Previous in ${theme}: ${title}, ${date}`,
  panelNavNextInTheme: (theme: string, title: string, date: string) =>
    `Next in ${theme}: ${title}, ${date}`,
  panelNavNoEarlier: 'No earlier event',
  panelNavNoLater: 'No later event',

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
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
