/**
 * The page's language: the message tables, dates and numbers, and `<html lang>`, set once before
 * the app is mounted. The English tables come with the page; the Vietnamese ones (messages.vi.ts,
 * with date-fns's `vi` locale) are fetched only for a Vietnamese page, and their words are put
 * into the same table objects, so every view keeps reading `messages.key` from messages.ts or
 * messagesOnDemand.ts. Switching language is a link to the same address with another `lang`.
 */
import { useDatePatterns } from '../model/dateLabelPatterns.ts';
import type { Language } from '../model/language.ts';
import { useTickPatterns } from '../model/timeTicks.ts';
import { messages } from './messages.ts';

let current: Language = 'en';
let vietnameseOnDemand: typeof import('./messagesOnDemand.vi.ts').viOnDemand | undefined;

export function currentLanguage(): Language {
  return current;
}

/** Loads the language's words, once, before the app is mounted. */
export async function useLanguage(language: Language): Promise<void> {
  if (language === 'vi') {
    const vietnamese = await import('./messages.vi.ts');
    vietnamese.putLanguageInAddress();
    Object.assign(messages, vietnamese.vi);
    useDatePatterns(vietnamese.VIETNAMESE_DATE_PATTERNS);
    useTickPatterns(vietnamese.VIETNAMESE_TICK_PATTERNS);
  }
  current = language;
  document.documentElement.lang = language;
}

/**
 * The words of the views loaded later, in the page's language, fetched (on a Vietnamese page)
 * with the first of them rather than with the first visit. Every dynamic import of a module that
 * reads messagesOnDemand.ts goes through this (`withWords`), so its table is whole when it loads.
 */
async function onDemandWords(): Promise<void> {
  if (current === 'vi' && !vietnameseOnDemand) {
    vietnameseOnDemand = (await import('./messagesOnDemand.vi.ts')).viOnDemand;
  }
}

/** Loads a module of the views loaded later once their words are there. */
export async function withWords<T>(load: () => Promise<T>): Promise<T> {
  await onDemandWords();
  return load();
}

/** The table of views loaded later (messagesOnDemand.ts), in the page's language. */
export function onDemandTable<T extends object>(english: T): typeof messages & T {
  return { ...messages, ...english, ...vietnameseOnDemand };
}
