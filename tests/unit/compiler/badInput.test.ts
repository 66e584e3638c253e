/**
 * Each kind of mistake an editor can make in seeds/ or data/ fails the compile with an error that
 * names the file, the line and the field, in words that say what to fix.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCompileError, type CompileError } from '../../../src/compiler/compileError.ts';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { contrastRatio, PAGE_BACKGROUND } from '../../../src/model/contrast.ts';
import {
  editFile,
  fieldLineInItem,
  indexOfId,
  itemRange,
  lineInItem,
  lineOf,
  readProjectFile,
  removeKeyInItem,
  replaceInFile,
  replaceInItem,
  replaceOnce,
  useProjectCopy,
} from './fixture.ts';

const EVENTS = 'data/events.yaml';

interface ExpectedError {
  file: string;
  line?: number;
  field?: string;
  /** Fragments the message must contain. */
  says: string[];
}

/** Compiles the copy, which must fail, and returns its errors. */
function failingCompile(root: string): CompileError[] {
  const result = compileTimeline(root);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('the compiler accepted the broken input');
  return result.errors;
}

/** Asserts that one error has exactly this file, line and field and says all of `says`. */
function expectError(errors: readonly CompileError[], expected: ExpectedError): CompileError {
  const match = errors.find(
    (error) =>
      error.file === expected.file &&
      error.line === expected.line &&
      error.field === expected.field &&
      expected.says.every((fragment) => error.message.includes(fragment)),
  );
  if (!match) {
    const wanted = `${expected.file}${expected.line === undefined ? '' : `:${expected.line}`}${
      expected.field === undefined ? '' : ` ${expected.field}:`
    } …${expected.says.join('…')}…`;
    const sameFile = errors.filter((error) => error.file === expected.file);
    const shown = (sameFile.length > 0 ? sameFile : errors).slice(0, 20).map(formatCompileError);
    throw new Error(`no error like\n  ${wanted}\namong:\n  ${shown.join('\n  ')}`);
  }
  return match;
}

/**
 * One text replaced in one item of a data file (`data/<list>.yaml`), which the compiler must
 * reject with an error at the item's field and the line where the mistake stands.
 */
interface ItemEdit {
  /** The test's name: the mistake, in the editor's words. */
  mistake: string;
  list: 'events' | 'disputes' | 'eras';
  id: string;
  from: string;
  to: string;
  /** The field the error names, below the item: `date`, `related[1]`. */
  field: string;
  /** Text on the line the error points at (the replacement when left out). */
  at?: string;
  says: string[];
}

function expectEditRejected({ list, id, from, to, field, at, says }: ItemEdit): void {
  const root = useProjectCopy();
  const file = `data/${list}.yaml`;
  const text = editFile(root, file, (items) => replaceInItem(items, id, from, to));
  expectError(failingCompile(root), {
    file,
    line: lineInItem(text, id, at ?? to),
    field: `${list}[${indexOfId(text, id)}].${field}`,
    says,
  });
}

/** A summary made to say something its quotes do not: reported at the summary's key. */
function expectSummaryRejected(id: string, from: string, to: string, says: string): void {
  const root = useProjectCopy();
  const text = editFile(root, EVENTS, (events) => replaceInItem(events, id, from, to));
  expectError(failingCompile(root), {
    file: EVENTS,
    line: fieldLineInItem(text, id, 'summary'),
    field: `events[${indexOfId(text, id)}].summary`,
    says: [says],
  });
}

describe('the inputs as they stand', () => {
  it('compile without errors, so every failure below comes from the one edit', () => {
    const root = useProjectCopy();
    const result = compileTimeline(root);
    expect(result.ok ? [] : result.errors.map(formatCompileError)).toEqual([]);
  });
});

