/**
 * Whether a piece of HTML is so plain that reading it as text needs no sanitiser: only the tags
 * p, br, b, strong, i, em, span, cite and a, properly nested and closed, with well-formed
 * attributes; entities only those `decodeEntities` knows, written as the HTML parser reads them;
 * nothing else that starts with "<". For such HTML, `htmlToText(html)` is exactly
 * `htmlToText(sanitize(html))`: DOMPurify would keep every one of these elements and its text,
 * drop attributes `htmlToText` ignores anyway, and the HTML parser would not rearrange them.
 * Sanitising costs a parse into a new document and a walk over it (about 0.1 ms a string in
 * Chromium); this check, a scan of the string.
 * tests/unit/interop/plainMarkup.test.ts holds it to that, on hand-written and random HTML.
 */
import { NAMED_ENTITY_NAMES } from './sanitizeHtml.ts';

const PLAIN_TAGS = new Set(['p', 'br', 'b', 'strong', 'i', 'em', 'span', 'cite', 'a']);
// Between a tag's name and attributes only ASCII whitespace counts, as for the HTML parser.
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[\t\n\f\r ]+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))?)*)[\t\n\f\r ]*(\/?)>/y;
const ATTRIBUTE =
  /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))?/g;
const ENTITY = /&(?:([a-z]+)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/y;

/** A code point the HTML parser reads as itself (not 0, not C1 controls, not a surrogate). */
function readsAsItself(code: number): boolean {
  return (
    code > 0 &&
    !(code >= 0x80 && code <= 0x9f) &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    code <= 0x10ffff
  );
}

/** Attribute names once each, and no value that mentions href (htmlToText finds the first). */
function plainAttributes(attributes: string): boolean {
  const names = new Set<string>();
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    const lower = name!.toLowerCase();
    if (names.has(lower)) return false;
    names.add(lower);
    if (value !== undefined && /href/i.test(value)) return false;
  }
  return true;
}

/** Every "&" starts an entity that decodeEntities and the HTML parser read alike (in text and attributes). */
function plainEntities(html: string): boolean {
  for (let at = html.indexOf('&'); at !== -1; at = html.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    const entity = ENTITY.exec(html);
    if (entity === null) return false;
    const [, name, decimal, hex] = entity;
    if (name !== undefined) {
      if (!NAMED_ENTITY_NAMES.has(name)) return false;
    } else if (!readsAsItself(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16))) {
      return false;
    }
  }
  return true;
}

export function isPlainMarkup(html: string): boolean {
  if (html.includes('\0') || !plainEntities(html)) return false;
  const open: string[] = [];
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', TAG.lastIndex)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (tag === null) return false;
    const [, closing, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    if (!PLAIN_TAGS.has(name)) return false;
    if (closing) {
      if (attributes || selfClosing || open.pop() !== name) return false;
      continue;
    }
    if (!plainAttributes(attributes!)) return false;
    if (name === 'br') continue;
    // A p inside a p, or a link inside a link, is closed early by the parser: not plain.
    if (selfClosing || ((name === 'p' || name === 'a') && open.includes(name))) return false;
    open.push(name);
  }
  return open.length === 0;
}
