/**
 * A synthetic one-file timeline of any size, for `npm run bench`: the same shape the build writes
 * (it passes TimelineDataSchema), spread over 1890–2025 like the real data but far denser. Pure
 * and deterministic: the same count and seed give the same timeline, byte for byte.
 */
import type {
  Era,
  SourceDocument,
  Theme,
  TimelineData,
  TimelineEvent,
} from '../../src/model/timelineSchema.ts';

/** A copy of data/themes.yaml (tests/unit/syntheticTimeline.test.ts checks it stays one). */
export const SYNTHETIC_THEMES: Theme[] = [
  {
    id: 'politics',
    label: 'Politics & diplomacy',
    description: 'Normalisation, partnerships, visits of leaders, joint statements and calls.',
    colour: { light: '#1d4ed8', dark: '#8ab4ff' },
  },
  {
    id: 'economy',
    label: 'Economy, trade & investment',
    description: 'Trade agreements, tariffs, two-way trade, investment in both directions.',
    colour: { light: '#a14a00', dark: '#f5b454' },
  },
  {
    id: 'security',
    label: 'Security & defence',
    description: 'Arms sales, defence dialogues, visits of defence leaders, maritime cooperation.',
    colour: { light: '#4b5563', dark: '#b8c2d0' },
  },
  {
    id: 'legacy',
    label: 'War legacy',
    description:
      'The war and its consequences - missing soldiers (MIA), dioxin, unexploded ordnance.',
    colour: { light: '#b42318', dark: '#ff9a8f' },
  },
  {
    id: 'education',
    label: 'Education',
    description: 'Students, universities, Fulbright and teaching exchanges.',
    colour: { light: '#6d28d9', dark: '#c4a5ff' },
  },
  {
    id: 'health',
    label: 'Health & COVID-19',
    description: 'Vaccines, medical aid and the response to the COVID-19 pandemic.',
    colour: { light: '#0f766e', dark: '#5fd4c4' },
  },
  {
    id: 'science',
    label: 'Science & technology',
    description:
      'Nuclear energy cooperation, semiconductors, digital innovation, technology firms.',
    colour: { light: '#0b6a9a', dark: '#7cc8f0' },
  },
  {
    id: 'climate',
    label: 'Climate & energy',
    description: 'Climate conferences and envoys, power plants, clean energy.',
    colour: { light: '#2f7d1f', dark: '#8fd67a' },
  },
  {
    id: 'people',
    label: 'People-to-people',
    description: 'Friendship organisations, communities, seminars, culture and personal ties.',
    colour: { light: '#b0145a', dark: '#ff8fc0' },
  },
];

export const SYNTHETIC_DOCUMENT_ID = 'synthetic-source';
/** The one-character text every synthetic quote ("x", 0–1) points into. */
export const SYNTHETIC_DOCUMENT_TEXT = 'x';

const SYNTHETIC_DOCUMENT: SourceDocument = {
  id: SYNTHETIC_DOCUMENT_ID,
  file: 'synthetic-source.txt',
  title: 'Synthetic source for benchmarks',
  titleBasis: 'descriptive',
  kind: 'Synthetic',
  author: null,
  publisher: null,
  written: { start: '2025', precision: 'year', basis: 'stated' },
  url: null,
  textPath: 'documents/synthetic-source.txt',
  length: SYNTHETIC_DOCUMENT_TEXT.length,
  asides: [],
};

/** The real eras' bounds; each starts at a synthetic milestone on that date. */
const ERA_SPECS = [
  {
    id: 'before-normalisation',
    label: 'Friendship before diplomacy',
    description: 'From the first friendship association, through the war, to normalisation.',
    start: '1945-10-17',
    theme: 'people',
    title: 'Friendship association founded',
  },
  {
    id: 'normalised-relations',
    label: 'Normalised relations',
    description:
      'From normalisation through the trade agreements to the Comprehensive Partnership.',
    start: '1995-07-11',
    theme: 'politics',
    title: 'Relations normalised',
  },
  {
    id: 'comprehensive-partnership',
    label: 'Comprehensive Partnership',
    description: 'Ten years of the Comprehensive Partnership.',
    start: '2013-07-25',
    theme: 'politics',
    title: 'Comprehensive Partnership agreed',
  },
  {
    id: 'comprehensive-strategic-partnership',
    label: 'Comprehensive Strategic Partnership',
    description: 'Since the upgrade of September 2023.',
    start: '2023-09-10',
    theme: 'politics',
    title: 'Comprehensive Strategic Partnership agreed',
  },
] as const;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SUBJECTS = [
  'Trade delegation',
  'Joint statement',
  'Defence dialogue',
  'Fulbright cohort',
  'Vaccine shipment',
  'Investment forum',
  'Friendship association',
  'Clean energy accord',
  'Remains repatriation',
  'Semiconductor workshop',
  'Climate envoy',
  'Student exchange',
  'Ordnance clearance team',
  'Dioxin clean-up phase',
  'Veterans group',
  'Tariff round',
  'Port call',
  'Cultural festival',
];
const VERBS = [
  'visits',
  'opens in',
  'meets in',
  'signed in',
  'arrives in',
  'held in',
  'announced in',
  'concludes in',
];
const PLACES = [
  'Hanoi',
  'Washington',
  'Ho Chi Minh City',
  'Da Nang',
  'Hue',
  'New York',
  'San Francisco',
  'Hai Phong',
  'Can Tho',
  'Quang Tri',
  'Honolulu',
  'Nha Trang',
];
/** Title endings; with them, titles run about 20–80 characters, median ~47, like the real ones. */
const TAILS = [
  '',
  '',
  '',
  '',
  '',
  ' for talks',
  ' after delay',
  ' on missing soldiers',
  ' with officials',
];
const PEOPLE = ['Nguyen Van A', 'John Smith', 'Tran Thi B', 'Mary Jones', 'Le Van C'];

