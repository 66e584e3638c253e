import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model/coverageSchema.ts';
import {
  coverageUrlBeside,
  loadCoverage,
  readCoverage,
  type FetchText,
} from '../../src/model/loadCoverage.ts';

const url = new URL('https://teacher.example/timeline/data/coverage.json');

function goodReport(): CoverageReport {
  return {
    schemaVersion: 1,
    totals: { mentions: 2, cited: 1, excluded: 1, unaccounted: 0, quotes: 3 },
    mentions: [
      {
        document: 'essay-2021',
        start: 10,
        end: 14,
        line: 2,
        text: '1995',
        kind: 'year',
        status: 'cited',
        citedBy: [{ type: 'event', id: 'normalisation' }],
      },
      {
        document: 'essay-2021',
        start: 40,
        end: 49,
        line: 3,
        text: 'last year',
        kind: 'relative',
        status: 'excluded',
        citedBy: [],
        reason: 'Names no event.',
      },
    ],
  };
}

/** A fetch that answers every request with the given status and body. */
function answering(body: string, status = 200): FetchText {
  return () => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(body) });
}

describe('loadCoverage', () => {
  it('returns a well-formed report as it is', async () => {
    const report = goodReport();
    const requested: URL[] = [];
    const result = await loadCoverage(url, (asked) => {
      requested.push(asked);
      return answering(JSON.stringify(report))(asked);
    });
    expect(result).toEqual({ ok: true, report });
    expect(requested.map(String)).toEqual([url.href]);
  });

  it('reads the real report the build writes', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const text = readFileSync(join(process.cwd(), 'public/data/coverage.json'), 'utf8');
    const result = await loadCoverage(url, answering(text));
    expect(result.ok).toBe(true);
  });

  it('says when the file is not JSON', async () => {
    const result = await loadCoverage(url, answering('{"schemaVersion": 1,'));
    expect(result).toMatchObject({
      ok: false,
      kind: 'not-json',
      file: 'coverage',
      where: '/timeline/data/coverage.json',
    });
    expect(result.ok || result.detail).toHaveLength(1);
  });

  it('says where the shape is wrong', async () => {
    const report = goodReport() as unknown as { mentions: { status: string; line: unknown }[] };
    (report.mentions[0] as { status: string }).status = 'maybe';
    (report.mentions[1] as { line: unknown }).line = 'three';
    const result = await loadCoverage(url, answering(JSON.stringify(report)));
    if (result.ok) throw new Error('A malformed report was accepted');
    expect(result).toMatchObject({ kind: 'shape', where: '/timeline/data/coverage.json' });
    expect(result.detail).toEqual([
      expect.stringMatching(/^mentions\[0\]\.status: /),
      expect.stringMatching(/^mentions\[1\]\.line: /),
    ]);
  });

  it('rejects another schema version and a missing field at the top level', async () => {
    const result = await loadCoverage(url, answering(JSON.stringify({ schemaVersion: 2 })));
    if (result.ok) throw new Error('A malformed report was accepted');
    expect(result.detail).toEqual([
      expect.stringMatching(/^schemaVersion: /),
      expect.stringMatching(/^totals: /),
      expect.stringMatching(/^mentions: /),
    ]);
    const notAnObject = await loadCoverage(url, answering('"coverage"'));
    expect(notAnObject.ok || notAnObject.detail[0]).toMatch(/^\(top level\): /);
  });

  it('lists at most five problems, and says how many more there are', async () => {
    const report = goodReport();
    const broken = {
      ...report,
      mentions: Array.from({ length: 8 }, () => ({ ...report.mentions[0], line: 'x' })),
    };
    const result = await loadCoverage(url, answering(JSON.stringify(broken)));
    if (result.ok) throw new Error('A malformed report was accepted');
    expect(result.detail).toHaveLength(6);
    expect(result.detail[5]).toBe('… and 3 more problem(s)');
  });

  it('rejects totals that do not count the mentions listed', async () => {
    const report = goodReport();
    report.totals.cited = 2;
    report.totals.mentions = 5;
    const result = await loadCoverage(url, answering(JSON.stringify(report)));
    if (result.ok) throw new Error('A contradictory report was accepted');
    expect(result.kind).toBe('inconsistent');
    expect(result.detail).toEqual([
      'totals.mentions: says 5, but the report lists 2 such mention(s)',
      'totals.cited: says 2, but the report lists 1 such mention(s)',
    ]);
  });

  it('says when the file cannot be fetched', async () => {
    const missing = await loadCoverage(url, answering('Not found', 404));
    expect(missing).toEqual({
      ok: false,
      kind: 'http',
      file: 'coverage',
      where: '/timeline/data/coverage.json',
      status: 404,
      detail: [],
    });
    const offline = await loadCoverage(url, () => Promise.reject(new TypeError('offline')));
    expect(offline).toEqual({
      ok: false,
      kind: 'unreachable',
      file: 'coverage',
      where: '/timeline/data/coverage.json',
      detail: [],
    });
    const cut = await loadCoverage(url, () =>
      Promise.resolve({ ok: true, status: 200, text: () => Promise.reject(new Error('reset')) }),
    );
    expect(cut.ok || cut.kind).toBe('unreadable');
  });
});

describe('readCoverage', () => {
  it('checks parsed JSON the same way', () => {
    expect(readCoverage(goodReport(), 'coverage.json').ok).toBe(true);
    expect(readCoverage(null, 'coverage.json')).toMatchObject({
      ok: false,
      kind: 'shape',
      where: 'coverage.json',
    });
  });
});

describe('coverageUrlBeside', () => {
  it('puts the report next to the timeline data file', () => {
    const page = new URL('https://teacher.example/timeline/?view=list');
    expect(coverageUrlBeside(new URL('data/timeline-index.json', page)).href).toBe(
      'https://teacher.example/timeline/data/coverage.json',
    );
  });
});
