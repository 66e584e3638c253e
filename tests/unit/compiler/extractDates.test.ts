import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { extractDateMentions, type DateMention } from '../../../src/compiler/extractDates.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const seedNames = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

/** [kind, text] of every mention, the shape most assertions compare. */
const found = (text: string) => extractDateMentions(text).map((m) => [m.kind, m.text]);

/** The only mention in `text`, checked to be of `kind` and to read `expected` in the text. */
function only(text: string, kind: DateMention['kind'], expected: string): DateMention {
  const mentions = extractDateMentions(text);
  expect(mentions.map((m) => [m.kind, m.text])).toEqual([[kind, expected]]);
  return mentions[0]!;
}

describe('full-date', () => {
  it.each([
    ['It began on July 11, 1995.', 'July 11, 1995', { year: 1995, month: 7, day: 11 }],
    ['It began on 11 July 1995.', '11 July 1995', { year: 1995, month: 7, day: 11 }],
    ['born 19/5/1890 in Nghe An', '19/5/1890', { year: 1890, month: 5, day: 19 }],
    ['Thứ 6 - 26/02/2016', '26/02/2016', { year: 2016, month: 2, day: 26 }],
    [
      'the Joint Statement of September 10, 2023,',
      'September 10, 2023',
      { year: 2023, month: 9, day: 10 },
    ],
  ])('%s', (text, expected, from) => {
    expect(only(text, 'full-date', expected).from).toEqual(from);
  });

  it('treats any run of blanks, including no-break spaces, as one space', () => {
    const text = 'on July\u00A011,  \u00A01995 in Washington';
    const mention = only(text, 'full-date', 'July\u00A011,  \u00A01995');
    expect(mention.start).toBe(3);
    expect(mention.from).toEqual({ year: 1995, month: 7, day: 11 });
  });

  it('rejects impossible days', () => {
    expect(found('on February 30, 2020')).toEqual([['year', '2020']]);
    expect(found('on 31/4/2020')).toEqual([]);
  });
});

describe('day-month', () => {
  it.each([
    ['on April 4, General Secretary To Lam', 'April 4', { month: 4, day: 4 }],
    ['On March 29, Vinfast Group signed', 'March 29', { month: 3, day: 29 }],
    ['Another call on July 2 focused on', 'July 2', { month: 7, day: 2 }],
    ['on 4 April the delegation', '4 April', { month: 4, day: 4 }],
  ])('%s', (text, expected, partial) => {
    const mention = only(text, 'day-month', expected);
    expect(mention.partial).toEqual(partial);
    expect(mention.from).toBeUndefined();
  });
});

describe('month-year', () => {
  it.each([
    ['(July 2013).', 'July 2013', { year: 2013, month: 7 }],
    ['(in May, 2022), businesses', 'May, 2022', { year: 2022, month: 5 }],
    ['on October 2024.', 'October 2024', { year: 2024, month: 10 }],
    ['No. 874 (August 2015), p. 102', 'August 2015', { year: 2015, month: 8 }],
  ])('%s', (text, expected, from) => {
    expect(only(text, 'month-year', expected).from).toEqual(from);
  });
});

describe('month', () => {
  it.each([
    ['in a meeting with US Senator Steven David Daines in March, described', 'March', 3],
    ['more than 52 billion USD as of May. The United States', 'May', 5],
  ])('%s', (text, expected, month) => {
    const mention = only(text, 'month', expected);
    expect(mention.partial).toEqual({ month });
    expect(mention.from).toBeUndefined();
  });

  it('needs a preposition, since "May" is also a verb or a name', () => {
    expect(found('May the two peoples prosper. March forward.')).toEqual([]);
    expect(found('the two sides may agree in may')).toEqual([]);
  });
});

