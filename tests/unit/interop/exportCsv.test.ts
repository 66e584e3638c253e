/** CSV for spreadsheets: read back with a small RFC 4180 parser written here. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { formatEventDate } from '../../../src/model/formatDate.ts';
import { CSV_COLUMNS, csvField, toCsv } from '../../../src/model/interop/exportCsv.ts';
import type { TimelineData, TimelineEvent } from '../../../src/model/timelineSchema.ts';
import { REPO_ROOT } from './support.ts';

/** RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
        if (![',', '\r', undefined].includes(text[index]))
          throw new Error(`text after a closing quote at ${index}`);
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (char === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (char === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`a bare CR at ${index}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else if (char === '\n') {
      throw new Error(`a bare LF outside quotes at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length > 0) throw new Error('the last record does not end in CRLF');
  return rows;
}

function records(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
}

let data: TimelineData;
beforeAll(() => {
  const compiled = compileTimeline(REPO_ROOT);
  if (!compiled.ok) throw new Error('the project data does not compile: run `npm run data`');
  data = compiled.output.data;
});

/** A copy of a real event with the awkward text the tests need. */
function awkward(overrides: Partial<TimelineEvent>): TimelineEvent {
  return { ...data.events[0]!, ...overrides };
}

describe('csvField', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('guards every formula start with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`);
    expect(csvField('1995 = normalisation')).toBe('1995 = normalisation');
  });
});

describe('toCsv on the real data', () => {
  it('writes one row per event with every column, read back intact', () => {
    const rows = records(toCsv(data.events, data));
    expect(rows).toHaveLength(data.events.length);
    rows.forEach((row, index) => {
      const event = data.events[index]!;
      expect(row.id).toBe(event.id);
      expect(row.title).toBe(event.title);
      expect(row.date).toBe(formatEventDate(event.date));
      expect(row.start).toBe(event.date.start);
      expect(row.end).toBe(event.date.end ?? '');
      expect(row['date basis']).toBe(event.date.basis);
      expect(row['date note']).toBe(event.date.note ?? '');
      expect(row.importance).toBe(String(event.importance));
      expect(row.milestone).toBe(event.importance === 3 ? 'yes' : 'no');
      expect(row.disputed).toBe(event.disputes.length > 0 ? 'yes' : 'no');
      expect(row.summary).toBe(event.summary);
      expect(row.people).toBe(event.people.join('; '));
      expect(row.quotes!.split(' | ')).toEqual(event.sources.map((source) => source.quote));
      const labels = event.themes.map((id) => data.themes.find((theme) => theme.id === id)!.label);
      expect(row.themes).toBe(labels.join('; '));
      for (const source of event.sources) {
        const title = data.documents.find((doc) => doc.id === source.document)!.title;
        expect(row.sources!.split('; ')).toContain(title);
      }
    });
  });

  it('formats dates at their precision', () => {
    const rows = records(toCsv(data.events, data));
    const normalisation = rows.find((row) => row.start === '1995-07-11');
    expect(normalisation?.date).toBe('11 July 1995');
    expect(normalisation?.precision).toBe('day');
    expect(rows.some((row) => row.milestone === 'yes')).toBe(true);
    expect(rows.some((row) => row.disputed === 'yes')).toBe(true);
  });

  it('keeps Vietnamese text, and writes nothing for no events but the header', () => {
    const rows = records(toCsv(data.events, data));
    const document = data.documents.find((doc) => /Sơn/.test(doc.title))!;
    expect(rows.some((row) => row.sources!.includes(document.title))).toBe(true);
    expect(toCsv([], data)).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('toCsv with awkward text', () => {
  it('round-trips Vietnamese, commas, quotes and line breaks', () => {
    const event = awkward({
      title: 'Quan hệ Việt Nam – Hoa Kỳ: "đối tác", toàn diện',
      summary: 'Line one,\nline "two"\r\nline three',
      people: ['Phan Anh Sơn', 'Tô Lâm'],
      places: ['Hà Nội, Việt Nam'],
      sources: [
        { document: 'essay-2021', quote: 'He said, "yes".', start: 0, end: 1 },
        { document: 'nowhere', quote: 'Semi; colon', start: 0, end: 1 },
      ],
    });
    const [row] = records(toCsv([event], data));
    expect(row!.title).toBe(event.title);
    expect(row!.summary).toBe(event.summary);
    expect(row!.people).toBe('Phan Anh Sơn; Tô Lâm');
    expect(row!.places).toBe('Hà Nội, Việt Nam');
    expect(row!.quotes).toBe('He said, "yes". | Semi; colon');
    // An unknown document is named by its id.
    expect(row!.sources!.split('; ')).toEqual([
      data.documents.find((doc) => doc.id === 'essay-2021')!.title,
      'nowhere',
    ]);
  });

  it('guards fields that a spreadsheet would run as formulas', () => {
    const event = awkward({
      title: '=HYPERLINK("http://evil.example","click")',
      summary: '+1 for normalisation',
      people: ['@SUM(A1:A2)'],
      places: ['-2+3'],
      note: '\tcmd',
      date: { ...data.events[0]!.date, note: '=1+1' },
    });
    const [row] = records(toCsv([event], data));
    expect(row!.title).toBe(`'${event.title}`);
    expect(row!.summary).toBe("'+1 for normalisation");
    expect(row!.people).toBe("'@SUM(A1:A2)");
    expect(row!.places).toBe("'-2+3");
    expect(row!['date note']).toBe("'=1+1");
    for (const field of Object.values(row!)) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes BCE and deep-time dates', () => {
    const bce = awkward({ date: { start: '-0044-03-15', precision: 'day', basis: 'stated' } });
    const deep = awkward({ date: { start: '-13800000000', precision: 'year', basis: 'stated' } });
    const [first, second] = records(toCsv([bce, deep], data));
    expect(first!.start).toBe("'-0044-03-15");
    expect(first!.date).toMatch(/44 BCE|-0?044/);
    expect(second!.start).toBe("'-13800000000");
    expect(second!.date).not.toBe('');
  });
});
