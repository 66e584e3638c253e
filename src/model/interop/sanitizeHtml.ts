/**
 * HTML from files we did not write (TimelineJS `text.text`, `text.headline`, era and group
 * names), made harmless, and turned into the plain text our schema stores.
 *
 * `createSanitizer` wraps DOMPurify with a strict allow-list: p, br, b, strong, i, em, a (href
 * only, and only http:, https: or mailto:), ul, ol, li, blockquote, cite, span. Everything else
 * goes: script, style, iframe, object, embed, svg and math with their contents; every attribute
 * but `href` (so every on* handler, style, class, src); javascript:, data: and vbscript: URLs.
 * The text inside other removed elements (div, h2, table…) is kept, with a space on each side so
 * that "<div>a</div><div>b</div>" does not read "ab".
 *
 * `htmlToText` reads sanitised HTML as plain text without a DOM, so the same code runs in the
 * browser, in Node and in the build.
 */
import DOMPurify, { type Config, type WindowLike } from 'dompurify';

export type Sanitize = (html: string) => string;

const ALLOWED_TAGS = [
  'p',
  'br',
  'b',
  'strong',
  'i',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'cite',
  'span',
];

const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  FORBID_TAGS: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math'],
  FORBID_ATTR: ['style', 'src', 'srcset', 'action', 'formaction', 'xlink:href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

/** Elements whose text is kept when the element goes, set apart from its neighbours. */
const SEPARATED_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'main',
  'nav',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
]);

/**
 * A sanitiser bound to a window: in the browser the page's own (the default), in Node a jsdom
 * window (`createSanitizer(new JSDOM('').window)`). Each call makes its own DOMPurify instance,
 * so the hook below never touches another part of the app that uses DOMPurify.
 */
export function createSanitizer(window?: WindowLike): Sanitize {
  const root = window ?? (globalThis as { window?: WindowLike }).window;
  if (root === undefined) {
    throw new Error('createSanitizer needs a DOM window (in Node, pass a jsdom window)');
  }
  const purify = DOMPurify(root);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run in this window');
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!SEPARATED_ELEMENTS.has(data.tagName)) return;
    const document = node.ownerDocument;
    const parent = node.parentNode;
    if (document === null || parent === null) return;
    parent.insertBefore(document.createTextNode(' '), node);
    node.appendChild(document.createTextNode(' '));
  });
  // Once, not on every call: DOMPurify reads a configuration given to sanitize() afresh each time,
  // which cost more than the sanitising itself for 50,000 imported events.
  purify.setConfig(SANITIZE_CONFIG);
  return (html: string) => purify.sanitize(html);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  deg: '\u00b0',
  middot: '\u00b7',
  times: '\u00d7',
  shy: '',
};

/** The entities `decodeEntities` knows by name (it also knows every numeric one). */
export const NAMED_ENTITY_NAMES: ReadonlySet<string> = new Set(Object.keys(NAMED_ENTITIES));

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A URL that may be shown or followed: absolute http(s) only. */
export function isSafeHttpUrl(url: string): boolean {
  if (/[\s<>"'`]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

const BLOCK_TAGS = new Set(['p', 'blockquote', 'ul', 'ol', 'li']);
/** Elements whose content is never text for a reader, in case unsanitised HTML comes in. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);
const TOKEN =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|<[^>]*>|[^<]+|</;
/** The same, global, for `match` (which starts from the beginning whatever its lastIndex). */
const TOKENS = new RegExp(TOKEN.source, 'g');
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * Plain text of sanitised HTML: paragraphs, list items and quotations are separated by a blank
 * line, `<br>` by a line break, runs of spaces fold to one. A link keeps its text, followed by
 * its address in brackets when that is an http(s) URL the text does not already show; other
 * addresses (mailto:, anything else) are dropped.
 */
export function htmlToText(html: string): string {
  // Without tags or entities, all there is to do is fold the spaces (as below, line by line).
  if (!html.includes('<') && !html.includes('&')) return flattenText(html);
  let out = '';
  const links: (string | null)[] = [];
  const linkStart: number[] = [];
  let skipping: string | null = null;
  const tokens = html.match(TOKENS) ?? [];
  for (const token of tokens) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(token);
    if (skipping !== null) {
      if (tag && tag[1] === '/' && tag[2]!.toLowerCase() === skipping) skipping = null;
      continue;
    }
    if (token.startsWith('<!--')) continue;
    if (!tag) {
      if (token.startsWith('<') && token.length > 1) continue;
      out += decodeEntities(token).replace(/[\t\n\r\f ]+/g, ' ');
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (!closing && SKIPPED_CONTENT.has(name) && !token.endsWith('/>')) {
      skipping = name;
      continue;
    }
    if (name === 'br') out += '\n';
    else if (BLOCK_TAGS.has(name)) out += '\n\n';
    else if (SEPARATED_ELEMENTS.has(name)) out += ' ';
    else if (name === 'a' && !closing) {
      const match = HREF.exec(token);
      const href = match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim() : '';
      links.push(isSafeHttpUrl(href) ? href : null);
      linkStart.push(out.length);
    } else if (name === 'a' && closing && links.length > 0) {
      const href = links.pop() ?? null;
      const start = linkStart.pop() ?? out.length;
      const linkText = out.slice(start).trim();
      if (href !== null && !sameAddress(linkText, href)) {
        out += linkText === '' ? href : ` (${href})`;
      }
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function sameAddress(text: string, href: string): boolean {
  const bare = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return bare(text) === bare(href);
}

/** Whitespace other than single spaces: with spaces at either end, what flattenText changes. */
const UNFLAT = /[^\S ]| {2}/;

/** Text on one line: for titles, labels and summaries. */
export function flattenText(text: string): string {
  // The tests allocate nothing; most titles and labels are flat already.
  const flat = !UNFLAT.test(text) && !text.startsWith(' ') && !text.endsWith(' ');
  return flat ? text : text.replace(/\s+/g, ' ').trim();
}
