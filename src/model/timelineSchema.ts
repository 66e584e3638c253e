/**
 * The static JSON the build writes and the app loads, declared once; both sides use the inferred
 * types. README ("The JSON format") documents the same shape for people.
 */
import * as v from 'valibot';
import { precisionOf } from './partialDate.ts';

export const SCHEMA_VERSION = 1;

/**
 * The languages the content is written in (data/*.yaml: the English fields and their `vi:`
 * blocks). A file without `language` is English, as every file was before translations.
 */
export const CONTENT_LANGUAGES = ['en', 'vi'] as const;
export const ContentLanguageSchema = v.picklist(CONTENT_LANGUAGES);
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const PrecisionSchema = v.picklist(['year', 'month', 'day']);
const IsoPartialDate = v.pipe(
  v.string(),
  v.check((iso) => precisionOf(iso) !== null, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const HexColour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour'));

/** A passage of a source document, verified verbatim; offsets are JavaScript string indices. */
export const SourceRefSchema = v.object({
  document: Id,
  quote: v.string(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const EventDateSchema = v.object({
  start: IsoPartialDate,
  precision: PrecisionSchema,
  end: v.optional(IsoPartialDate),
  endPrecision: v.optional(PrecisionSchema),
  /** "stated": the text gives this date; "inferred": worked out, and `note` says how. */
  basis: v.picklist(['stated', 'inferred']),
  note: v.optional(v.string()),
});

export const ThemeSchema = v.object({
  id: Id,
  label: v.string(),
  description: v.string(),
  colour: v.object({ light: HexColour, dark: HexColour }),
});

/** What the timeline needs to draw an event. */
const eventHeadEntries = {
  id: Id,
  title: v.string(),
  date: EventDateSchema,
  /** The first theme is the primary one: it decides the lane and colour. */
  themes: v.pipe(v.array(Id), v.minLength(1)),
  importance: v.picklist([1, 2, 3]),
  /** Derived by the build from the disputes that name this event. */
  disputes: v.array(Id),
  /**
   * Derived by the build: present (true) when one of those disputes is a contradiction, so the
   * badge can say "sources contradict" before the details arrive. Absent otherwise.
   */
  contradicted: v.optional(v.literal(true)),
};

/** What the detail panel, the list and search add. */
const eventDetailEntries = {
  summary: v.string(),
  people: v.array(v.string()),
  places: v.array(v.string()),
  sources: v.pipe(v.array(SourceRefSchema), v.minLength(1)),
  related: v.array(Id),
  /** Editor's note for readers, e.g. how two nearby dates in the sources differ. */
  note: v.optional(v.string()),
  /** Derived by the build from the figure points that name this event. */
  figures: v.array(Id),
};

export const EventHeadSchema = v.object(eventHeadEntries);
export const EventDetailSchema = v.object(eventDetailEntries);
export const EventSchema = v.object({ ...eventHeadEntries, ...eventDetailEntries });

export const EraSchema = v.object({
  id: Id,
  label: v.string(),
  /** A shorter name for narrow bands (eras.yaml); the label stays the accessible name. */
  short: v.optional(v.string()),
  description: v.string(),
  startEvent: Id,
  endEvent: v.nullable(Id),
  start: IsoPartialDate,
  end: IsoPartialDate,
});

export const FigurePointSchema = v.object({
  id: Id,
  date: EventDateSchema,
  value: v.number(),
  /** How the text qualifies the value: "more than 11 billion" is a lower bound. */
  qualifier: v.picklist(['exact', 'about', 'more-than', 'less-than', 'nearly', 'at-most']),
  /** The value as the source writes it, e.g. "US$1.09 billion". */
  display: v.string(),
  sources: v.pipe(v.array(SourceRefSchema), v.minLength(1)),
  events: v.array(Id),
  disputes: v.array(Id),
});

export const FigureSeriesSchema = v.object({
  id: Id,
  label: v.string(),
  unit: v.string(),
  description: v.string(),
  theme: Id,
  points: v.array(FigurePointSchema),
});

export const DisputeClaimSchema = v.object({
  ...SourceRefSchema.entries,
  /** What this document claims, in a few words. */
  says: v.string(),
  asOf: v.optional(IsoPartialDate),
});

/**
 * How the claims of a dispute differ: only a contradiction means they cannot all be right.
 * README, "Where the documents differ".
 */
export const DISPUTE_KINDS = [
  'contradiction',
  'different-measures',
  'different-dates',
  'approximation',
  'rounding',
] as const;
export const DisputeKindSchema = v.picklist(DISPUTE_KINDS);

export const DisputeSchema = v.object({
  id: Id,
  title: v.string(),
  /** Absent in files written before disputes were classified: shown as "sources differ". */
  kind: v.optional(DisputeKindSchema),
  note: v.string(),
  claims: v.pipe(v.array(DisputeClaimSchema), v.minLength(2)),
  events: v.array(Id),
  figures: v.array(Id),
});

export const AsideSchema = v.object({
  kind: v.picklist(['furniture', 'caption', 'endnotes']),
  note: v.string(),
  start: v.number(),
  end: v.number(),
});

export const DocumentSchema = v.object({
  id: Id,
  file: v.string(),
  title: v.string(),
  /** "stated": the text carries this title; "descriptive": the text has none, we describe it. */
  titleBasis: v.picklist(['stated', 'descriptive']),
  kind: v.string(),
  author: v.nullable(v.string()),
  publisher: v.nullable(v.string()),
  written: EventDateSchema,
  url: v.nullable(v.string()),
  /** Where the app fetches the full text, relative to the JSON file. */
  textPath: v.string(),
  length: v.number(),
  asides: v.array(AsideSchema),
});

const sharedEntries = {
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** The language of every text written by the editors; absent: English. Quotes stay English. */
  language: v.optional(ContentLanguageSchema),
  title: v.string(),
  documents: v.array(DocumentSchema),
  themes: v.pipe(v.array(ThemeSchema), v.minLength(1)),
  eras: v.array(EraSchema),
};

/** The whole timeline in one file: the canonical form (README, "The JSON format"). */
export const TimelineDataSchema = v.object({
  ...sharedEntries,
  events: v.array(EventSchema),
  figures: v.array(FigureSeriesSchema),
  disputes: v.array(DisputeSchema),
});

/**
 * The same data split in two for a light first visit: the index draws the timeline; the
 * details file (named by `detailsPath`, relative to the index) is fetched when first needed.
 */
export const TimelineIndexSchema = v.object({
  schemaVersion: sharedEntries.schemaVersion,
  language: sharedEntries.language,
  title: sharedEntries.title,
  themes: sharedEntries.themes,
  eras: sharedEntries.eras,
  /** Dates without their `note`, which travels in the details as `dateNote`. */
  events: v.array(EventHeadSchema),
  detailsPath: v.string(),
});

export const TimelineDetailsSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  language: sharedEntries.language,
  documents: sharedEntries.documents,
  /** Keyed by event id. */
  events: v.record(Id, v.object({ ...eventDetailEntries, dateNote: v.optional(v.string()) })),
  figures: v.array(FigureSeriesSchema),
  disputes: v.array(DisputeSchema),
});

export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type EventDate = v.InferOutput<typeof EventDateSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type EventHead = v.InferOutput<typeof EventHeadSchema>;
export type EventDetail = v.InferOutput<typeof EventDetailSchema>;
export type TimelineIndex = v.InferOutput<typeof TimelineIndexSchema>;
export type TimelineDetails = v.InferOutput<typeof TimelineDetailsSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
export type FigurePoint = v.InferOutput<typeof FigurePointSchema>;
export type FigureSeries = v.InferOutput<typeof FigureSeriesSchema>;
export type DisputeClaim = v.InferOutput<typeof DisputeClaimSchema>;
export type Dispute = v.InferOutput<typeof DisputeSchema>;
export type DisputeKind = v.InferOutput<typeof DisputeKindSchema>;
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type TimelineData = v.InferOutput<typeof TimelineDataSchema>;