describe('year', () => {
  it.each([
    ['In 1995, bilateral trade stood at below 500 million USD.', '1995'],
    ['aiming for US$100 billion in 2020.', '2020'],
    ['a Comprehensive Strategic Partnership (2023) -', '2023'],
    ['Celebrating the Labour Day 2022', '2022'],
    ['opportunities from SelectUSA 2025”, Government', '2025'],
    ['the 2023 Vietnam - US Joint Statement', '2023'],
    ['Hanoi, 1995, p. 1329', '1995'],
  ])('%s', (text, expected) => {
    expect(only(text, 'year', expected).from).toEqual({ year: Number(expected) });
  });

  it('reads a decade as its first year', () => {
    expect(only('in the 1990s', 'year', '1990s').from).toEqual({ year: 1990 });
  });

  it('only counts years from 1800 to 2099', () => {
    expect(found('in 1799 and in 2100')).toEqual([]);
    expect(found('in 1800 and in 2099')).toEqual([
      ['year', '1800'],
      ['year', '2099'],
    ]);
  });
});

describe('year-range', () => {
  it.each([
    ['Donald Trump (2017-2021), Vietnam-US', '2017-2021', 2017, 2021],
    ['Vietnam - US relations (1995 - 2025): Solidifying', '1995 - 2025', 1995, 2025],
    ['relations (1995–2025)', '1995–2025', 1995, 2025],
    ['relations (1995 —2025)', '1995 —2025', 1995, 2025],
    ['normalized relations from 1995 to 2000, the trade', 'from 1995 to 2000', 1995, 2000],
    ['grew 1995 to 2000', '1995 to 2000', 1995, 2000],
    ['between 1995 and 2000', 'between 1995 and 2000', 1995, 2000],
  ])('%s', (text, expected, from, to) => {
    const mention = only(text, 'year-range', expected);
    expect(mention.from).toEqual({ year: from });
    expect(mention.to).toEqual({ year: to });
  });

  it('leaves the end open for "to present"', () => {
    const mention = only('From 2019 to present, Vietnam has', 'year-range', 'From 2019 to present');
    expect(mention.from).toEqual({ year: 2019 });
    expect(mention.to).toBeUndefined();
  });

  it('reads "1995 and 2000" without "between" as two years', () => {
    expect(found('in 1995 and 2000')).toEqual([
      ['year', '1995'],
      ['year', '2000'],
    ]);
  });
});

describe('date-range', () => {
  it.each([
    [
      'relations between Vietnam and the United States (July 12, 1995 - July 12, 2022), especially',
      'July 12, 1995 - July 12, 2022',
      { year: 1995, month: 7, day: 12 },
      { year: 2022, month: 7, day: 12 },
    ],
    [
      'Ho Chi Minh President ((19/5/1890 – 19/5/2022)',
      '19/5/1890 – 19/5/2022',
      { year: 1890, month: 5, day: 19 },
      { year: 2022, month: 5, day: 19 },
    ],
    [
      'Most recently, from March 31 to April 4, 2025, representatives',
      'from March 31 to April 4, 2025',
      { year: 2025, month: 3, day: 31 },
      { year: 2025, month: 4, day: 4 },
    ],
    [
      'Reunification Day (April 30, 1975 - April 30, 2022)',
      'April 30, 1975 - April 30, 2022',
      { year: 1975, month: 4, day: 30 },
      { year: 2022, month: 4, day: 30 },
    ],
    [
      'the talks ran July 11–12, 1995 in Hanoi',
      'July 11–12, 1995',
      { year: 1995, month: 7, day: 11 },
      { year: 1995, month: 7, day: 12 },
    ],
  ])('%s', (text, expected, from, to) => {
    const mention = only(text, 'date-range', expected);
    expect(mention.from).toEqual(from);
    expect(mention.to).toEqual(to);
  });
});

describe('part-of-period', () => {
  it.each([
    ['in the first quarter of 2021 with', 'the first quarter of 2021', { year: 2021 }],
    ['in the first quarters of 2021 still', 'the first quarters of 2021', { year: 2021 }],
    ['and the first 3 months of 2021 alone', 'the first 3 months of 2021', { year: 2021 }],
    [
      'in the first week of June 2025, Vietnam',
      'the first week of June 2025',
      { year: 2025, month: 6 },
    ],
    ['As of mid-2024, the US had', 'mid-2024', { year: 2024 }],
    ['the end of 2020.', 'the end of 2020', { year: 2020 }],
    ['By the end of 2020, the total', 'By the end of 2020', { year: 2020 }],
    ['to be together bythe end of 2020 seems', 'bythe end of 2020', { year: 2020 }],
  ])('%s', (text, expected, from) => {
    expect(only(text, 'part-of-period', expected).from).toEqual(from);
  });

  it.each([
    [
      'In the first six months of this year, US direct investment',
      'the first six months of this year',
    ],
    [
      'in the early years of the twenty-first century, people',
      'the early years of the twenty-first century',
    ],
  ])('%s', (text, expected) => {
    expect(only(text, 'part-of-period', expected).from).toBeUndefined();
  });
});

