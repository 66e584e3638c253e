/**
 * Embedding in a teaching site: the URL options an embed reads, the link back to the full
 * timeline, and the snippet the "Embed" dialog writes. Everything else an embed shows (themes,
 * range, event, view) travels in the same parameters as a shared link (urlState.ts).
 */

export const EMBED_CONTROLS = ['title', 'search', 'filters', 'views', 'language'] as const;

export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export interface EmbedOptions {
  embedded: boolean;
  /** Which controls an embed shows; the full app shows all. */
  controls: ReadonlySet<EmbedControl>;
}

/** The message an embedded timeline posts to its host page; `height` is all it says. */
export const RESIZE_MESSAGE_TYPE = 'vietnam-us-timeline:resize';

/** Parameters that only make sense inside an iframe. */
const EMBED_PARAMS = ['embed', 'controls'] as const;

export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search.length > 20_000 ? '' : search);
  const embedded = params.get('embed') === '1';
  if (!embedded) return { embedded, controls: new Set(EMBED_CONTROLS) };
  const asked = (params.get('controls') ?? 'title').slice(0, 200).split(',');
  return {
    embedded,
    controls: new Set(EMBED_CONTROLS.filter((control) => asked.includes(control))),
  };
}

/** The same view outside the iframe: the current address without the embed options. */
export function fullTimelineUrl(href: string): string {
  const url = new URL(href);
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  return url.href;
}