/** Primary-theme weights: diplomacy and trade dominate, as in the real data. */
const THEME_WEIGHTS = [22, 18, 12, 12, 9, 7, 7, 6, 7];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickWeighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = random() * total;
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A year, denser towards the present: ~5% before 1945, ~25% 1945–1994, ~70% from 1995. */
function randomYear(random: () => number): number {
  const roll = random();
  if (roll < 0.05) return 1890 + Math.floor(random() * 55);
  if (roll < 0.3) return 1945 + Math.floor(random() * 50);
  return 1995 + Math.floor(random() * 31);
}

function dateAt(year: number, month: number, day: number, precision: 'year' | 'month' | 'day') {
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type Draft = Omit<TimelineEvent, 'id'> & { sortKey: string };

function syntheticEvent(index: number, random: () => number): Draft {
  const year = randomYear(random);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precisionRoll = random();
  const precision = precisionRoll < 0.6 ? 'day' : precisionRoll < 0.85 ? 'month' : 'year';
  const start = dateAt(year, month, day, precision);
  const date: TimelineEvent['date'] = { start, precision, basis: 'stated' };
  // About 5% are periods of one to eight years.
  if (random() < 0.05 && year < 2025) {
    const endYear = Math.min(2025, year + 1 + Math.floor(random() * 8));
    date.end = dateAt(endYear, month, day, precision);
    date.endPrecision = precision;
  }
  if (random() < 0.1) {
    date.basis = 'inferred';
    date.note = 'Worked out from the surrounding text (synthetic).';
  }
  const importanceRoll = random();
  const importance = importanceRoll < 0.02 ? 3 : importanceRoll < 0.12 ? 2 : 1;
  const primary = (SYNTHETIC_THEMES[pickWeighted(random, THEME_WEIGHTS)] as Theme).id;
  const themes = [primary];
  if (random() < 0.3) {
    const secondary = pick(random, SYNTHETIC_THEMES).id;
    if (secondary !== primary) themes.push(secondary);
  }
  const place = pick(random, PLACES);
  const title = `${pick(random, SUBJECTS)} ${index + 1} ${pick(random, VERBS)} ${place}${pick(random, TAILS)}`;
  return {
    sortKey: start,
    title,
    date,
    themes,
    importance,
    disputes: [],
    summary: `${title}, in ${year} (synthetic event for benchmarks).`,
    people: random() < 0.3 ? [pick(random, PEOPLE)] : [],
    places: [place],
    sources: [{ document: SYNTHETIC_DOCUMENT_ID, quote: 'x', start: 0, end: 1 }],
    related: [],
    figures: [],
  };
}

/**
 * `count` events in chronological order, with the real themes, eras like the real ones (each
 * starting at a milestone event; the first four events drawn are those milestones) and one tiny
 * source document.
 */
export function syntheticTimeline(count: number, seed: number): TimelineData {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be ≥ 0: ${count}`);
  const random = createRandom(seed);
  const eraSpecs = ERA_SPECS.slice(0, count);
  const milestones = eraSpecs.map((spec): Draft => ({
    sortKey: spec.start,
    title: spec.title,
    date: { start: spec.start, precision: 'day', basis: 'stated' },
    themes: [spec.theme],
    importance: 3,
    disputes: [],
    summary: `${spec.title} (synthetic milestone for benchmarks).`,
    people: [],
    places: [],
    sources: [{ document: SYNTHETIC_DOCUMENT_ID, quote: 'x', start: 0, end: 1 }],
    related: [],
    figures: [],
  }));
  const drafts = [...milestones];
  for (let index = milestones.length; index < count; index += 1)
    drafts.push(syntheticEvent(index, random));
  // Chronological, as the build writes them; "1995" sorts before "1995-01", like its start.
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) =>
      a.draft.sortKey < b.draft.sortKey
        ? -1
        : a.draft.sortKey > b.draft.sortKey
          ? 1
          : a.index - b.index,
    );
  const idOf = new Map<number, string>();
  const events: TimelineEvent[] = ordered.map(({ draft, index }) => {
    const id = index < milestones.length ? `milestone-${index + 1}` : `synthetic-${index + 1}`;
    idOf.set(index, id);
    const { sortKey, ...event } = draft;
    void sortKey;
    return { id, ...event };
  });
  const last = events.reduce((latest, event) => {
    const end = event.date.end ?? event.date.start;
    return end > latest ? end : latest;
  }, '0000');
  const eras: Era[] = eraSpecs.map((spec, index) => {
    const next = eraSpecs[index + 1];
    return {
      id: spec.id,
      label: spec.label,
      description: spec.description,
      startEvent: idOf.get(index) ?? '',
      endEvent: next ? (idOf.get(index + 1) ?? null) : null,
      start: spec.start,
      end: next ? next.start : last,
    };
  });
  return {
    schemaVersion: 1,
    title: `Synthetic timeline: ${count} events (seed ${seed})`,
    documents: [SYNTHETIC_DOCUMENT],
    themes: SYNTHETIC_THEMES,
    eras,
    events,
    figures: [],
    disputes: [],
  };
}