describe('relative', () => {
  it.each([
    ['up 32.8% over the same period last year.', 'last year'],
    ['Last year, Apple CEO Tim Cook visited Vietnam', 'Last year'],
    ['the outstanding achievements of this year', 'this year'],
    ['plans for next year', 'next year'],
    ['Just a week later, Vietnamese Deputy Prime Minister', 'a week later'],
    ['Over the past three months, General Secretary To Lam', 'the past three months'],
  ])('%s', (text, expected) => {
    expect(only(text, 'relative', expected).from).toBeUndefined();
  });
});

describe('century', () => {
  it.each([
    ['values of the twenty-first century', 'the twenty-first century'],
    ['values of the 21st century', 'the 21st century'],
    [
      'Entering the third decade of the 21st\u00A0 century, the',
      'the third decade of the 21st\u00A0 century',
    ],
  ])('%s', (text, expected) => {
    expect(only(text, 'century', expected).from).toBeUndefined();
  });
});

describe('elapsed', () => {
  it.each([
    ['including 26 years since its normalization, people', '26 years since its normalization'],
    [
      'As of July 2025, 30 years since the normalisation of relations',
      '30 years since the normalisation',
    ],
    ['it has been 5 years since then', '5 years since'],
    ['5 years since July 2020, when normalization began', '5 years since'],
    [
      'After 10 years of implementing the comprehensive partnership',
      'After 10 years of implementing',
    ],
    ['and more than 20 years of signing the BTA', 'more than 20 years of signing'],
    [
      'During more than 75 years of Vietnam-US relations, including',
      'more than 75 years of Vietnam-US relations',
    ],
    [
      'In the first five years after normalization of relations',
      'the first five years after normalization',
    ],
  ])('%s', (text, expected) => {
    const mentions = extractDateMentions(text).filter((m) => m.kind === 'elapsed');
    expect(mentions.map((m) => m.text)).toEqual([expected]);
  });
});

describe('false dates', () => {
  it.each([
    'the 13th Vietnam - United States Defense Policy Dialogue',
    'the 10th largest trading partner',
    'ranking 8th  among 79 countries, ranking 12th  among countries',
    'Celebrating the 132nd Birth Anniversary of Ho Chi Minh President',
    'the 47th Anniversary, the 71st Anniversary, the 27th Anniversary',
    'the 26th Conference of the Parties (COP 26)',
    'the 79th session of the UN General Assembly',
    'The document of the 13rd  Party Congress',
    'the holding of its Seventh National Congress',
    'the Pacific Partnership 22 in Phu Yen',
    'a campus in District 9, Ho Chi Minh City',
    'such as tourism (Hanoi Association), garment (May 10), construction',
    'the two sides may meet',
    'Hanoi, p. 1329; vol. I, pp. 161 - 162',
    'Communist Magazine, No. 874; Communist Magazine No. 942',
    'about 1,340 projects, over 1,300 projects, over 1,000 activities, about 700,000 SMEs',
    '30,000 Vietnamese students and 2,000 more',
    'capital of 1.36 billion USD and 11.8 billion USD',
    'from US$ 450 million to US$1.09 billion, nearly VNĐ220 billion ($8.7 million)',
    'a new $130 million in aid, over 2 billion USD',
    'there are 202 investment projects; 111 deep freezers',
    'a budget of $2000 million and 2010 million USD, up 2020%',
    'https://tapchicongsan.org.vn/web/guest/the-gioi-van-de-su-kien/-/2018/1125802/ba-muoi-nam.aspx',
    'https://baochinhphu.vn/toan-van-viet-nam-hoa-ky-102230911170243626.htm',
    'http://example.org/selectusa-2025-',
    'code 12019 and 20199, version 2.2019, serial 1-2020-3',
    'after 2 years of COVID - 19 pandemic',
    'In the generally last 5 years, exports grew',
    'the diplomacy of Vietnam for nearly a century',
    'over the past decades, the relationship',
    'hundreds of millions of dollars',
    'Covid-19, COVID - 19, covid -19, the COVID-19 pandemic',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the real date beside a false one', () => {
    expect(found('garment (May 10), founded in May 1946')).toEqual([['month-year', 'May 1946']]);
    expect(found('Communist Magazine No. 942 (May 2020), p. 101')).toEqual([
      ['month-year', 'May 2020'],
    ]);
    expect(found('Hanoi, 1995, p. 1329')).toEqual([['year', '1995']]);
    expect(found('Hanoi, 2021, vol. I, pp. 161 - 162')).toEqual([['year', '2021']]);
    expect(found('Thứ 6 - 26/02/2016')).toEqual([['full-date', '26/02/2016']]);
    expect(found('January 3, 2025, https://trungtamwto.vn/an-pham/29025-vai-net')).toEqual([
      ['full-date', 'January 3, 2025'],
    ]);
    expect(found('after 2 years of COVID - 19 pandemic in 2022')).toEqual([['year', '2022']]);
  });
});