describe('YAML and shape errors', () => {
  it('a YAML syntax error is reported with the file and the line it is on', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(events, 'ho-chi-minh-born', '    date: 1890-05-19', '   date: 1890-05-19'),
    );
    const errors = failingCompile(root);
    expectError(errors, {
      file: EVENTS,
      line: lineOf(text, '   date: 1890-05-19'),
      says: ['is not valid YAML'],
    });
  });

  it('an event without a summary is rejected at the event, naming the missing field', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      removeKeyInItem(events, 'ho-chi-minh-born', 'summary'),
    );
    const index = indexOfId(text, 'ho-chi-minh-born');
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineOf(text, '- id: ho-chi-minh-born\n'),
      field: `events[${index}].summary`,
      says: ['is required'],
    });
  });

  it('an importance of 5 is rejected: it must be 1, 2 or 3', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(events, 'embargo-lifted', 'importance: 3', 'importance: 5'),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'embargo-lifted', 'importance: 5'),
      field: `events[${indexOfId(text, 'embargo-lifted')}].importance`,
      says: ['must be 1, 2 or 3'],
    });
  });

  it('an event filed under a theme that does not exist is rejected', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'embargo-lifted',
        'themes: [economy, politics]',
        'themes: [economy, politcs]',
      ),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'embargo-lifted', 'themes: [economy, politcs]'),
      field: `events[${indexOfId(text, 'embargo-lifted')}].themes[1]`,
      says: ['unknown theme "politcs"', 'politics'],
    });
  });

  it('two events with the same id are rejected, pointing at the first one', () => {
    const root = useProjectCopy();
    const original = readProjectFile(root, EVENTS);
    const firstIndex = indexOfId(original, 'trade-1995');
    const secondIndex = indexOfId(original, 'students-1995');
    const firstLine = lineOf(original, '  - id: trade-1995\n');
    const text = editFile(root, EVENTS, (events) =>
      replaceOnce(events, '  - id: students-1995\n', '  - id: trade-1995\n'),
    );
    expect(firstIndex).toBeLessThan(secondIndex);
    const idLines = text
      .split('\n')
      .flatMap((line, index) => (line === '  - id: trade-1995' ? [index + 1] : []));
    expect(idLines[0]).toBe(firstLine);
    const secondLine = idLines[1];
    expect(secondLine).toBeDefined();
    expectError(failingCompile(root), {
      file: EVENTS,
      line: secondLine,
      field: `events[${secondIndex}].id`,
      says: ['duplicate event id "trade-1995"', `first used at line ${firstLine}`],
    });
  });
});

describe('dates', () => {
  for (const edit of [
    {
      mistake: 'an impossible day (30 February) is rejected',
      list: 'events',
      id: 'friendship-association-founded',
      from: 'date: 1945-10-17',
      to: 'date: 2023-02-30',
      field: 'date',
      says: ['"2023-02-30" is not a real date'],
    },
    {
      mistake: 'an end date before the start date is rejected',
      list: 'events',
      id: 'pow-mia-first-years',
      from: 'end: 2000',
      to: 'end: 1994',
      field: 'end',
      says: ['"1994" is before the start date "1995"'],
    },
    {
      mistake:
        'a precision that does not match the date ("2013-07" with precision: year) is rejected',
      list: 'events',
      id: 'comprehensive-partnership',
      from: 'date: 2013-07\n    precision: month',
      to: 'date: 2013-07\n    precision: year',
      field: 'precision',
      at: 'precision: year',
      says: ['is "year" but the date "2013-07" has month precision'],
    },
  ] satisfies ItemEdit[]) {
    it(edit.mistake, () => expectEditRejected(edit));
  }

  it('an inferred date without a note saying how it was worked out is rejected', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      removeKeyInItem(events, 'pow-mia-first-years', 'dateNote'),
    );
    expect(text).toMatch(/- id: pow-mia-first-years\n(?:.*\n)*?\s+dateBasis: inferred/);
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineOf(text, '- id: pow-mia-first-years\n'),
      field: `events[${indexOfId(text, 'pow-mia-first-years')}].dateNote`,
      says: ['is required when dateBasis is "inferred"'],
    });
  });

  it('a date marked stated that none of its quotes states is rejected', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(events, 'embargo-lifted', 'date: 1994', 'date: 1993'),
    );
    // The quote still says 1994.
    expect(text.slice(...itemRange(text, 'embargo-lifted'))).toContain(
      'In 1994, the United States lifted the embargo',
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'embargo-lifted', 'date: 1993'),
      field: `events[${indexOfId(text, 'embargo-lifted')}].date`,
      says: ['"1993" is marked stated, but no quote states it', '"1994"'],
    });
  });
});

