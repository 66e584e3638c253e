/**
 * The eras of an imported TimelineJS file, sorted by start, each tied to the first and last events
 * that start inside it (our Era names them; TimelineJS has no such link).
 */
import type { Era } from '../timelineSchema.ts';
import { flattenText } from './sanitizeHtml.ts';
import { isoOf } from './timelineJs.ts';
import { compareKeys, firstKey, lastKey, readDate, type DateKey } from './timelineJsDates.ts';
import { readExtension, type Draft, type TextReader } from './timelineJsEvents.ts';
import { slugify, UniqueIds } from './timelineJsIds.ts';
import type { ImportWords, Tally } from './timelineJsNotes.ts';
import { VnusEraSchema, type RawEra } from './timelineJsSchema.ts';

/**
 * The index of the first draft (sorted by start) that starts at or after `key`, or, with `past`,
 * after it; `drafts.length` when there is none.
 */
function firstAtOrAfter(drafts: readonly Draft[], key: DateKey, past = false): number {
  let low = 0;
  let high = drafts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareKeys(drafts[middle]!.startKey, key);
    if (order < 0 || (past && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The eras, sorted by start, each tied to the first and last events that start inside it. */
export function buildEras(
  rawEras: readonly RawEra[],
  ordered: readonly Draft[],
  idByOriginal: ReadonlyMap<string, string>,
  reader: TextReader,
  tally: Tally,
  words: ImportWords,
): Era[] {
  const drafts = rawEras.flatMap((raw, index) => {
    const label = reader.plain(raw.text?.headline) || words.untitledEra(index + 1);
    const start = readDate(raw.start_date);
    const end = readDate(raw.end_date);
    if (start.kind !== 'ok' || end.kind !== 'ok') {
      tally.skippedEras.push(
        words.skippedEra(label, start.kind !== 'ok' ? 'no-start-year' : 'no-end-year'),
      );
      return [];
    }
    if (compareKeys(lastKey(end.parts), firstKey(start.parts)) < 0) {
      tally.skippedEras.push(words.skippedEra(label, 'ends-before-start'));
      return [];
    }
    const vnus = readExtension(VnusEraSchema, raw.vnus, tally);
    const description = flattenText(reader.paragraphs(raw.text?.text));
    return [{ label, description, start: start.parts, end: end.parts, vnus, index }];
  });
  drafts.sort((a, b) => compareKeys(firstKey(a.start), firstKey(b.start)));

  const ids = new UniqueIds();
  const restored = (id: string | null | undefined) =>
    id === undefined || id === null ? undefined : idByOriginal.get(id);
  return drafts.map((draft): Era => {
    // The events starting inside the era: ordered[first] to ordered[after - 1].
    const first = firstAtOrAfter(ordered, firstKey(draft.start));
    const after = firstAtOrAfter(ordered, lastKey(draft.end), true);
    const inside = first < after;
    let startEvent = restored(draft.vnus?.startEvent) ?? (inside ? ordered[first]!.id : undefined);
    if (startEvent === undefined) {
      tally.emptyEras.push(draft.label);
      startEvent = (ordered[first] ?? ordered.at(-1)!).id;
    }
    const endEvent =
      draft.vnus?.endEvent === null
        ? null
        : (restored(draft.vnus?.endEvent) ?? (inside ? ordered[after - 1]!.id : null));
    const idBase = (draft.vnus?.id ? slugify(draft.vnus.id) : '') || slugify(draft.label);
    return {
      id: ids.claim(idBase || `era-${draft.index + 1}`),
      label: draft.label,
      description: draft.description,
      startEvent,
      endEvent,
      start: isoOf(draft.start),
      end: isoOf(draft.end),
    };
  });
}
