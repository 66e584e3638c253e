import { describe, expect, it } from 'vitest';
import { expandWithAliases, readSearchAliases, stemsOf } from '../../src/model/searchAliases.ts';
import { findStems, wordStem, wordsOf } from '../../src/model/searchTerms.ts';

describe('the stem of a word', () => {
  it('is one for British and American spellings and for noun and verb', () => {
    const stems = ['normalise', 'normalize', 'normalisation', 'normalization', 'normalised'].map(
      wordStem,
    );
    expect(new Set(stems)).toEqual(new Set(['normaliz']));
    expect(wordStem('organisations')).toBe(wordStem('organization'));
    expect(wordStem('defence')).toBe(wordStem('defense'));
    expect(wordStem('programme')).toBe(wordStem('program'));
  });

  it('is one for singular and plural', () => {
    expect(wordStem('relations')).toBe(wordStem('relation'));
    expect(wordStem('countries')).toBe(wordStem('country'));
    expect(wordStem('businesses')).toBe(wordStem('business'));
  });

  it('leaves alone words that only look plural or British', () => {
    expect(wordStem('status')).toBe('status');
    expect(wordStem('news')).toBe('news');
    expect(wordStem('crisis')).toBe('crisis');
    expect(wordStem('us')).toBe('us');
    expect(wordStem('rise')).toBe('rise');
  });
});

describe('words of a text', () => {
  it('keeps where each word is, so a match can be highlighted', () => {
    const text = "clinton's statement on normalising relations";
    const ranges = findStems(wordsOf(text), stemsOf('normalization relation'));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['normalising relations']);
  });

  it('matches whole words only', () => {
    expect(findStems(wordsOf('obtain a bta'), ['bta'])).toEqual([[9, 12]]);
  });
});

describe('aliases', () => {
  const aliases = readSearchAliases([
    ['Agent Orange', 'dioxin'],
    ['BTA', 'Bilateral Trade Agreement'],
  ]);

  it('expand a query to each other term of its group, both ways', () => {
    expect(expandWithAliases(stemsOf('Agent Orange'), aliases)).toEqual([
      ['agent', 'orange'],
      ['dioxin'],
    ]);
    expect(expandWithAliases(stemsOf('bilateral trade agreements'), aliases)).toContainEqual([
      'bta',
    ]);
  });

  it('replace a term inside a longer query', () => {
    expect(expandWithAliases(stemsOf('Agent Orange clean-up'), aliases)).toContainEqual([
      'dioxin',
      'clean',
      'up',
    ]);
  });

  it('leave a query without a known term as it is', () => {
    expect(expandWithAliases(stemsOf('Hanoi'), aliases)).toEqual([['hanoi']]);
  });

  it('reject a malformed file', () => {
    expect(() => readSearchAliases({ 'Agent Orange': 'dioxin' })).toThrow();
    expect(() => readSearchAliases([['alone']])).toThrow();
  });
});