describe('the claims check: titles, summaries, descriptions and notes say nothing their quotes do not', () => {
  for (const edit of [
    {
      mistake: 'a number with its unit that no quote of the event carries is rejected, naming it',
      id: 'trade-2023',
      from: 'soars to US$124 billion',
      to: 'soars to US$125 billion',
      says: 'the number "US$125 billion" is in none of this item\'s quotes',
    },
    {
      mistake: 'the same digits with another scale word are a different number',
      id: 'trade-2023',
      from: 'soars to US$124 billion',
      to: 'soars to US$124 million',
      says: 'the number "US$124 million"',
    },
    {
      mistake: 'a year that no quote or date note carries is rejected',
      id: 'students-1995',
      from: 'summary: In 1995 only about 500',
      to: 'summary: In 1995, as in 1993, only about 500',
      says: 'the year "1993" is in none of this item\'s quotes',
    },
    {
      mistake: 'a month name that no quote carries is rejected',
      id: 'harris-visit',
      from: 'Harris in August 2021',
      to: 'Harris in September 2021',
      says: 'the month "September" is in none of this item\'s quotes',
    },
    {
      mistake: 'a qualifier ("annual", "first") that no quote carries is rejected',
      id: 'business-summit-2022',
      from: 'attends the US - Vietnam Business Summit',
      to: 'attends the annual US - Vietnam Business Summit',
      says: 'the qualifier "annual"',
    },
  ]) {
    it(edit.mistake, () => expectSummaryRejected(edit.id, edit.from, edit.to, edit.says));
  }

  it('a place that no quote of the event names is rejected', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'phuc-at-un-general-assembly',
        'people: [Nguyen Xuan Phuc]',
        'people: [Nguyen Xuan Phuc]\n    places: [New York]',
      ),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'phuc-at-un-general-assembly', 'places: [New York]'),
      field: `events[${indexOfId(text, 'phuc-at-un-general-assembly')}].places[0]`,
      says: ['the name "New York" is in none of this item\'s quotes'],
    });
  });

  it('a person or a name in a summary that no quote carries is a warning, and the compile goes on', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'kerry-visit',
        'John Kerry visits Vietnam in February 2022.',
        'John Kerry visits Vietnam in February 2022 with Antony Blinken.',
      ),
    );
    const result = compileTimeline(root);
    if (!result.ok) throw new Error(result.errors.map(formatCompileError).join('\n'));
    expect(result.output.claims.warnings.map(formatCompileError)).toContain(
      `${EVENTS}:${fieldLineInItem(text, 'kerry-visit', 'summary')} events[${indexOfId(text, 'kerry-visit')}].summary: the name "Antony Blinken" is in none of this item's quotes`,
    );
  });

  it("a number in a dispute's note or a figure series' description is checked against its quotes", () => {
    const root = useProjectCopy();
    const disputes = editFile(root, 'data/disputes.yaml', (text) =>
      text.replace('counts more than 31,000', 'counts more than 41,000'),
    );
    const figures = editFile(root, 'data/figures.yaml', (text) =>
      text.replace(
        'COVID-19 vaccine doses the United States supplied',
        'COVID-19 vaccine doses, 70 million in all, the United States supplied',
      ),
    );
    const errors = failingCompile(root);
    expectError(errors, {
      file: 'data/disputes.yaml',
      line: fieldLineInItem(disputes, 'vietnamese-students-in-us', 'note'),
      field: `disputes[${indexOfId(disputes, 'vietnamese-students-in-us')}].note`,
      says: ['the number "41,000"'],
    });
    expectError(errors, {
      file: 'data/figures.yaml',
      line: fieldLineInItem(figures, 'vaccine-doses', 'description'),
      field: `series[${indexOfId(figures, 'vaccine-doses')}].description`,
      says: ['the number "70 million"'],
    });
  });
});

