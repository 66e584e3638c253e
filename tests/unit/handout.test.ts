import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  citedDocumentIds,
  disputesAbout,
  readDiscussionQuestions,
} from '../../src/model/handout.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;
const byId = (id: string) => {
  const event = data.events.find((item) => item.id === id);
  if (!event) throw new Error(`No event ${id}`);
  return event;
};

describe('the handout', () => {
  it('prints the disagreements about the events shown, and no others', () => {
    const found = disputesAbout(data.disputes, [byId('trade-1995')]);
    expect(found.map((dispute) => dispute.id)).toEqual(['trade-in-1995']);
    expect(disputesAbout(data.disputes, [byId('normalisation')])).toEqual([]);
  });

  it('lists the documents its events and disagreements quote, each once', () => {
    const events = [byId('normalisation')];
    const disputes = disputesAbout(data.disputes, [byId('trade-1995')]);
    const cited = citedDocumentIds(events, disputes);
    const expected = new Set([
      ...events[0]!.sources.map((source) => source.document),
      ...disputes[0]!.claims.map((claim) => claim.document),
    ]);
    expect(cited).toEqual(expected);
    expect(citedDocumentIds([], [])).toEqual(new Set());
  });

  it('has open questions, each a question, only for disagreements the data holds', () => {
    const questions = readDiscussionQuestions(
      parse(readFileSync('data/discussion-questions.yaml', 'utf8')),
    );
    // A disagreement added later without a question gets the general one; none is left over.
    expect(questions.size).toBeGreaterThan(0);
    for (const question of questions.values()) expect(question).toMatch(/\?$/);
    for (const id of questions.keys()) {
      expect(data.disputes.map((dispute) => dispute.id)).toContain(id);
    }
  });

  it('gives each question in Vietnamese too, also a question', () => {
    const file = parse(readFileSync('data/discussion-questions.yaml', 'utf8'));
    const english = readDiscussionQuestions(file);
    const vietnamese = readDiscussionQuestions(file, 'vi');
    expect([...vietnamese.keys()]).toEqual([...english.keys()]);
    for (const [id, question] of vietnamese) {
      expect(question).toMatch(/\?$/);
      expect(question).not.toBe(english.get(id));
    }
  });

  it('refuses a question that is not one, in either language', () => {
    const entry = (question: string, vi: string) => ({
      'trade-in-1995': { question, vi: { question: vi } },
    });
    expect(() =>
      readDiscussionQuestions(entry('Why do they differ?', 'Vì sao các con số khác nhau?')),
    ).not.toThrow();
    expect(() =>
      readDiscussionQuestions(entry('The figures differ.', 'Vì sao các con số khác nhau?')),
    ).toThrow();
    expect(() =>
      readDiscussionQuestions(entry('Why do they differ?', 'Các con số khác nhau.')),
    ).toThrow();
  });

  it('refuses a question without its Vietnamese', () => {
    expect(() =>
      readDiscussionQuestions({ 'trade-in-1995': { question: 'Why do they differ?' } }),
    ).toThrow();
  });
});
