/**
 * The shape of a TimelineJS3 file as the import accepts it (loosely: numbers may be strings, ""
 * means absent, unknown fields are kept and ignored), our `vnus` extensions, and the check of a
 * whole file in steps that can pause between events (see ../steps.ts).
 */
import * as v from 'valibot';
import type { Steps } from '../steps.ts';

const NumberLike = v.optional(
  v.nullable(v.union([v.number(), v.string()], 'must be a number or a string of digits')),
);
const Text = v.optional(v.nullable(v.string('must be text')));

const DateSchema = v.looseObject({
  year: NumberLike,
  month: NumberLike,
  day: NumberLike,
  hour: NumberLike,
  minute: NumberLike,
  second: NumberLike,
  millisecond: NumberLike,
  display_date: Text,
});
const OptionalDate = v.optional(v.nullable(DateSchema));
const TextSchema = v.optional(
  v.nullable(v.looseObject({ headline: Text, text: Text }, 'must be an object')),
);
const MediaSchema = v.optional(
  v.nullable(
    v.union(
      [v.string(), v.looseObject({ url: Text, caption: Text, credit: Text })],
      'must be a URL or an object with a url',
    ),
  ),
);

const TimelineJsEventSchema = v.looseObject(
  {
    start_date: OptionalDate,
    end_date: OptionalDate,
    text: TextSchema,
    media: MediaSchema,
    group: NumberLike,
    unique_id: NumberLike,
    display_date: Text,
    vnus: v.optional(v.unknown()),
  },
  'must be an object',
);

const TimelineJsEraSchema = v.looseObject(
  {
    start_date: OptionalDate,
    end_date: OptionalDate,
    text: TextSchema,
    vnus: v.optional(v.unknown()),
  },
  'must be an object',
);

const fileEntries = {
  title: v.optional(
    v.nullable(v.looseObject({ text: TextSchema, media: MediaSchema }, 'must be an object')),
  ),
  events: v.array(TimelineJsEventSchema, 'must be a list of events'),
  eras: v.optional(v.nullable(v.array(TimelineJsEraSchema, 'must be a list of eras'))),
  scale: Text,
  vnus: v.optional(v.unknown()),
};
const TimelineJsFileSchema = v.looseObject(fileEntries);
/** The file with its events unchecked: they are checked one by one. */
const FileWithoutEventsSchema = v.looseObject({
  ...fileEntries,
  events: v.array(v.unknown(), 'must be a list of events'),
});

export type RawFile = v.InferOutput<typeof TimelineJsFileSchema>;
export type RawEvent = v.InferOutput<typeof TimelineJsEventSchema>;
export type RawDate = v.InferOutput<typeof DateSchema>;
export type RawEra = v.InferOutput<typeof TimelineJsEraSchema>;

const PrecisionPick = v.picklist(['year', 'month', 'day']);
const Strings = v.optional(v.array(v.string()));
export const VnusEventSchema = v.looseObject({
  themes: Strings,
  importance: v.optional(v.picklist([1, 2, 3])),
  precision: v.optional(PrecisionPick),
  endPrecision: v.optional(PrecisionPick),
  basis: v.optional(v.picklist(['stated', 'inferred'])),
  dateNote: v.optional(v.string()),
  note: v.optional(v.string()),
  people: Strings,
  places: Strings,
  related: Strings,
  disputes: v.optional(
    v.array(v.looseObject({ id: v.string(), title: v.optional(v.nullable(v.string())) })),
  ),
});
export const VnusFileSchema = v.looseObject({
  themes: v.optional(
    v.array(
      v.looseObject({
        id: v.string(),
        label: v.string(),
        description: v.optional(v.string()),
        colour: v.optional(v.looseObject({ light: v.string(), dark: v.string() })),
      }),
    ),
  ),
});
export const VnusEraSchema = v.looseObject({
  id: v.optional(v.string()),
  startEvent: v.optional(v.string()),
  endEvent: v.optional(v.nullable(v.string())),
});
export type VnusEvent = v.InferOutput<typeof VnusEventSchema>;

export type Checked<T> =
  { success: true; output: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] };

/**
 * Checks parsed JSON as a TimelineJS file: the file around its events at once, then the events one
 * step each. When anything is wrong, the whole file is checked again in one go, so that the issues
 * and their order are exactly those of a single check.
 */
export function* checkTimelineJsFile(input: unknown): Steps<Checked<RawFile>> {
  const outer = v.safeParse(FileWithoutEventsSchema, input);
  const events: RawEvent[] = [];
  let fine = outer.success;
  for (const event of outer.success ? outer.output.events : []) {
    const checked = v.safeParse(TimelineJsEventSchema, event);
    if (!checked.success) {
      fine = false;
      break;
    }
    events.push(checked.output);
    yield;
  }
  if (fine && outer.success) return { success: true, output: { ...outer.output, events } };
  return v.safeParse(TimelineJsFileSchema, input);
}

const ISSUE_LIMIT = 8;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  const message = issue.message.startsWith('Invalid key') ? 'is missing' : issue.message;
  return `${path || '(top level)'}: ${message}`;
}

/** A failed import: the message with the first issue, and up to eight issues as detail. */
export function problem(message: string, issues: readonly v.BaseIssue<unknown>[]) {
  const detail = issues.slice(0, ISSUE_LIMIT).map(describeIssue);
  if (issues.length > ISSUE_LIMIT) {
    detail.push(`… and ${issues.length - ISSUE_LIMIT} more problem(s)`);
  }
  return { ok: false as const, message: `${message}${detail[0] ?? ''}`, detail };
}