describe('quotes', () => {
  it('a quote with one changed word is rejected and the message shows where it parts from the document', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'embargo-lifted',
        'quote: In 1994, the United States lifted the embargo on Vietnam',
        'quote: In 1994, the United States raised the embargo on Vietnam',
      ),
    );
    const error = expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'embargo-lifted', 'quote: In 1994, the United States raised'),
      field: `events[${indexOfId(text, 'embargo-lifted')}].sources[0].quote`,
      says: ['is not a verbatim passage of thirty-years-review-2025'],
    });
    // The match stops right before the changed word: the document goes on with "lifted", the quote
    // with "raised".
    expect(error.message).toContain('"…In 1994, the United States "');
    expect(error.message).toMatch(
      /the document has "lifted the embargo[^"]*" where the quote has "raised/,
    );
  });

  it('a quote that starts in the middle of a word is rejected: quotes cite whole words', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'embargo-lifted',
        'quote: In 1994, the United States lifted the embargo on Vietnam',
        'quote: n 1994, the United States lifted the embargo on Vietnam',
      ),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'embargo-lifted', 'quote: n 1994'),
      field: `events[${indexOfId(text, 'embargo-lifted')}].sources[0].quote`,
      says: ['starts in the middle of the word "In…"', 'quote whole words'],
    });
  });

  it('a quote found twice in its document without `occurrence` is rejected, listing both lines', () => {
    const root = useProjectCopy();
    const quote = 'Comprehensive Partnership';
    const seed = readFileSync(
      join(root, 'seeds', seedFile(root, 'thirty-years-review-2025')),
      'utf8',
    );
    const lines = seed
      .split('\n')
      .flatMap((line, index) => (line.includes(quote) ? [index + 1] : []));
    expect(lines.length).toBeGreaterThan(1);
    expect(seed.split(quote).length - 1).toBe(lines.length);
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'comprehensive-partnership',
        'quote: establishing a Comprehensive Partnership (2013)',
        `quote: ${quote}`,
      ),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'comprehensive-partnership', `quote: ${quote}\n`),
      field: `events[${indexOfId(text, 'comprehensive-partnership')}].sources[2].quote`,
      says: [
        `occurs ${lines.length} times in thirty-years-review-2025`,
        `(lines ${lines.join(', ')})`,
        'add "occurrence: N"',
      ],
    });
  });

  it('a source naming a document that does not exist is rejected', () => {
    const root = useProjectCopy();
    const text = editFile(root, EVENTS, (events) =>
      replaceInItem(
        events,
        'students-1995',
        'doc: thirty-years-review-2025',
        'doc: thirty-years-review-2052',
      ),
    );
    expectError(failingCompile(root), {
      file: EVENTS,
      line: lineInItem(text, 'students-1995', 'doc: thirty-years-review-2052'),
      field: `events[${indexOfId(text, 'students-1995')}].sources[0].doc`,
      says: ['unknown document "thirty-years-review-2052"', 'essay-2021'],
    });
  });
});

/** The seed file name of a document, read from seeds/documents.yaml. */
function seedFile(root: string, documentId: string): string {
  const text = readProjectFile(root, 'seeds/documents.yaml');
  const match = new RegExp(`- id: ${documentId}\\n\\s+file: (\\S+)`).exec(text);
  if (!match?.[1]) throw new Error(`no document ${documentId}`);
  return match[1];
}

describe('references between items', () => {
  for (const edit of [
    {
      mistake: 'a related event that does not exist is rejected',
      list: 'events',
      id: 'embargo-lifted',
      from: 'normalisation]',
      to: 'normalization]',
      field: 'related[1]',
      says: ['unknown event "normalization"'],
    },
    {
      mistake: 'a dispute naming an event that does not exist is rejected',
      list: 'disputes',
      id: 'trade-in-1995',
      from: 'events: [trade-1995]',
      to: 'events: [trade-1959]',
      field: 'events[0]',
      says: ['unknown event "trade-1959"'],
    },
    {
      mistake: 'a dispute whose kind is not one of the five kinds of difference is rejected',
      list: 'disputes',
      id: 'trade-in-1995',
      from: 'kind: rounding',
      to: 'kind: typo',
      field: 'kind',
      says: ['must be one of: contradiction, different-measures'],
    },
    {
      mistake: 'an era starting at an event that does not exist is rejected',
      list: 'eras',
      id: 'normalised-relations',
      from: 'from: normalisation',
      to: 'from: normalization',
      field: 'from',
      says: ['unknown event "normalization"'],
    },
  ] satisfies ItemEdit[]) {
    it(edit.mistake, () => expectEditRejected(edit));
  }
});

describe('documents and date coverage', () => {
  it('a seed document changed by one character is refused with its new SHA-256', () => {
    const root = useProjectCopy();
    const file = seedFile(root, 'essay-2021');
    appendFileSync(join(root, 'seeds', file), 'x');
    const digest = createHash('sha256')
      .update(readFileSync(join(root, 'seeds', file)))
      .digest('hex');
    const documents = readProjectFile(root, 'seeds/documents.yaml');
    expectError(failingCompile(root), {
      file: 'seeds/documents.yaml',
      line: lineInItem(documents, 'essay-2021', 'sha256:'),
      field: `documents[${indexOfId(documents, 'essay-2021')}].sha256`,
      says: [`seeds/${file} has changed`, digest, 'byte-identical'],
    });
  });

  it('a date mention that is neither cited nor excluded is reported at its line in the seed file', () => {
    const root = useProjectCopy();
    const quote = 'Celebrating the Labour Day 2022';
    editFile(root, 'data/exclusions.yaml', (exclusions) => {
      const pattern = new RegExp(
        `  - doc: covid-cooperation-2022\\n    quote: ${quote}\\n    reason: .*\\n`,
      );
      if (!pattern.test(exclusions)) throw new Error('exclusion not found');
      return exclusions.replace(pattern, '');
    });
    const file = seedFile(root, 'covid-cooperation-2022');
    const line = lineOf(readFileSync(join(root, 'seeds', file), 'utf8'), quote);
    const error = expectError(failingCompile(root), {
      file: `seeds/${file}`,
      line,
      says: ['date mention "2022" is not accounted for', quote, 'data/exclusions.yaml'],
    });
    expect(formatCompileError(error)).toMatch(new RegExp(`^seeds/${file}:${line} `));
  });

  it('an exclusion whose passage holds no date mention is reported as useless', () => {
    const root = useProjectCopy();
    const file = 'data/exclusions.yaml';
    const quote = 'People-to-people diplomacy is an important strategy';
    const seed = readFileSync(join(root, 'seeds', seedFile(root, 'essay-2021')), 'utf8');
    const text = editFile(
      root,
      file,
      (exclusions) =>
        `${exclusions}  - doc: essay-2021\n    quote: ${quote}\n    reason: Holds no date at all.\n`,
    );
    const index = (text.match(/^ {2}- doc: /gm) ?? []).length - 1;
    expectError(failingCompile(root), {
      file,
      line: lineOf(text, `quote: ${quote}`) - 1,
      field: `exclusions[${index}]`,
      says: [`essay-2021 line ${lineOf(seed, quote)}`, 'covers no date mention'],
    });
  });
});

