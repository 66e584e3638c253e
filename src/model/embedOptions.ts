/**
 * Embedding in a teaching site: the URL options an embed reads, the link back to the full
 * timeline, and the snippet the "Embed" dialog writes. Everything else an embed shows (themes,
 * range, event, view) travels in the same parameters as a shared link (urlState.ts).
 */

export type EmbedControl = 'title' | 'search' | 'filters' | 'views';

export const EMBED_CONTROLS: readonly EmbedControl[] = ['title', 'search', 'filters', 'views'];

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

export interface EmbedSnippetOptions {
  /** The current page address, with the state to embed in its query. */
  pageHref: string;
  height: number;
  controls: ReadonlySet<EmbedControl>;
  /** Keep the current event, filters, search and range; otherwise embed the default view. */
  keepState: boolean;
  title: string;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * An iframe for the current view, and the host script that resizes it to its content. Without
 * the script the iframe keeps its fixed height and works all the same.
 */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const page = new URL(options.pageHref);
  const embed = new URL(page.pathname, page.origin);
  if (options.keepState) {
    for (const [name, value] of page.searchParams) embed.searchParams.set(name, value);
  } else if (page.searchParams.has('data')) {
    embed.searchParams.set('data', page.searchParams.get('data') ?? '');
  }
  embed.searchParams.set('embed', '1');
  const controls = EMBED_CONTROLS.filter((control) => options.controls.has(control));
  if (controls.length > 0) embed.searchParams.set('controls', controls.join(','));
  else embed.searchParams.delete('controls');
  const script = new URL('embed.js', page.origin + page.pathname.replace(/[^/]*$/, ''));
  const height = Math.round(Math.min(4000, Math.max(240, options.height)));
  return [
    `<iframe src="${escapeAttribute(embed.href)}" title="${escapeAttribute(options.title)}"`,
    `  width="100%" height="${height}" style="border:0;width:100%" loading="lazy"`,
    `  data-vietnam-us-timeline></iframe>`,
    `<script src="${escapeAttribute(script.href)}" async></script>`,
  ].join('\n');
}
