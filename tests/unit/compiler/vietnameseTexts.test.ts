/**
 * The Vietnamese texts are held to the rule of the English ones: every item has them, and they say
 * no number, year, month or qualifier that the item's quotes (or the English they translate) do not.
 */
import { describe, expect, it } from 'vitest';
import { formatCompileError, type CompileError } from '../../../src/compiler/compileError.ts';
import { ClaimSupport } from '../../../src/compiler/claimSupport.ts';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import {
  editFile,
  indexOfId,
  itemRange,
  lineInItem,
  lineOf,
  removeKeyInItem,
  replaceInItem,
  useProjectCopy,
} from './fixture.ts';

const EVENTS = 'data/events.yaml';

function errorsOf(root: string): string[] {
  const result = compileTimeline(root);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((error: CompileError) => formatCompileError(error));
}

describe('the compiler and the Vietnamese texts', () => {
  it('rejects an event without Vietnamese text, naming the file, line, event and fields', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      removeKeyInItem(events, 'embargo-lifted', 'vi'),
    );
    const index = indexOfId(text, 'embargo-lifted');
    const line = lineOf(text, '  - id: embargo-lifted');
    const errors = errorsOf(root);
    expect(errors).toEqual([
      `${EVENTS}:${line} events[${index}].vi.title: event "embargo-lifted" has no Vietnamese title: add \`vi: { title: … }\` beside the English (README, "How to add or correct a translation")`,
      `${EVENTS}:${line} events[${index}].vi.summary: event "embargo-lifted" has no Vietnamese summary: add \`vi: { summary: … }\` beside the English (README, "How to add or correct a translation")`,
    ]);
  });

  it('rejects a missing Vietnamese note where the English event has a note', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) => {
      const [start, end] = itemRange(events, 'farm-imports-agreement');
      const item = events.slice(start, end);
      // The vi: block's own note: its key and the lines folded under it.
      const withoutNote = item.replace(/^ {6}note: >-\n(?: {8}.*\n)+/m, '');
      return events.slice(0, start) + withoutNote + events.slice(end);
    });
    const index = indexOfId(text, 'farm-imports-agreement');
    expect(errorsOf(root).join('\n')).toContain(
      `events[${index}].vi.note: event "farm-imports-agreement" has no Vietnamese note`,
    );
  });

  it('rejects a Vietnamese note where the English has none', () => {
    const root = useProjectCopy();
    editFile(root, EVENTS, (events) => removeKeyInItem(events, 'farm-imports-agreement', 'note'));
    expect(errorsOf(root).join('\n')).toContain(
      'event "farm-imports-agreement" has a Vietnamese note but no English one',
    );
  });

  it('rejects a Vietnamese summary with a number its quotes lack, and names it', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(events, 'trade-2000', 'lên 1,09 tỷ USD', 'lên 1,9 tỷ USD'),
    );
    const line = lineInItem(text, 'trade-2000', '      summary: >-\n        Từ năm');
    expect(errorsOf(root)).toEqual([
      `${EVENTS}:${line} events[${indexOfId(text, 'trade-2000')}].vi.summary: the number "1,9 tỷ USD" is in none of this item's quotes`,
    ]);
  });

  it('rejects a Vietnamese year its quotes lack', () => {
    const root = useProjectCopy();
    editFile(root, EVENTS, (events) =>
      replaceInItem(events, 'embargo-lifted', 'Năm 1994, Hoa Kỳ', 'Năm 1993, Hoa Kỳ'),
    );
    expect(errorsOf(root).join('\n')).toContain(
      `vi.summary: the year "1993" is in none of this item's quotes`,
    );
  });
});

describe('the discussion questions of the handout', () => {
  it('a question without its Vietnamese fails the compile, at its line', () => {
    const root = useProjectCopy();
    const file = 'data/discussion-questions.yaml';
    const text = editFile(root, file, (questions) =>
      questions.replace(/^ {2}vi:\n {4}question: >-\n(?: {6}.*\n)+/m, ''),
    );
    const id = 'trade-in-1995';
    // The entry's line: where its mapping starts, just under the id.
    const entryLine = lineOf(text, `${id}:`) + 1;
    expect(errorsOf(root)).toEqual([
      `${file}:${entryLine} ${id}.vi: has no Vietnamese question: add \`vi: { question: … }\` beside the English`,
    ]);
  });

  it('a question for a disagreement that does not exist fails the compile', () => {
    const root = useProjectCopy();
    editFile(root, 'data/discussion-questions.yaml', (questions) =>
      questions.replace('trade-in-1995:', 'trade-in-1996:'),
    );
    expect(errorsOf(root).join('\n')).toContain('trade-in-1996: unknown dispute "trade-in-1996"');
  });
});

describe('reading facts in Vietnamese (ClaimSupport.checkVietnameseFacts)', () => {
  const support = new ClaimSupport([
    'the trade turnover has increased from US$ 450 million in 1995 to US$1.09 billion in 2000',
    'more than 31,000 Vietnamese students, the 9th largest partner, 21.6% of exports',
    'On July 11, 1995, the statement; the Comprehensive Partnership (19/5/1890)',
  ]);
  const misses = (text: string) => support.checkVietnameseFacts(text).misses;

  it('matches decimal comma, thousands dot and tỷ/triệu with the English figures', () => {
    expect(misses('tăng từ 450 triệu USD năm 1995 lên 1,09 tỷ USD năm 2000')).toEqual([]);
    expect(misses('hơn 31.000 sinh viên, đối tác lớn thứ 9, chiếm 21,6%')).toEqual([]);
  });

  it('finds a number, a scale or a year the passages lack', () => {
    expect(misses('1,9 tỷ USD')).toEqual([{ kind: 'number', word: '1,9 tỷ USD' }]);
    expect(misses('1,09 triệu USD')).toEqual([{ kind: 'number', word: '1,09 triệu USD' }]);
    expect(misses('31.500 sinh viên')).toEqual([{ kind: 'number', word: '31.500' }]);
    expect(misses('năm 1996')).toEqual([{ kind: 'year', word: '1996' }]);
  });

  it('reads "tháng 7" as July, not as the number 7', () => {
    expect(misses('ngày 11 tháng 7 năm 1995')).toEqual([]);
    expect(misses('ngày 19 tháng 5 năm 1890')).toEqual([]);
    expect(misses('ngày 11 tháng 8 năm 1995')).toEqual([{ kind: 'month', word: 'tháng 8' }]);
  });

  it('needs "first" for đầu tiên and "annual" for hằng năm / hàng năm', () => {
    expect(misses('lần đầu tiên')).toEqual([{ kind: 'qualifier', word: 'lần đầu' }]);
    expect(misses('hội đầu tiên')).toEqual([{ kind: 'qualifier', word: 'đầu tiên' }]);
    expect(misses('đối thoại hằng năm')).toEqual([{ kind: 'qualifier', word: 'hằng năm' }]);
    expect(misses('đối thoại hàng năm')).toEqual([{ kind: 'qualifier', word: 'hàng năm' }]);
    const annual = new ClaimSupport(['the first annual dialogue']);
    expect(annual.checkVietnameseFacts('đối thoại thường niên đầu tiên').misses).toEqual([]);
  });

  it('leaves a passage quoted word for word in English as its source says it', () => {
    expect(misses('bài viết "more than 31,000 Vietnamese students"')).toEqual([]);
    expect(misses('bài viết "more than 32,000"')).not.toEqual([]);
  });
});
