/**
 * The claims check: what an editor writes in their own words (an event's title and summary, a
 * figure series' description, a dispute's title and note) may say nothing its quotes do not.
 *
 * Every number (with its currency, percent sign and scale word), every year, every month name and
 * the qualifiers "first" and "annual" must appear in one of the item's quotes or in its date note;
 * a miss fails the compile. A year may also name the document itself ("the 2021 essay") when a cited
 * document was written that year. Places must appear in a quote too; people and the capitalised
 * words of titles and summaries that appear in no quote are warnings: see README, "What the
 * compiler checks", for why.
 *
 * This file keeps the count and turns misses into errors and warnings. What an item's passages
 * carry is asked in claimSupport.ts; facts are read by englishFacts.ts and vietnameseFacts.ts,
 * names by claimNames.ts.
 */
import type { CompileError, ErrorList } from './compileError.ts';
import type { ClaimMiss, ClaimSupport } from './claimSupport.ts';
import { errorAt, type Located } from './loadInputs.ts';

export function describeMiss(miss: ClaimMiss): string {
  const what = {
    number: 'the number',
    year: 'the year',
    month: 'the month',
    qualifier: 'the qualifier',
    name: 'the name',
  }[miss.kind];
  return `${what} "${miss.word}" is in none of this item's quotes`;
}

/** What the claims check found in one compile: counts for the summary line, and the warnings. */
export class ClaimsReport {
  checked = 0;
  passed = 0;
  readonly warnings: CompileError[] = [];

  /**
   * Checks the fields of one item against its passages: facts (numbers, years, months,
   * qualifiers) fail the compile, names in the text are warnings. `names`: lists of names (people,
   * places), each of which must appear in a passage, with what a miss is.
   */
  checkItem(
    item: Located<unknown>,
    support: ClaimSupport,
    fields: readonly [string, string | undefined][],
    errors: ErrorList,
    names: readonly [string, readonly string[], 'error' | 'warning'][] = [],
  ): void {
    for (const [field, text] of fields) {
      if (text === undefined) continue;
      const facts = support.checkFacts(text);
      const named = support.checkNames(text);
      this.checked += facts.checked + named.checked;
      this.passed += facts.checked - facts.misses.length + named.checked - named.misses.length;
      for (const miss of facts.misses) errors.add(errorAt(item, [field], describeMiss(miss)));
      for (const miss of named.misses)
        this.warnings.push(errorAt(item, [field], describeMiss(miss)));
    }
    for (const [field, list, severity] of names) {
      list.forEach((name, index) => {
        this.checked++;
        if (support.hasName(name)) {
          this.passed++;
          return;
        }
        const finding = errorAt(item, [field, index], describeMiss({ kind: 'name', word: name }));
        if (severity === 'error') errors.add(finding);
        else this.warnings.push(finding);
      });
    }
  }

  /**
   * A Vietnamese text (at `path` in its item) against `support`: the item's quotes and date note
   * and the English it translates. Names are not checked: Vietnamese capitalises common nouns of
   * titles ("Hiệp định Thương mại") that no English quote could carry.
   */
  checkTranslation(
    item: Located<unknown>,
    path: readonly (string | number)[],
    support: ClaimSupport,
    text: string,
    errors: ErrorList,
  ): void {
    const facts = support.checkVietnameseFacts(text);
    this.checked += facts.checked;
    this.passed += facts.checked - facts.misses.length;
    for (const miss of facts.misses) errors.add(errorAt(item, [...path], describeMiss(miss)));
  }
}
