import { describe, expect, it } from 'vitest';
import { en } from '../../src/views/messages.ts';
import { enOnDemand } from '../../src/views/messagesOnDemand.ts';
import { vi } from '../../src/views/messages.vi.ts';
import { viOnDemand } from '../../src/views/messagesOnDemand.vi.ts';

type Table = Record<string, unknown>;

/** Every key of a table, nested ones as "a.b", with what each holds. */
function entries(table: Table, prefix = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? entries(value as Table, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const keysOf = (table: Table) =>
  entries(table)
    .map(([key]) => key)
    .sort();

/**
 * Arguments to try every message function with, by key: a new function without an entry here
 * fails the test below, so each one is called in both languages.
 */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  loadProblem: [{ kind: 'http', file: 'coverage', where: '/data/coverage.json', status: 404 }],
  eventCount: [3],
  'importWords.notes': [
    {
      withoutStart: ['a'],
      badYear: ['b'],
      adjustedDates: ['c'],
      endDropped: ['d'],
      untitled: ['e'],
      skippedEras: ['f'],
      emptyEras: ['g'],
      timesDropped: 1,
      mediaKept: 2,
      mediaAsText: 1,
      mediaDropped: 2,
      displayKept: 1,
      colourFallbacks: 1,
      badExtensions: 1,
    },
  ],
  'importWords.nothingToShow': ['no-start-dates'],
  'importWords.eventWithoutHeadline': [3],
  'importWords.untitledEvent': [3],
  'importWords.untitledEra': [2],
  'importWords.skippedEra': ['Reform', 'ends-before-start'],
  'importWords.shownInOriginal': ['Spring 1975'],
  'importWords.mediaNote': ['A photograph', 'https://example.org/photo.jpg'],
  'importWords.disputedNote': ['The date of the founding'],
  'importWords.groupDescription': ['Trade'],
  'csvWords.endPrecision': ['day', 'month'],
  sourcesLine: [['A', 'B']],
  figuresToggle: [true],
  importedBanner: ['file.json'],
  printListFrom: ['https://example.org/'],
  filtersToggle: [true],
  themeToggleName: ['Economy', 2],
  onlyThisThemeName: ['Economy'],
  shownCount: [2, 5],
  timelineLabel: ['1990', '2025'],
  overviewValue: ['1990', '2025'],
  overviewGutter: ['1890', '2025'],
  eraZoom: ['Normalisation'],
  wheelHint: ['Ctrl'],
  markName: ['Title', '1995', ', milestone'],
  clusterName: [4, '1995–2000'],
  visibleRange: ['1990', '2025', 7],
  clusterListName: [4, '1995–2000'],
  pageTitle: [['Event']],
  searchResults: [12, 8],
  presentCounter: [1, 5],
  presentCounterName: [1, 5],
  presentAnnounce: [1, 5, 'Title', '1995'],
  presentTourIgnored: [['x', 'y']],
  presentQuoteFrom: ['Document'],
  presentPosition: ['1995', '1890', '2025'],
  timelineJsFetchFailed: ['https://example.org/t.json'],
  timelineJsFailed: ['t.json'],
  printHeading: ['Title'],
  printFilters: [['themes economy']],
  printThemes: [['Economy']],
  printSearch: ['trade'],
  handoutTimeline: ['1990', '2025'],
  handoutQuoteFrom: ['Document'],
  handoutClaimSays: ['8th partner'],
  printGenerated: ['https://example.org/'],
  dataExportIntro: [3],
  dataImportDone: [3],
  yearHeading: ['1995'],
  figuresUnit: ['billion USD'],
  figuresPanelHeading: ['billion USD'],
  figuresPointName: ['Trade', '2020', '90', ''],
  figuresAsOf: ['2020'],
  figuresTableSummaryOf: ['Trade'],
  figuresTableCaption: ['Trade', 'billion USD'],
  panelAsOf: ['2020'],
  panelReadInSourceOf: ['Document'],
  panelFigureUnit: ['billion USD'],
  panelNavInTheme: ['Economy'],
  panelNavPreviousEvent: ['Title', '1995'],
  panelNavNextEvent: ['Title', '1995'],
  panelNavPreviousInTheme: ['Economy', 'Title', '1995'],
  panelNavNextInTheme: ['Economy', 'Title', '1995'],
  disputesCount: [2],
  disputesAsOf: ['2020'],
  disputesGroupHeading: ['Rounding', 2],
  coverageTotals: [10, 7, 2, 1],
  coverageQuotes: [5],
  coverageUnaccountedWarning: [1],
  coverageFilterOption: ['Cited', 3],
  coverageShowing: [2, 5],
  coverageCaptionOf: ['Document'],
  coverageCaption: [2, 5],
  coverageCitedByFigure: ['Trade', '90', '2020'],
  coverageCitedByDispute: ['Rank'],
  coverageCitedByDocument: ['2021'],
  coverageCitedByUnknown: ['event', 'x'],
  coverageUnknownDocument: ['x'],
  readerCitedCounts: [2, 3],
  readerUnknownDocument: ['x'],
  readerCitedBy: [['A', 'B']],
  readerCitedByMany: [4],
  readerCitedByNone: [['a figure']],
};

const tables = [
  { name: 'first visit', english: en as Table, vietnamese: vi as Table },
  { name: 'on demand', english: enOnDemand as Table, vietnamese: viOnDemand as Table },
];

describe.each(tables)('the $name message table', ({ english, vietnamese }) => {
  it('has every key in both languages, and no key in one only', () => {
    expect(keysOf(vietnamese)).toEqual(keysOf(english));
  });

  it('has words for every message in both languages', () => {
    for (const table of [english, vietnamese]) {
      for (const [key, value] of entries(table)) {
        if (typeof value === 'function') continue;
        const texts = Array.isArray(value) ? value : [value];
        for (const text of texts) {
          expect(typeof text, key).toBe('string');
          // figuresQualifier.exact is the one deliberately empty word ("90", not "exactly 90").
          if (key !== 'figuresQualifier.exact') expect((text as string).trim(), key).not.toBe('');
        }
      }
    }
  });

  it('has a message for every function, giving words in both languages', () => {
    for (const [key, value] of entries(english)) {
      if (typeof value !== 'function') continue;
      const args = SAMPLE_ARGUMENTS[key];
      expect(args, `sample arguments for ${key}`).toBeDefined();
      for (const table of [english, vietnamese]) {
        const message = entries(table).find(([name]) => name === key)?.[1];
        expect(typeof message, key).toBe('function');
        const result = (message as (...values: unknown[]) => unknown)(...(args ?? []));
        // A few messages are lists of sentences (the notes of an import): each one has words.
        const texts = Array.isArray(result) ? (result as unknown[]) : [result];
        expect(texts.length, key).toBeGreaterThan(0);
        for (const text of texts) {
          expect(typeof text, key).toBe('string');
          expect((text as string).trim(), key).not.toBe('');
        }
      }
    }
  });

  it('is Vietnamese where English words would be a translation missed', () => {
    const same = entries(english)
      .filter(([, value]) => typeof value === 'string' && value.length > 3)
      .filter(([key, value]) => entries(vietnamese).find(([name]) => name === key)?.[1] === value)
      .map(([key]) => key);
    // Language names are written in their own language in both tables.
    expect(same.filter((key) => !key.startsWith('languageNames.'))).toEqual([]);
  });
});

describe('a file that could not be loaded, in words', () => {
  const kinds = [
    'unreachable',
    'http',
    'unreadable',
    'not-json',
    'shape',
    'inconsistent',
    'off-site',
    'incomplete',
  ] as const;

  it('names the file and what is wrong with it, in either language', () => {
    expect(
      enOnDemand.loadProblem({ kind: 'not-json', file: 'coverage', where: '/data/coverage.json' }),
    ).toBe('The coverage report in /data/coverage.json is not valid JSON.');
    expect(
      enOnDemand.loadProblem({
        kind: 'http',
        file: 'coverage',
        where: '/data/coverage.json',
        status: 404,
      }),
    ).toBe(
      'The coverage report could not be fetched from /data/coverage.json (HTTP 404). Run `npm run data` to build it.',
    );
    expect(viOnDemand.loadProblem({ kind: 'shape', file: 'timeline', where: '/x.json' })).toBe(
      'Tệp dữ liệu dòng thời gian ở /x.json không có cấu trúc như mong đợi.',
    );
    for (const kind of kinds) {
      for (const table of [enOnDemand, viOnDemand]) {
        const text = table.loadProblem({ kind, file: 'details', where: '/d.json', status: 500 });
        expect(text.length, kind).toBeGreaterThan(20);
      }
      expect(viOnDemand.loadProblem({ kind, file: 'timeline', where: '/d.json' })).not.toBe(
        enOnDemand.loadProblem({ kind, file: 'timeline', where: '/d.json' }),
      );
    }
  });
});

describe('what opening a TimelineJS file says', () => {
  it('has a Vietnamese note for every English one', () => {
    const tally = SAMPLE_ARGUMENTS['importWords.notes']?.[0] as Parameters<
      typeof enOnDemand.importWords.notes
    >[0];
    const english = enOnDemand.importWords.notes(tally);
    const vietnamese = viOnDemand.importWords.notes(tally);
    expect(english).toHaveLength(14);
    expect(vietnamese).toHaveLength(english.length);
    expect(vietnamese[0]).toBe("Đã bỏ qua 1 sự kiện không có ngày bắt đầu: 'a'");
  });
});
