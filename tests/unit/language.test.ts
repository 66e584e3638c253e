import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from '../../src/model/embedOptions.ts';
import { embedSnippet } from '../../src/model/embedSnippet.ts';
import { languageInAddress, preferredLanguage, withLanguage } from '../../src/model/language.ts';
import { DEFAULT_URL_STATE, writeUrlState } from '../../src/model/urlState.ts';

describe('the page language', () => {
  it('is what the address says, whatever the browser prefers', () => {
    expect(preferredLanguage('?lang=vi', ['en-US'])).toBe('vi');
    expect(preferredLanguage('?lang=en', ['vi-VN', 'vi'])).toBe('en');
  });

  it("without lang, is the browser's: any Vietnamese tag gives Vietnamese, else English", () => {
    expect(preferredLanguage('', ['vi-VN', 'en'])).toBe('vi');
    expect(preferredLanguage('', ['en-GB', 'vi'])).toBe('vi');
    expect(preferredLanguage('?event=normalisation', ['fr-FR', 'en'])).toBe('en');
    expect(preferredLanguage('', [])).toBe('en');
    // "vie" is not a BCP 47 tag a browser sends for Vietnamese, and "lang=xx" is no choice.
    expect(preferredLanguage('?lang=xx', ['video'])).toBe('en');
    expect(languageInAddress('?lang=xx')).toBeNull();
  });

  it('survives every address the app writes: lang is kept like data=', () => {
    const search = writeUrlState(
      { ...DEFAULT_URL_STATE, view: 'list', event: 'normalisation' },
      '?lang=vi&view=disputes',
    );
    expect(new URLSearchParams(search).get('lang')).toBe('vi');
    expect(new URLSearchParams(search).get('view')).toBe('list');
  });

  it('is switched by setting lang alone, the view unchanged', () => {
    expect(withLanguage('?view=list&event=normalisation&lang=en', 'vi')).toBe(
      '?view=list&event=normalisation&lang=vi',
    );
    expect(withLanguage('', 'en')).toBe('?lang=en');
  });
});

describe('language in embeds', () => {
  it('has a language control to offer, off unless asked for', () => {
    expect(readEmbedOptions('?embed=1&controls=title,language').controls.has('language')).toBe(
      true,
    );
    expect(readEmbedOptions('?embed=1').controls.has('language')).toBe(false);
    expect(readEmbedOptions('').controls.has('language')).toBe(true);
  });

  it('carries the language into the snippet, with or without the current view', () => {
    for (const keepState of [true, false]) {
      const snippet = embedSnippet({
        pageHref: 'https://school.example/t/?lang=vi&event=normalisation',
        height: 640,
        controls: new Set(['title', 'language'] as const),
        keepState,
        title: 'Quan hệ Việt Nam – Hoa Kỳ',
      });
      const src = new URL(/src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '');
      expect(src.searchParams.get('lang')).toBe('vi');
      expect(src.searchParams.get('controls')).toBe('title,language');
      expect(src.searchParams.has('event')).toBe(keepState);
    }
  });
});