describe('seed documents', () => {
  it('finds the five documents', () => {
    expect(seedNames).toEqual(
      expect.arrayContaining([
        '000_59371ec1b3e01225.txt',
        '001_26cb02f38e8b1856.txt',
        '002_5354051df62d3f55.txt',
        '003_c57412db0fd8de1d.txt',
        '004_22e4dcd9372ec17a.txt',
      ]),
    );
  });

  it.each(seedNames)('%s: offsets match, sorted, never overlapping', (name) => {
    const text = seed(name);
    const mentions = extractDateMentions(text);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const [i, m] of mentions.entries()) {
      const next = mentions[i + 1];
      if (next) expect(m.end).toBeLessThanOrEqual(next.start);
    }
  });

  const pick = (name: string, text: string) =>
    extractDateMentions(seed(name)).filter((m) => m.text === text);

  it('004: the university visit and the defence dialogue', () => {
    const [range] = pick('004_22e4dcd9372ec17a.txt', 'from March 31 to April 4, 2025');
    expect(range).toMatchObject({
      kind: 'date-range',
      from: { year: 2025, month: 3, day: 31 },
      to: { year: 2025, month: 4, day: 4 },
    });
    const dialogue = pick('004_22e4dcd9372ec17a.txt', 'May 8, 2025');
    expect(dialogue).toHaveLength(2); // in the text and in footnote (7)
    for (const m of dialogue) {
      expect(m).toMatchObject({ kind: 'full-date', from: { year: 2025, month: 5, day: 8 } });
    }
    expect(pick('004_22e4dcd9372ec17a.txt', '2017-2021')[0]).toMatchObject({
      kind: 'year-range',
      from: { year: 2017 },
      to: { year: 2021 },
    });
  });

  it('004: nothing from URLs, page or issue numbers', () => {
    const texts = extractDateMentions(seed('004_22e4dcd9372ec17a.txt')).map((m) => m.text);
    expect(texts).not.toContain('2018');
    expect(texts).not.toContain('1329');
    expect(texts.filter((t) => t === '2025')).toHaveLength(1); // "SelectUSA 2025", not the URL after it
  });

  it('001: the day-first date in the header', () => {
    const [header] = extractDateMentions(seed('001_26cb02f38e8b1856.txt'));
    expect(header).toMatchObject({
      kind: 'full-date',
      text: '26/02/2016',
      from: { year: 2016, month: 2, day: 26 },
    });
  });

  it('000: no mention for the company "May 10"', () => {
    const text = seed('000_59371ec1b3e01225.txt');
    const at = text.indexOf('(May 10)');
    expect(at).toBeGreaterThan(0);
    const touching = extractDateMentions(text).filter((m) => m.start < at + 8 && at < m.end);
    expect(touching).toEqual([]);
  });

  it('000: elapsed time and the century', () => {
    const kinds = found(seed('000_59371ec1b3e01225.txt')).slice(0, 4);
    expect(kinds).toEqual([
      ['elapsed', 'more than 75 years of Vietnam-US relations'],
      ['elapsed', '26 years since its normalization'],
      ['part-of-period', 'the early years of the twenty-first century'],
      ['century', 'the third decade of the 21st\u00A0 century'],
    ]);
  });
});
