/** The snippet the "Embed" dialog writes: an iframe for the current view and the host script. */
import { EMBED_CONTROLS, type EmbedControl } from './embedOptions.ts';

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
  } else {
    // The data file and the language are not part of the view: they stay with the embed.
    for (const name of ['data', 'lang']) {
      const value = page.searchParams.get(name);
      if (value !== null) embed.searchParams.set(name, value);
    }
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
