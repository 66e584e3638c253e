import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citationCounts,
  documentCitations,
  groupByAside,
  paragraphParts,
  segmentText,
  type Aside,
  type Citation,
  type Paragraph,
} from '../../src/model/highlightSegments.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

function cite(start: number, end: number, id = `e${start}-${end}`): Citation {
  return { start, end, eventIds: [id], kind: 'event', id };
}

/** The paragraphs' segments and the separators between them, put back together. */
function rebuild(text: string, paragraphs: readonly Paragraph[]): string {
  let result = '';
  let at = 0;
  for (const paragraph of paragraphs) {
    for (const segment of paragraph.segments) {
      result += text.slice(at, segment.start) + segment.text;
      at = segment.end;
    }
  }
  return result + text.slice(at);
}

/** Everything segmentText promises, checked on any input. */
function expectInvariants(
  text: string,
  citations: readonly Citation[],
  paragraphs: readonly Paragraph[],
) {
  expect(rebuild(text, paragraphs)).toBe(text);
  let at = 0;
  for (const paragraph of paragraphs) {
    expect(paragraph.text.trim()).not.toBe('');
    expect(paragraph.text).toBe(text.slice(paragraph.start, paragraph.end));
    expect(paragraph.segments.map((segment) => segment.text).join('')).toBe(paragraph.text);
    // What lies between paragraphs is white space holding at least one line end.
    const separator = text.slice(at, paragraph.start);
    expect(separator.trim()).toBe('');
    if (at > 0) expect(separator).toMatch(/[\r\n\u2028\u2029]/);
    expect(paragraph.text).not.toMatch(/[\r\n\u2028\u2029]/);
    for (const segment of paragraph.segments) {
      expect(segment.end).toBeGreaterThan(segment.start);
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
      for (const citation of citations) {
        const covers = citation.start <= segment.start && citation.end >= segment.end;
        const touches = citation.start < segment.end && citation.end > segment.start;
        // A citation either covers a segment or stays out of it: a boundary at every edge.
        expect(touches).toBe(covers);
        expect(segment.citations.includes(citation)).toBe(covers);
      }
    }
    at = paragraph.end;
  }
  expect(text.slice(at).trim()).toBe('');
}

const summary = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) =>
    paragraph.segments.map((segment) => [segment.text, segment.citations.map((c) => c.id)]),
  );

describe('segmentText', () => {
  it('gives an empty text no paragraphs', () => {
    expect(segmentText('', [], [])).toEqual([]);
    expect(segmentText('\n \n\u00a0\n', [cite(0, 2)], [])).toEqual([]);
  });

  it('makes one paragraph per non-blank line, without the white space around it', () => {
    const text = '  First line. \n\nSecond line.\r\nThird\n';
    const paragraphs = segmentText(text, [], []);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'First line.',
      'Second line.',
      'Third',
    ]);
    expect(paragraphs.every((paragraph) => paragraph.segments.length === 1)).toBe(true);
    expectInvariants(text, [], paragraphs);
  });

  it('cuts a segment out for one citation', () => {
    const text = 'Alpha beta gamma.';
    const citation = cite(6, 10, 'beta');
    const paragraphs = segmentText(text, [citation], []);
    expect(summary(paragraphs)).toEqual([
      [
        ['Alpha ', []],
        ['beta', ['beta']],
        [' gamma.', []],
      ],
    ]);
    expectInvariants(text, [citation], paragraphs);
  });

  it('lists both citations on the part a nested one shares with the outer', () => {
    const text = 'one two three four five';
    const outer = cite(0, 23, 'outer');
    const inner = cite(4, 13, 'inner');
    const paragraphs = segmentText(text, [outer, inner], []);
    expect(summary(paragraphs)).toEqual([
      [
        ['one ', ['outer']],
        ['two three', ['outer', 'inner']],
        [' four five', ['outer']],
      ],
    ]);
    expectInvariants(text, [outer, inner], paragraphs);
    // Several citations of the very same span all stay on it.
    const twin = cite(4, 13, 'twin');
    const shared = segmentText(text, [outer, inner, twin], []);
    expect(shared[0]?.segments[1]?.citations.map((c) => c.id)).toEqual(['outer', 'inner', 'twin']);
  });

  it('cuts overlapping citations at both edges', () => {
    const text = 'aaaa bbbb cccc';
    const left = cite(0, 9, 'left');
    const right = cite(5, 14, 'right');
    const paragraphs = segmentText(text, [left, right], []);
    expect(summary(paragraphs)).toEqual([
      [
        ['aaaa ', ['left']],
        ['bbbb', ['left', 'right']],
        [' cccc', ['right']],
      ],
    ]);
    expectInvariants(text, [left, right], paragraphs);
  });

  it('keeps adjacent citations in separate segments', () => {
    const text = 'first second';
    const first = cite(0, 6, 'first');
    const second = cite(6, 12, 'second');
    const paragraphs = segmentText(text, [first, second], []);
    expect(summary(paragraphs)).toEqual([
      [
        ['first ', ['first']],
        ['second', ['second']],
      ],
    ]);
    expectInvariants(text, [first, second], paragraphs);
    // …and in separate passages, while overlapping ones make one.
    const [paragraph] = paragraphs;
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraphParts(paragraph).map((part) => part.type)).toEqual(['passage', 'passage']);
  });

  it('splits a citation across a paragraph break into both paragraphs', () => {
    const text = 'Line one ends here.\n\nLine two starts here.';
    const across = cite(9, 29, 'across');
    const paragraphs = segmentText(text, [across], []);
    expect(summary(paragraphs)).toEqual([
      [
        ['Line one ', []],
        ['ends here.', ['across']],
      ],
      [
        ['Line two', ['across']],
        [' starts here.', []],
      ],
    ]);
    expectInvariants(text, [across], paragraphs);
  });

  it('clips citations outside the text and ignores empty ones', () => {
    const text = 'short';
    const wild = [cite(-5, 2, 'before'), cite(3, 99, 'after'), cite(2, 2, 'empty'), cite(9, 12)];
    const paragraphs = segmentText(text, wild, []);
    expect(summary(paragraphs)).toEqual([
      [
        ['sh', ['before']],
        ['o', []],
        ['rt', ['after']],
      ],
    ]);
  });

  it('marks the paragraphs an aside covers, and the segments it covers in part', () => {
    const text = 'Menu\nHeadline\n\nBody text. Caption here\nEnd';
    const furniture: Aside = { kind: 'furniture', note: 'Site menu.', start: 0, end: 13 };
    const caption: Aside = { kind: 'caption', note: 'Photo caption.', start: 26, end: 38 };
    const menu = cite(0, 4, 'menu');
    const paragraphs = segmentText(text, [menu], [furniture, caption]);
    expect(paragraphs.map((paragraph) => paragraph.aside?.kind)).toEqual([
      'furniture',
      'furniture',
      undefined,
      undefined,
    ]);
    expect(paragraphs[0]?.aside).toBe(furniture);
    const body = paragraphs[2];
    expect(body?.segments.map((segment) => [segment.text, segment.aside])).toEqual([
      ['Body text. ', undefined],
      ['Caption here', 'caption'],
    ]);
    expectInvariants(text, [menu], paragraphs);
    expect(groupByAside(paragraphs).map((group) => group.paragraphs.length)).toEqual([2, 2]);
  });
});

