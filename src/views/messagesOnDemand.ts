/**
 * The rest of the message table: the strings of the views that load on demand (detail panel,
 * list, embed dialog, figures, source reader, disputes, coverage). Kept apart from messages.ts
 * so the first visit does not carry them; a translation translates both files.
 */
import type { Problem } from '../model/fetchJson.ts';
import { ENGLISH_CSV_WORDS } from '../model/interop/exportCsv.ts';
import { enImportWords } from './importWords.ts';
import { onDemandTable } from './language.ts';
import type { Translation } from './messages.ts';

export const enOnDemand = {
  /** What the model reports about a file that could not be loaded, in words (LoadError). */
  loadProblem: ({ kind, file, where, status }: Omit<Problem, 'ok' | 'detail'>) => {
    const what =
      file === 'coverage'
        ? 'The coverage report'
        : file === 'details'
          ? 'The timeline details'
          : 'The timeline data';
    if (kind === 'off-site') {
      return file === 'details'
        ? `The details file "${where}" is not on this site.`
        : 'The data option names a file this page cannot load: only timeline files on this site can be loaded (for example ?data=data/timeline.json).';
    }
    if (kind === 'http') {
      return (
        `${what} could not be fetched from ${where} (HTTP ${status}).` +
        (file === 'coverage' && status === 404 ? ' Run `npm run data` to build it.' : '')
      );
    }
    if (kind === 'unreachable') return `${what} could not be fetched from ${where}.`;
    if (kind === 'unreadable') return `${what} could not be read from ${where}.`;
    if (kind === 'not-json') return `${what} in ${where} is not valid JSON.`;
    if (kind === 'inconsistent') {
      return `${what} in ${where} contradicts itself: its totals do not match its mentions.`;
    }
    if (kind === 'incomplete')
      return `The details file ${where} lacks events that the index names.`;
    return `${what} in ${where} does not have the expected shape.`;
  },
  // Sharing a link
  shareHeading: 'Share this view',
  shareLinkLabel: 'Link to exactly this view',
  shareCopy: 'Copy link',
  shareCopied: 'Link copied.',
  shareCopyFailed: 'Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).',
  shareSystem: 'Share…',
  shareQrName: 'QR code of the link to this view',
  shareQrHint: "Point a phone's camera at the code to open this view.",
  shareClose: 'Close',
  // Present mode
  presentLabel: 'Presentation',
  presentCounter: (step: number, count: number) => `${step} / ${count}`,
  presentCounterName: (step: number, count: number) => `Step ${step} of ${count}`,
  presentAnnounce: (step: number, count: number, title: string, date: string) =>
    `Step ${step} of ${count}: ${title}, ${date}`,
  presentPrevious: 'Previous',
  presentNext: 'Next',
  presentLeave: 'Leave',
  presentLeaveName: 'Leave the presentation (Escape)',
  presentNavigation: 'Steps',
  presentKeys: 'Arrow keys, Page Up / Page Down, Space or a swipe to move; Escape to leave',
  presentEmpty: 'No events to present under these filters.',
  presentTourIgnored: (ids: readonly string[]) =>
    `Left out of the tour, not in the timeline: ${ids.join(', ')}`,
  presentQuoteFrom: (document: string) => `— ${document}`,
  presentPosition: (date: string, from: string, to: string) =>
    `Where ${date} sits on the timeline, ${from} to ${to}`,
  // Opening a TimelineJS file named in the address
  timelineJsBadUrl: 'The timelinejs option must name a web address (http or https).',
  timelineJsFetchFailed: (url: string) => `The TimelineJS file could not be fetched from ${url}.`,
  timelineJsFailed: (name: string) => `The TimelineJS file ${name} could not be opened.`,
  // The printed handout
  printHeading: (title: string) => title,
  printFilters: (parts: readonly string[]) =>
    parts.length === 0 ? 'All events' : `Showing: ${parts.join(' · ')}`,
  printThemes: (labels: readonly string[]) => `themes ${labels.join(', ')}`,
  printSearch: (query: string) => `search “${query}”`,
  printSources: 'Every event quotes its sources word for word. Documents cited:',
  handoutTimeline: (from: string, to: string) => `The events shown, ${from} to ${to}`,
  handoutQuoteFrom: (document: string) => `— ${document}`,
  handoutDisputesHeading: 'Where the sources disagree',
  handoutDisputesIntro:
    'The documents give different answers. Read each claim, then discuss the question below it.',
  handoutClaimSays: (says: string) => `Says: ${says}`,
  handoutQuestion: 'For discussion:',
  handoutQuestionFallback:
    'Why might these documents give different answers, and what would you need to know to decide between them?',
  printWithoutDetails:
    'Summaries and sources are printed once they have loaded: use the “Print handout” button.',
  printGenerated: (url: string) => `From ${url}`,
  // Data in and out (the dialog)
  dataHeading: 'Export or import events',
  dataExportHeading: 'Export the events shown',
  dataExportIntro: (count: number) =>
    `The ${count === 1 ? 'event' : `${count} events`} the filters show now, with dates, themes, summaries and sources.`,
  dataExportCsv: 'Download CSV (spreadsheet)',
  dataExportTimelineJs: 'Download TimelineJS JSON',
  dataImportHeading: 'Open a TimelineJS timeline',
  dataImportIntro:
    'A Knight Lab TimelineJS3 JSON file, shown in this viewer instead of the Vietnam–US timeline. Its text is cleaned of scripts; nothing leaves your computer.',
  dataImportLabel: 'TimelineJS JSON file',
  dataImportDone: (count: number) => `Opened: ${count === 1 ? '1 event' : `${count} events`}.`,
  dataImportFailed: 'The file could not be opened:',
  dataClose: 'Close',
  /** What opening a TimelineJS file says: problems, notes, the imported document's words. */
  importWords: enImportWords,
  /** The CSV file's headers and words (README: "Export / import"). */
  csvWords: ENGLISH_CSV_WORDS,
  listHeading: 'All events, in order',
  yearHeading: (year: string) => year,
  themesLabel: 'Themes',
  milestone: 'Milestone',
  disputed: 'Disputed',
  disputedHint: 'The sources disagree about this; see the claims side by side.',
  sourcesDiffer: 'Sources differ',
  sourcesDifferHint:
    'The documents give different figures or dates for this, in ways that can all be right (rounding, approximation, different dates or measures); see the claims side by side.',
  sourcesContradict: 'Sources contradict',
  sourcesContradictHint:
    'The documents contradict each other about this: they cannot all be right. See the claims side by side.',
  dateStated: 'Date stated in the source',
  dateInferred: 'Date inferred',
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
    language: 'Language switch',
  } as Record<'title' | 'search' | 'filters' | 'views' | 'language', string>,
  embedKeepState: 'Keep the current event, filters, search and view',
  embedSnippetLabel: 'Embed code',
  embedCopy: 'Copy code',
  embedCopied: 'Copied to the clipboard.',
  embedCopyFailed: 'Select the code and copy it with Ctrl+C (⌘+C on a Mac).',
  embedClose: 'Close',
  embedFrameTitle: 'Vietnam–US relations: a timeline from the sources',
  figuresHeading: 'Figures from the sources',
  figuresSeriesLabel: 'Figure',
  figuresLogScale: 'logarithmic scale: each step is ten times the one below',
  figuresLinearScale: 'linear scale from zero',
  figuresUnit: (unit: string) => `in ${unit}`,
  figuresAlign: "Line up with the timeline's years",
  figuresAll: 'All figures, one panel per unit',
  figuresPanelHeading: (unit: string) => `In ${unit}`,
  figuresPointName: (series: string, date: string, value: string, extra: string) =>
    `${series}, ${date}: ${value}${extra}`,
  figuresDisputedMark: ', disputed: the sources disagree',
  figuresQualifier: {
    exact: '',
    about: 'about ',
    'more-than': 'more than ',
    'less-than': 'less than ',
    nearly: 'nearly ',
    'at-most': 'at most ',
  } as Record<'exact' | 'about' | 'more-than' | 'less-than' | 'nearly' | 'at-most', string>,
  figuresAsOf: (date: string) => `As of ${date}`,
  figuresClaims: 'What each source says',
  figuresTableSummary: 'The same figures as a table',
  figuresTableSummaryOf: (series: string) => `${series}: the same figures as a table`,
  figuresTableCaption: (series: string, unit: string) => `${series} (${unit})`,
  figuresTableHeaders: ['Date', 'Value', 'As the source writes it', 'Source', 'Disputed'] as const,
  figuresYes: 'yes',
  figuresNo: 'no',
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
  // Visually hidden, and read after a space: a dash, not a colon, reads right.
  panelReadInSourceOf: (documentTitle: string) => ` — ${documentTitle}`,
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

  // Disputes and coverage (src/views/disputes/, src/views/coverage/)
  disputesHeading: 'Where the sources disagree',
  disputesIntro:
    'The documents do not always agree: they give different numbers, ranks and dates. Most differences can be explained (rounding, approximation, figures taken at different dates or measuring different things); only contradictions cannot all be right. They are grouped by kind below. Each claim is set beside the others and quoted word for word, with the document it comes from and when it held. Nothing here picks a winner: compare the claims, and ask why they might differ.',
  disputesCount: (count: number) =>
    count === 1
      ? '1 disagreement between the documents'
      : `${count} disagreements between the documents`,
  disputesNone: 'No disagreements between the documents are recorded.',
  disputesNote: 'Editor’s note:',
  disputesAsOf: (date: string) => `As of ${date}`,
  disputesEvents: 'Events concerned',
  disputesFigures: 'Figures concerned',
  disputesKindLabel: 'How they differ:',
  disputesGroupHeading: (label: string, count: number) => `${label} (${count})`,
  /** Each kind of difference, in the order the disputes page shows them. */
  disputeKinds: {
    contradiction: {
      group: 'Contradictions',
      tag: 'Contradiction',
      explanation:
        'The documents speak of the same thing at the same time and say different things: they cannot all be right.',
    },
    'different-measures': {
      group: 'Different measures',
      tag: 'Different measures',
      explanation:
        'The documents measure different things under similar words, such as new investment in half a year and the total of all projects: each can be right.',
    },
    'different-dates': {
      group: 'Different dates of measurement',
      tag: 'Different dates',
      explanation:
        'The same measure, taken at different times: the figures can all be right, and the change between them may be real.',
    },
    approximation: {
      group: 'Approximations',
      tag: 'Approximation',
      explanation:
        'One document gives a figure, another a round figure or only a bound (“more than”, “up to”): they can all be right.',
    },
    rounding: {
      group: 'Rounding',
      tag: 'Rounding',
      explanation: 'The same figure, rounded differently.',
    },
    unclassified: {
      group: 'Not classified',
      tag: 'Not classified',
      explanation: 'The data file does not say how these claims differ.',
    },
  },
  coverageHeading: 'Date coverage of the documents',
  coverageIntro:
    'For editors. The build finds every date mention in the documents. Each must be inside a quote the timeline cites (an event, a figure, a disagreement or a document’s own date) or excluded in data/exclusions.yaml with a reason, so no date in the sources goes missing unnoticed. The build fails on any unaccounted mention.',
  coverageTotals: (mentions: number, cited: number, excluded: number, unaccounted: number) =>
    `${mentions} date mentions: ${cited} cited, ${excluded} excluded, ${unaccounted} unaccounted`,
  coverageQuotes: (count: number) =>
    count === 1 ? '1 quote verified word for word.' : `${count} quotes verified word for word.`,
  coverageUnaccountedWarning: (count: number) =>
    `${count === 1 ? '1 mention is' : `${count} mentions are`} unaccounted for: cite or exclude each one, or the build fails.`,
  coverageFilterLabel: 'Show',
  coverageFilterOption: (label: string, count: number) => `${label} (${count})`,
  coverageFilterAll: 'All',
  coverageStatus: {
    cited: 'Cited',
    excluded: 'Excluded',
    unaccounted: 'Unaccounted',
  } as Record<'cited' | 'excluded' | 'unaccounted', string>,
  coverageShowing: (shown: number, total: number) =>
    shown === total
      ? `Showing all ${total} date mentions.`
      : `Showing ${shown} of ${total} date mentions.`,
  coverageCaptionOf: (documentTitle: string) => `Date mentions in ${documentTitle}: `,
  coverageCaption: (shown: number, total: number) =>
    shown === total
      ? `${total === 1 ? '1 date mention' : `${total} date mentions`}, in the order of the text`
      : `${shown} of ${total} date mentions, in the order of the text`,
  coverageNoMentions: 'The build found no date mentions in this document.',
  coverageNoneShown: 'No mention in this document has this status.',
  coverageColumnLine: 'Line',
  coverageColumnText: 'Mention',
  coverageColumnKind: 'Kind',
  coverageColumnStatus: 'Status',
  coverageColumnAccount: 'Cited by, or why excluded',
  coverageKinds: {
    'full-date': 'full date',
    'day-month': 'day and month',
    'month-year': 'month and year',
    month: 'month',
    year: 'year',
    'year-range': 'range of years',
    'date-range': 'range of dates',
    'part-of-period': 'part of a period',
    relative: 'relative',
    century: 'century or decade',
    elapsed: 'time elapsed',
  } as Record<string, string>,
  coverageCitedByEvent: 'Event:',
  coverageCitedByFigure: (series: string, value: string, date: string) =>
    `Figure: ${series}, ${value} (${date})`,
  coverageCitedByDispute: (title: string) => `Disagreement: ${title}`,
  coverageCitedByDocument: (date: string) => `The document’s own date (${date})`,
  coverageCitedByUnknown: (type: string, id: string) => `${type} “${id}” (not in the data)`,
  coverageNoReason: 'No reason given.',
  coverageUnaccountedHint: 'Not on the timeline and not excluded.',
  coverageUnknownDocument: (id: string) => `Document “${id}” (not in the timeline data)`,
  // Source reader
  readerListHeading: 'The source documents',
  readerListIntro:
    'Every event quotes these documents word for word. Open one to read it in full, with every quoted passage highlighted.',
  readerBack: '← All documents',
  readerAbout: 'About this document',
  readerFullText: 'Full text',
  readerTitle: 'Title',
  readerTitleStated: 'as stated in the text',
  readerTitleDescriptive: 'descriptive: the text states none',
  readerKind: 'Kind',
  readerAuthor: 'Author',
  readerPublisher: 'Publisher',
  readerNotNamed: 'Not named',
  readerWritten: 'Written',
  readerWrittenStated: 'stated in the text',
  readerWrittenInferred: 'inferred',
  readerOriginal: 'Original',
  readerOriginalLink: 'Original article',
  readerOpensInNewTab: '(opens in a new tab)',
  readerCited: 'Cited',
  readerCitedCounts: (passages: number, events: number) =>
    `${passages === 1 ? '1 passage' : `${passages} passages`} cited by ${events === 1 ? '1 event' : `${events} events`}`,
  readerLoading: 'Loading the document…',
  readerLoadFailed: 'The document could not be loaded.',
  readerRetry: 'Try again',
  readerUnknownDocument: (id: string) => `This timeline holds no document “${id}”.`,
  readerLegend: 'Highlighted passages are quoted on the timeline; select one to open its event.',
  readerLegendEvent: 'quoted by an event',
  readerLegendFigure: 'quoted for a figure',
  readerLegendDispute: 'quoted in a disputed claim',
  readerCitedBy: (titles: readonly string[]) => `Passage cited by: ${titles.join('; ')}`,
  readerCitedByMany: (count: number) => `Passage cited by ${count} events; show them`,
  readerCitedByNone: (kinds: readonly string[]) => `Passage quoted for ${kinds.join(' and ')}`,
  readerKindFigure: 'a figure',
  readerKindDispute: 'a disputed claim',
  readerEventsOfPassage: 'Events citing this passage',
  readerAsideLabels: {
    furniture: 'Page furniture',
    caption: 'Photo caption',
    endnotes: 'Endnotes',
  } as Record<'furniture' | 'caption' | 'endnotes', string>,
} as const;

export type OnDemandMessages = Translation<typeof enOnDemand>;

/** Both tables in the page's language (language.ts keeps it so). */
export const messages = onDemandTable(enOnDemand);
