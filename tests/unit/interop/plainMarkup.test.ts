/**
 * Plain markup is read without the sanitiser (src/model/interop/plainMarkup.ts): for every piece
 * of HTML it calls plain, the text must be exactly the text of the sanitised HTML, here with
 * DOMPurify on jsdom (whose parser follows the HTML standard).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainMarkup } from '../../../src/model/interop/plainMarkup.ts';
import { htmlToText } from '../../../src/model/interop/sanitizeHtml.ts';
import { createRandom } from '../../bench/syntheticTimeline.ts';
import { EXAMPLES_DIR, FIXTURES_DIR, readJson, sanitize } from './support.ts';

const sameText = (html: string) => htmlToText(html) === htmlToText(sanitize(html));

describe('plain markup', () => {
  it.each([
    'Plain text &amp; an entity',
    '<p>One</p><p>Two <b>bold</b> and <i>italic</i></p>',
    '<p class="lead" id=x>Text<br>line<br/>line</p>',
    'See <a href="https://example.org/a?b=1&amp;c=2" target="_blank">the record</a>.',
    '<a href=https://example.org>https://example.org</a>',
    '<strong><em>nested</em></strong> <span><cite>Title</cite></span>',
    'Curly &#8220;quotes&#x201D; &nbsp; &ndash; &hellip;',
    '<B>upper case</B>',
  ])('reads %s directly, to the same text', (html) => {
    expect(isPlainMarkup(html)).toBe(true);
    expect(sameText(html)).toBe(true);
  });

  it.each([
    ['an element outside the plain set', '<div>a</div>'],
    ['a script', '<script>alert(1)</script>'],
    ['a comment', 'a<!-- b -->c'],
    ['an unclosed element', '<p>one<p>two'],
    ['a p inside a p', '<p>a<b><p>b</p></b></p>'],
    ['a link inside a link', '<a href="https://a.org">a<a href="https://b.org">b</a></a>'],
    ['misnested elements', '<b><i>x</b></i>'],
    ['a stray end tag', 'a</p>b'],
    ['an end tag for br', 'a</br>b'],
    ['a self-closed b', '<b/>x'],
    ['a "<" that starts no tag', 'a <3 b <i>x</i>'],
    ['an entity decodeEntities does not know', 'caf&eacute;'],
    ['an entity without its semicolon', 'AT&T &copy 2020'],
    ['an upper-case entity', 'a&NBSP;b'],
    ['a C1 control by number', 'a&#128;b'],
    ['a NUL', 'a\0b'],
    ['a duplicated attribute', '<a href="https://a.org" href="https://b.org">x</a>'],
    ['a value mentioning href', '<a title=" href=https://b.org" href="https://a.org">x</a>'],
    ['a non-ASCII space in a tag', '<a\u00a0href="https://a.org">x</a>'],
    ['an ampersand in an attribute', '<a href="https://a.org/?x=1&y=2">x</a>'],
  ])('sends %s to the sanitiser', (_, html) => {
    expect(isPlainMarkup(html)).toBe(false);
  });

  it('gives the same text for every plain piece of text in the fixtures and examples', () => {
    const texts: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    // Knight Lab's examples sit beside the repository, not in it: a fresh clone has only the
    // fixtures, whose own plain pieces (five) must still be checked.
    const withExamples = existsSync(EXAMPLES_DIR);
    const folders = [FIXTURES_DIR, ...(withExamples ? [EXAMPLES_DIR] : [])];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
        collect(readJson(join(folder, name)));
      }
    }
    const plain = texts.filter((text) => text.includes('<') && isPlainMarkup(text));
    expect(plain.length).toBeGreaterThan(withExamples ? 10 : 4);
    expect(plain.filter((text) => !sameText(text))).toEqual([]);
  });

  it('gives the same text for 5,000 random pieces of HTML that it calls plain', () => {
    const random = createRandom(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const texts = ['text', ' ', '\n', '\u00a0', '&amp;', '&lt;b&gt;', '&#8217;', '&eacute;', '<'];
    const tags = ['p', 'b', 'i', 'em', 'strong', 'span', 'cite', 'a', 'a', 'li', 'div'];
    const hrefs = ['https://example.org/x', 'mailto:a@b.org', ' https://e.org ', 'javascript:x'];
    /** Elements nested a few deep, around text, now and then unclosed or with a stray piece. */
    const fragment = (depth: number): string => {
      let html = '';
      for (let count = 1 + Math.floor(random() * 3); count > 0; count -= 1) {
        const roll = random();
        if (depth === 0 || roll < 0.35) html += pick(texts);
        else if (roll < 0.42) html += pick(['<br>', '<br/>', '</br>', '<!-- x -->', '</p>']);
        else {
          const tag = pick(tags);
          const attributes = tag === 'a' && random() < 0.8 ? ` href="${pick(hrefs)}"` : '';
          const close = random() < 0.9 ? `</${tag}>` : '';
          html += `<${tag}${attributes}>${fragment(depth - 1)}${close}`;
        }
      }
      return html;
    };
    let plainCount = 0;
    const differ: string[] = [];
    for (let round = 0; round < 5000; round += 1) {
      const html = fragment(4);
      if (!isPlainMarkup(html)) continue;
      plainCount += 1;
      if (!sameText(html)) differ.push(html);
    }
    expect(plainCount).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  });
});
