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
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
