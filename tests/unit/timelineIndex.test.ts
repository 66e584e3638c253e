import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoverageMention, CoverageReport } from '../../src/model/coverageSchema.ts';
import { indexCoverage, mentionsByDocument } from '../../src/model/coverageIndex.ts';
import { indexDetails, indexOutline } from '../../src/model/timelineIndex.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;
const report = JSON.parse(readFileSync('public/data/coverage.json', 'utf8')) as CoverageReport;

describe('the timeline index', () => {
  it('finds every event head and theme of the outline by its id', () => {
    const index = indexOutline(data);
    expect(index.headById.size).toBe(data.events.length);
    expect(index.headById.get('normalisation')?.title).toMatch(/normalise relations/);
    expect([...index.themeById.keys()]).toEqual(data.themes.map((theme) => theme.id));
  });

  it('is empty before a timeline has loaded', () => {
    const index = indexOutline(null);
    expect(index.headById.size).toBe(0);
    expect(index.themeById.size).toBe(0);
  });

  it('finds the details by id: events, documents and their titles, disputes', () => {
    const index = indexDetails(data);
    const bta = data.events.find((event) => event.title.includes('Bilateral Trade Agreement'));
    expect(bta).toBeDefined();
    expect(index.eventById.get(bta!.id)).toBe(bta);
    for (const document of data.documents) {
      expect(index.documentById.get(document.id)).toBe(document);
      expect(index.documentTitles.get(document.id)).toBe(document.title);
    }
    expect(index.disputeById.get('trade-in-1995')?.id).toBe('trade-in-1995');
    expect(index.disputeById.size).toBe(data.disputes.length);
  });

  it('finds each figure point with the series it belongs to', () => {
    const index = indexDetails(data);
    const points = data.figures.flatMap((series) => series.points);
    expect(points.length).toBeGreaterThan(0);
    expect(index.pointById.size).toBe(points.length);
    for (const series of data.figures) {
      for (const point of series.points) {
        expect(index.pointById.get(point.id)).toEqual({ series, point });
      }
    }
  });
});

describe('coverage mentions by document', () => {
  it('lists every document of the timeline in its order, each mention once, in the order of its text', () => {
    const groups = mentionsByDocument(report, data.documents);
    expect(indexCoverage(report, data.documents)).toEqual({ report, byDocument: groups });
    expect(groups.map((group) => group.id)).toEqual(data.documents.map((document) => document.id));
    expect(groups.flatMap((group) => group.mentions)).toHaveLength(report.mentions.length);
    for (const group of groups) {
      expect(group.document?.id).toBe(group.id);
      expect(group.mentions.every((mention) => mention.document === group.id)).toBe(true);
      const starts = group.mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('adds a document the report names and the timeline lacks, last, and keeps documents without mentions', () => {
    const mention = (document: string, start: number): CoverageMention => ({
      document,
      start,
      end: start + 4,
      line: 1,
      text: '1995',
      kind: 'year',
      status: 'unaccounted',
      citedBy: [],
    });
    const [first, second] = data.documents;
    const groups = mentionsByDocument(
      {
        ...report,
        mentions: [mention('lost-document', 9), mention(first!.id, 20), mention(first!.id, 5)],
      },
      [first!, second!],
    );
    expect(groups.map((group) => group.id)).toEqual([first!.id, second!.id, 'lost-document']);
    expect(groups[0]!.mentions.map((item) => item.start)).toEqual([5, 20]);
    expect(groups[1]!.mentions).toEqual([]);
    expect(groups[2]!.document).toBeUndefined();
  });
});