describe('paragraphParts', () => {
  it('joins nested and overlapping citations into one passage leading to all their events', () => {
    const text = 'plain aaaa bbbb cccc plain';
    const event: Citation = { start: 6, end: 15, eventIds: ['a'], kind: 'event', id: 'a' };
    const figure: Citation = { start: 11, end: 20, eventIds: ['b', 'a'], kind: 'figure', id: 'f' };
    const [paragraph] = segmentText(text, [event, figure], []);
    if (!paragraph) throw new Error('no paragraph');
    const parts = paragraphParts(paragraph);
    expect(parts.map((part) => part.type)).toEqual(['text', 'passage', 'text']);
    const passage = parts[1]?.type === 'passage' ? parts[1].passage : null;
    expect(passage).toMatchObject({ start: 6, end: 20, eventIds: ['a', 'b'] });
    expect(passage?.citations).toEqual([event, figure]);
    expect(passage?.segments).toHaveLength(3);
  });
});

describe('on every real document', () => {
  const root = process.cwd();
  const data = JSON.parse(
    readFileSync(join(root, 'public/data/timeline.json'), 'utf8'),
  ) as TimelineData;

  it('holds five documents', () => {
    expect(data.documents).toHaveLength(5);
  });

  for (const document of data.documents) {
    it(`keeps every invariant on ${document.id}`, () => {
      const text = readFileSync(join(root, 'public/data', document.textPath), 'utf8');
      expect(text.length).toBe(document.length);
      const citations = documentCitations(data, document.id);
      expect(citations.length).toBeGreaterThan(0);
      const paragraphs = segmentText(text, citations, document.asides);
      expectInvariants(text, citations, paragraphs);

      // Every citation is found again, whole, in the segments that carry it.
      for (const citation of citations) {
        const carried = paragraphs
          .flatMap((paragraph) => paragraph.segments)
          .filter((segment) => segment.citations.includes(citation));
        expect(carried.length).toBeGreaterThan(0);
        expect(carried[0]?.start).toBe(citation.start);
        expect(carried[carried.length - 1]?.end).toBe(citation.end);
      }

      // Every aside marks at least one paragraph, and only paragraphs inside it.
      for (const aside of document.asides) {
        const marked = paragraphs.filter((paragraph) => paragraph.aside === aside);
        expect(marked.length).toBeGreaterThan(0);
        for (const paragraph of marked) {
          expect(paragraph.start).toBeGreaterThanOrEqual(aside.start);
          expect(paragraph.end).toBeLessThanOrEqual(aside.end);
        }
      }

      // Passages partition the cited segments, and each leads to an event or is a figure/claim.
      for (const paragraph of paragraphs) {
        for (const part of paragraphParts(paragraph)) {
          if (part.type !== 'passage') continue;
          const { passage } = part;
          expect(passage.segments[0]?.start).toBe(passage.start);
          expect(passage.segments[passage.segments.length - 1]?.end).toBe(passage.end);
          expect(passage.citations.length).toBeGreaterThan(0);
          for (const citation of passage.citations) {
            for (const eventId of citation.eventIds) expect(passage.eventIds).toContain(eventId);
          }
        }
      }

      const counts = citationCounts(data, document.id);
      expect(counts.passages).toBeGreaterThan(0);
      expect(counts.passages).toBeLessThanOrEqual(citations.length);
    });
  }

  it('sets apart lines 1–7 of the 2022 article as page furniture', () => {
    const document = data.documents.find((candidate) => candidate.id === 'covid-cooperation-2022');
    if (!document) throw new Error('no 2022 article');
    const text = readFileSync(join(root, 'public/data', document.textPath), 'utf8');
    const paragraphs = segmentText(text, documentCitations(data, document.id), document.asides);
    const kinds = paragraphs.slice(0, 8).map((paragraph) => paragraph.aside?.kind);
    expect(kinds).toEqual([...Array<string>(7).fill('furniture'), undefined]);
  });
});
