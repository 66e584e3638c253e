/**
 * The shape of the hand-edited files in data/ and seeds/documents.yaml. Friendlier than the output:
 * a year may be written bare (1995), lists may be left out, a quote is just text.
 */
import * as v from 'valibot';
import { DISPUTE_KINDS } from '../model/timelineSchema.ts';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits, hyphens'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** YAML reads `1995` as a number and `1995-07` as a string; both mean a partial date. */
const PartialDateText = v.pipe(
  v.union(
    [v.string(), v.pipe(v.number(), v.integer())],
    'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  ),
  v.transform((value) => String(value)),
);
const Precision = v.picklist(['year', 'month', 'day'], 'must be one of: year, month, day');
const DateBasis = v.picklist(['stated', 'inferred'], 'must be "stated" or "inferred"');
const Ids = v.optional(v.array(Id), []);

/**
 * The Vietnamese of an item's texts, under the English field names (README, "How to add or correct
 * a translation"). Every field is optional here so that one check (src/compiler/translate.ts) can name
 * each missing text the same way.
 */
function vietnamese<const TFields extends readonly string[]>(...fields: TFields) {
  return v.optional(
    v.strictObject(
      Object.fromEntries(fields.map((field) => [field, v.optional(Text)])) as {
        [K in TFields[number]]: v.OptionalSchema<typeof Text, undefined>;
      },
    ),
  );
}
const Names = v.optional(v.array(Text), []);

export const QuoteInput = v.object({
  doc: Id,
  quote: Text,
  /** Which occurrence, when the same passage appears more than once in the document (1-based). */
  occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const DatedInput = {
  date: PartialDateText,
  precision: Precision,
  end: v.optional(PartialDateText),
  dateBasis: DateBasis,
  /** How an inferred date was worked out; required when dateBasis is "inferred". */
  dateNote: v.optional(Text),
};

export const ThemeInput = v.strictObject({
  id: Id,
  label: Text,
  description: Text,
  vi: vietnamese('label', 'description'),
  colour: v.strictObject({
    light: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')),
    dark: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')),
  }),
});

export const EventInput = v.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  ...DatedInput,
  themes: v.pipe(v.array(Id), v.minLength(1, 'needs at least one theme')),
  importance: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
  people: Names,
  places: Names,
  sources: v.pipe(v.array(QuoteInput), v.minLength(1, 'needs at least one source quote')),
  related: Ids,
  note: v.optional(Text),
  vi: vietnamese('title', 'summary', 'note', 'dateNote'),
});

export const EraInput = v.strictObject({
  id: Id,
  label: Text,
  /** Shown where the band is too narrow for the label; the label stays the accessible name. */
  short: v.optional(v.pipe(Text, v.maxLength(16, 'a short name has at most 16 characters'))),
  description: Text,
  vi: vietnamese('label', 'short', 'description'),
  from: Id,
  /** The milestone that closes the era; null while it goes on (to the latest event). */
  to: v.nullable(Id),
});

export const FigurePointInput = v.strictObject({
  id: Id,
  ...DatedInput,
  value: v.pipe(v.number('must be a number'), v.finite()),
  qualifier: v.optional(
    v.picklist(['exact', 'about', 'more-than', 'less-than', 'nearly', 'at-most']),
    'exact',
  ),
  display: Text,
  sources: v.pipe(v.array(QuoteInput), v.minLength(1, 'needs at least one source quote')),
  events: Ids,
  vi: vietnamese('display', 'dateNote'),
});

export const FigureSeriesInput = v.strictObject({
  id: Id,
  label: Text,
  unit: Text,
  description: Text,
  vi: vietnamese('label', 'unit', 'description'),
  theme: Id,
  points: v.pipe(v.array(FigurePointInput), v.minLength(1)),
});

export const DisputeInput = v.strictObject({
  id: Id,
  title: Text,
  /** How the claims differ; only "contradiction" means they cannot all be right. */
  kind: v.picklist(
    DISPUTE_KINDS,
    `must be one of: ${DISPUTE_KINDS.join(', ')} (README, "Where the documents differ")`,
  ),
  note: Text,
  vi: vietnamese('title', 'note'),
  claims: v.pipe(
    v.array(
      v.strictObject({
        ...QuoteInput.entries,
        says: Text,
        asOf: v.optional(PartialDateText),
        vi: vietnamese('says'),
      }),
    ),
    v.minLength(2, 'a dispute needs at least two claims'),
  ),
  events: Ids,
  figures: Ids,
});

export const ExclusionInput = v.strictObject({
  ...QuoteInput.entries,
  reason: Text,
});

export const DocumentInput = v.strictObject({
  id: Id,
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/')),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest')),
  title: Text,
  titleBasis: v.picklist(['stated', 'descriptive']),
  kind: Text,
  /** `title` only when it is ours (titleBasis: descriptive): a stated title is the document's own. */
  vi: vietnamese('title', 'kind'),
  author: v.nullable(Text),
  publisher: v.nullable(Text),
  written: v.strictObject({
    ...DatedInput,
    vi: vietnamese('dateNote'),
    /** Passages the writing date is inferred from; they count as citing their date mentions. */
    evidence: v.optional(
      v.array(v.strictObject({ quote: Text, occurrence: QuoteInput.entries.occurrence })),
      [],
    ),
  }),
  url: v.nullable(v.pipe(v.string(), v.url())),
  asides: v.optional(
    v.array(
      v.strictObject({
        kind: v.picklist(['furniture', 'caption', 'endnotes']),
        /** Line numbers in the document, "3" or "1-7". */
        lines: v.pipe(
          v.union([v.string(), v.number()]),
          v.transform(String),
          v.regex(/^\d+(-\d+)?$/, 'must be a line number or range like "1-7"'),
        ),
        note: Text,
        vi: vietnamese('note'),
      }),
    ),
    [],
  ),
});

export type QuoteInput = v.InferOutput<typeof QuoteInput>;
export type ThemeInput = v.InferOutput<typeof ThemeInput>;
export type EventInput = v.InferOutput<typeof EventInput>;
export type EraInput = v.InferOutput<typeof EraInput>;
export type FigureSeriesInput = v.InferOutput<typeof FigureSeriesInput>;
export type FigurePointInput = v.InferOutput<typeof FigurePointInput>;
export type DisputeInput = v.InferOutput<typeof DisputeInput>;
export type ExclusionInput = v.InferOutput<typeof ExclusionInput>;
export type DocumentInput = v.InferOutput<typeof DocumentInput>;
