import { describe, expect, it } from 'vitest';
import {
  flattenText,
  createSanitizer,
  decodeEntities,
  escapeHtml,
  htmlToText,
  isSafeHttpUrl,
} from '../../../src/model/interop/sanitizeHtml.ts';
import { jsdomWindow, sanitize } from './support.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href=" JaVaScRiPt:alert(1)">link</a>',
  '<a href="java&#x09;script:alert(1)">link</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x"></object><embed src="x">',
  '<p style="background:url(javascript:alert(1))" class="x" id="y">styled</p>',
  '<style>p { color: red }</style>',
  '<div onclick="alert(1)">div</div>',
  '<form action="javascript:alert(1)"><input onfocus=alert(1) autofocus></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

describe('createSanitizer', () => {
  it('keeps the allowed elements and safe links', () => {
    const html =
      '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em><br><span>sp</span></p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q <cite>c</cite></blockquote>' +
      '<a href="https://example.org/x">web</a> <a href="mailto:a@example.org">mail</a>';
    expect(sanitize(html)).toBe(html);
  });

  it.each(HOSTILE)('removes everything dangerous from %s', (html) => {
    const clean = sanitize(html).toLowerCase();
    for (const bad of [
      '<script',
      'onerror',
      'onload',
      'onclick',
      'onfocus',
      'javascript:',
      'vbscript:',
      'data:',
      '<svg',
      '<math',
      '<iframe',
      '<object',
      '<embed',
      '<img',
      '<style',
      'style=',
      'class=',
      'alert(',
    ]) {
      expect(clean).not.toContain(bad);
    }
  });

  it('keeps the text of removed harmless elements, apart from its neighbours', () => {
    expect(htmlToText(sanitize('<div>one</div><div>two</div><h2>three</h2>four'))).toBe(
      'one two three four',
    );
  });

  it('uses the window it is given, or the global one', () => {
    expect(createSanitizer(jsdomWindow())('<b>x</b>')).toBe('<b>x</b>');
    expect(() => createSanitizer()).toThrow(/DOM window/);
  });
});

describe('htmlToText', () => {
  it('separates blocks and folds spaces', () => {
    expect(htmlToText('<p>One  \n two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'One two\n\nThree\nfour\n\na\n\nb',
    );
  });

  it('decodes entities', () => {
    expect(
      htmlToText('Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; &#x1F600; caf&eacute;'),
    ).toBe('Tom & Jerry <3 "x" \'y\' \u{1F600} caf&eacute;');
    expect(decodeEntities('&nbsp;&mdash;&#0;')).toBe('\u00a0\u2014\ufffd');
  });

  it('keeps http(s) addresses of links and drops the others', () => {
    expect(
      htmlToText(
        '<a href="https://example.org/a?b=1&amp;c=2">docs</a>, <a href="mailto:x@example.org">mail</a>, ' +
          '<a href="https://example.org">https://example.org</a>, <a>bare</a>',
      ),
    ).toBe('docs (https://example.org/a?b=1&c=2), mail, https://example.org, bare');
  });

  it('never shows the content of script or style, even unsanitised', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c')).toBe('abc');
  });

  it('keeps Vietnamese text as it is', () => {
    expect(htmlToText(sanitize('<p>Quan hệ Việt Nam – Hoa Kỳ, Hà Nội</p>'))).toBe(
      'Quan hệ Việt Nam – Hoa Kỳ, Hà Nội',
    );
  });
});

describe('escapeHtml and isSafeHttpUrl', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(isSafeHttpUrl('https://example.org/a b')).toBe(false);
    expect(isSafeHttpUrl('https://example.org/a')).toBe(true);
    expect(isSafeHttpUrl('http://example.org')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      '//host/x',
    ]) {
      expect(isSafeHttpUrl(url)).toBe(false);
    }
  });
});

describe('text on one line', () => {
  it('folds every run of whitespace to one space and trims, and leaves flat text as it is', () => {
    for (const text of [
      'Already flat text',
      ' leading',
      'trailing ',
      'two  spaces',
      'tab\there',
      'line\nbreak',
      'no\u00a0break',
      'line\u2028separator',
      '\ufeffmark',
      '',
      ' ',
    ]) {
      expect(flattenText(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