describe('themes', () => {
  it('a theme colour without WCAG AA contrast on its background is rejected', () => {
    const root = useProjectCopy();
    const file = 'data/themes.yaml';
    const text = editFile(root, file, (themes) =>
      replaceInItem(themes, 'politics', "light: '#1d4ed8'", "light: '#ffff00'"),
    );
    const ratio = contrastRatio('#ffff00', PAGE_BACKGROUND.light).toFixed(2);
    expectError(failingCompile(root), {
      file,
      line: lineOf(text, "light: '#ffff00'"),
      field: `themes[${indexOfId(text, 'politics')}].colour.light`,
      says: [`#ffff00 has a contrast of ${ratio}:1`, 'WCAG AA needs 4.5:1'],
    });
  });
});

describe('missing files', () => {
  it('a missing data file is reported by name', () => {
    const root = useProjectCopy();
    rmSync(join(root, 'data/eras.yaml'));
    expectError(failingCompile(root), { file: 'data/eras.yaml', says: ['cannot be read'] });
  });
});

describe('several mistakes at once', () => {
  it('are all reported by one run, whatever files they are in', () => {
    const root = useProjectCopy();
    const events = editFile(root, EVENTS, (text) =>
      replaceInItem(text, 'embargo-lifted', 'importance: 3', 'importance: 5'),
    );
    const themes = replaceInFile(root, 'data/themes.yaml', "light: '#1d4ed8'", "light: '#ffff00'");
    const eras = editFile(root, 'data/eras.yaml', (text) =>
      replaceInItem(text, 'normalised-relations', 'from: normalisation', 'from: normalization'),
    );
    const disputes = editFile(root, 'data/disputes.yaml', (text) =>
      replaceInItem(text, 'trade-in-1995', 'events: [trade-1995]', 'events: [trade-1959]'),
    );
    appendFileSync(join(root, 'seeds', seedFile(root, 'vufo-interview-2025')), '\n');
    const documents = readProjectFile(root, 'seeds/documents.yaml');

    const errors = failingCompile(root);
    expectError(errors, {
      file: EVENTS,
      line: lineInItem(events, 'embargo-lifted', 'importance: 5'),
      field: `events[${indexOfId(events, 'embargo-lifted')}].importance`,
      says: ['must be 1, 2 or 3'],
    });
    expectError(errors, {
      file: 'data/themes.yaml',
      line: lineOf(themes, "light: '#ffff00'"),
      field: `themes[${indexOfId(themes, 'politics')}].colour.light`,
      says: ['contrast'],
    });
    expectError(errors, {
      file: 'data/eras.yaml',
      line: lineOf(eras, 'from: normalization'),
      field: `eras[${indexOfId(eras, 'normalised-relations')}].from`,
      says: ['unknown event "normalization"'],
    });
    expectError(errors, {
      file: 'data/disputes.yaml',
      line: lineOf(disputes, 'events: [trade-1959]'),
      field: `disputes[${indexOfId(disputes, 'trade-in-1995')}].events[0]`,
      says: ['unknown event "trade-1959"'],
    });
    expectError(errors, {
      file: 'seeds/documents.yaml',
      line: lineInItem(documents, 'vufo-interview-2025', 'sha256:'),
      field: `documents[${indexOfId(documents, 'vufo-interview-2025')}].sha256`,
      says: ['has changed'],
    });
  });
});
