/**
 * What a shared link carries: the view, the selected event, the visible range, the filters and
 * the search. Reading is forgiving — an unknown or malformed value is dropped, never an error —
 * and nothing read here reaches the page as markup: values are checked against what the data
 * holds, and the app renders them as text.
 */
import { parsePartialDate, precisionOf, startMs } from './partialDate.ts';

export const VIEW_NAMES = ['timeline', 'list', 'sources', 'disputes', 'coverage'] as const;

export type ViewName = (typeof VIEW_NAMES)[number];

export interface UrlState {
  view: ViewName;
  event: string | null;
  /** The visible range, in UTC ms; null for the default view. */
  range: [number, number] | null;
  /** Active themes; null for all of them. */
  themes: string[] | null;
  minImportance: 1 | 2 | 3;
  query: string;
  /** The figure series shown above the timeline; null: no chart. */
  figures: string | null;
  /** The document open in the source reader, and the passage to show in it. */
  doc: string | null;
  at: [number, number] | null;
  /** Present mode: one event per step, full window. */
  present: boolean;
  /** The step shown in present mode, from 1. */
  step: number;
  /** A teacher's own sequence of events for present mode; null: the events shown. */
  tour: string[] | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'timeline',
  event: null,
  range: null,
  themes: null,
  minImportance: 1,
  query: '',
  figures: null,
  doc: null,
  at: null,
  present: false,
  step: 1,
  tour: null,
};

/** What the data holds, to check values against. */
export interface KnownValues {
  /** A set of ids, or a lookup by id (the app's index): only `has` is asked. */
  eventIds: Pick<ReadonlySet<string>, 'has'>;
  themeIds: readonly string[];
}

/** Parameters this codec owns; every other one (data, embed options) is passed through as is. */
export const STATE_PARAMS = [
  'view',
  'event',
  'from',
  'to',
  'themes',
  'min',
  'q',
  'figures',
  'doc',
  'at',
  'present',
  'step',
  'tour',
] as const;

const ID_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_QUERY_LENGTH = 120;
const MAX_PARAM_LENGTH = 2000;
const DAY_MS = 86_400_000;

function dayMs(value: string | null): number | null {
  if (value === null || value.length > 12 || precisionOf(value) !== 'day') return null;
  const parts = parsePartialDate(value);
  return parts ? startMs(parts) : null;
}

function isoDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${yearText}-${month}-${day}`;
}

export function readUrlState(search: string, known: KnownValues): UrlState {
  const params = new URLSearchParams(search.length > 20_000 ? '' : search);
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value.length > MAX_PARAM_LENGTH ? null : value;
  };
  const view = VIEW_NAMES.find((name) => name === get('view')) ?? 'timeline';
  const eventParam = get('event');
  const event = eventParam !== null && known.eventIds.has(eventParam) ? eventParam : null;
  const from = dayMs(get('from'));
  const to = dayMs(get('to'));
  const range: [number, number] | null =
    from !== null && to !== null && to - from >= DAY_MS ? [from, to] : null;
  const themeParam = get('themes');
  const themes =
    themeParam === null ? null : known.themeIds.filter((id) => themeParam.split(',').includes(id));
  const min = get('min');
  const minImportance = min === '2' ? 2 : min === '3' ? 3 : 1;
  const figuresParam = get('figures');
  // Series ids live in the details, not yet loaded: only their form is checked here.
  const figures =
    figuresParam !== null && figuresParam.length <= 80 && ID_FORM.test(figuresParam)
      ? figuresParam
      : null;
  // Document ids live in the details too: only their form is checked here.
  const docParam = get('doc');
  const doc =
    docParam !== null && docParam.length <= 80 && ID_FORM.test(docParam) ? docParam : null;
  const atMatch = /^(\d{1,7})-(\d{1,7})$/.exec(get('at') ?? '');
  const at: [number, number] | null =
    doc && atMatch && Number(atMatch[1]) < Number(atMatch[2])
      ? [Number(atMatch[1]), Number(atMatch[2])]
      : null;
  const present = get('present') === '1';
  const stepMatch = /^\d{1,4}$/.exec(get('step') ?? '');
  const step = stepMatch ? Math.max(1, Number(stepMatch[0])) : 1;
  const tourIds = readTour(get('tour'), known).known;
  const query = (get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY_LENGTH);
  return {
    view,
    event,
    range,
    // "themes=" naming none we know means no valid choice, so all themes.
    themes:
      themes === null || themes.length === 0 || themes.length === known.themeIds.length
        ? null
        : themes,
    minImportance,
    query,
    figures,
    doc,
    at,
    present,
    step,
    tour: tourIds.length > 0 ? tourIds : null,
  };
}

/** At most this many steps in a tour: more would not be a lesson, and the address stays short. */
export const MAX_TOUR_LENGTH = 200;

/**
 * `tour=id,id,…`: the ids the data holds, in the teacher's order, each once; and the ones it
 * does not (a typo, an event since renamed), for the page to say they were left out.
 */
export function readTour(
  param: string | null,
  known: Pick<KnownValues, 'eventIds'>,
): { known: string[]; unknown: string[] } {
  const result = { known: [] as string[], unknown: [] as string[] };
  if (param === null || param.length > MAX_PARAM_LENGTH) return result;
  for (const raw of param.split(',').slice(0, MAX_TOUR_LENGTH)) {
    const id = raw.trim();
    if (id === '') continue;
    if (known.eventIds.has(id)) {
      if (!result.known.includes(id)) result.known.push(id);
    } else if (!result.unknown.includes(id)) {
      // Shown to the reader as text; cut short so a hostile address cannot flood the page.
      result.unknown.push(id.slice(0, 60));
    }
  }
  return result;
}

/**
 * The query string for a state, keeping the parameters this codec does not own (such as
 * `data`) from `current`. Defaults are left out, so a plain visit has a plain address.
 */
export function writeUrlState(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  for (const name of STATE_PARAMS) params.delete(name);
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.event) params.set('event', state.event);
  if (state.range) {
    params.set('from', isoDay(state.range[0]));
    params.set('to', isoDay(state.range[1]));
  }
  if (state.themes) params.set('themes', state.themes.join(','));
  if (state.minImportance !== 1) params.set('min', String(state.minImportance));
  if (state.query) params.set('q', state.query.slice(0, MAX_QUERY_LENGTH));
  if (state.figures) params.set('figures', state.figures);
  if (state.doc) params.set('doc', state.doc);
  if (state.doc && state.at) params.set('at', `${state.at[0]}-${state.at[1]}`);
  if (state.present) {
    params.set('present', '1');
    params.set('step', String(state.step));
  }
  if (state.tour) params.set('tour', state.tour.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Changes that deserve their own Back step; a moved view or a typed letter do not. */
export function isHistoryWorthy(before: UrlState, after: UrlState): boolean {
  return (
    before.view !== after.view ||
    before.event !== after.event ||
    before.minImportance !== after.minImportance ||
    before.figures !== after.figures ||
    before.present !== after.present ||
    (before.tour ?? []).join(',') !== (after.tour ?? []).join(',') ||
    before.doc !== after.doc ||
    (before.at ?? []).join('-') !== (after.at ?? []).join('-') ||
    (before.themes ?? []).join(',') !== (after.themes ?? []).join(',')
  );
}
