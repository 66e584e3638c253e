/**
 * Which language the page speaks: `lang=vi|en` in the address, else the browser's preferred
 * languages (any Vietnamese one gives Vietnamese), else English.
 */
import { CONTENT_LANGUAGES, type ContentLanguage } from './timelineSchema.ts';

/** The interface speaks the languages the data is written in. */
export type Language = ContentLanguage;

export const LANGUAGES: readonly Language[] = CONTENT_LANGUAGES;

/** The address's explicit choice, if it makes one. */
export function languageInAddress(search: string): Language | null {
  const value = new URLSearchParams(search.length > 20_000 ? '' : search).get('lang');
  return LANGUAGES.find((language) => language === value) ?? null;
}

export function preferredLanguage(search: string, browserLanguages: readonly string[]): Language {
  return (
    languageInAddress(search) ?? (browserLanguages.some((tag) => /^vi\b/i.test(tag)) ? 'vi' : 'en')
  );
}

/** The same query with `lang` set, the other parameters as they were. */
export function withLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params}`;
}
