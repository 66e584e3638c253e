/**
 * The import gives exactly what it gave before it was made fast (issue 9): the whole result (data,
 * notes, texts, or the problem and its detail) for our fixtures, Knight Lab's examples when
 * present, and larger synthetic files, compared by digest with what the importer as of commit
 * f605349 produced. A digest that changes means the import reads some file differently: if that
 * is meant, say why in the commit and record the new digest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fromTimelineJs,
  type TimelineJsImportResult,
} from '../../../src/model/interop/timelineJsImport.ts';
import { toTimelineJs } from '../../../src/model/interop/timelineJsExport.ts';
import { syntheticTimeline } from '../../bench/syntheticTimeline.ts';
import { syntheticTimelineJs } from '../../bench/syntheticTimelineJs.ts';
import { EXAMPLES_DIR, FIXTURES_DIR, IMPORTED_ON, readJson, sanitize } from './support.ts';
import { enImportWords as words } from '../../../src/views/importWords.ts';

function digest(result: TimelineJsImportResult): string {
  const plain = result.ok
    ? { ok: true, data: result.data, notes: result.notes, texts: [...result.texts] }
    : result;
  return createHash('sha256').update(JSON.stringify(plain)).digest('hex').slice(0, 16);
}

const read = (json: unknown, fileName?: string) =>
  fromTimelineJs(json, { sanitize, words, importedOn: IMPORTED_ON, fileName });

/** Clashing ids, groups that slugify alike, events without ids, eras with and without events. */
function clashingFile(): unknown {
  const groups = ['Trade', 'trade', 'TRADE!', 'Aid & <b>relief</b>', '', 'Aid & relief'];
  const events = Array.from({ length: 1500 }, (_, index) => ({
    ...(index % 3 === 0 ? {} : { unique_id: index % 3 === 1 ? 'same id' : `Same-ID ${index % 7}` }),
    start_date: { year: 1950 + (index % 70), month: (index % 13) + 1, day: (index % 32) + 1 },
    text: { headline: index % 11 === 0 ? '' : `Event ${index}`, text: `<p>Text ${index}</p>` },
    group: groups[index % groups.length],
  }));
  const eras = [
    { start_date: { year: 1960 }, end_date: { year: 1970 }, text: { headline: 'Sixties' } },
    { start_date: { year: 1960 }, end_date: { year: 1970 }, text: { headline: 'Sixties' } },
    { start_date: { year: 2030 }, end_date: { year: 2040 }, text: { headline: 'Future' } },
    { start_date: { year: 1900 }, end_date: { year: 1910 }, text: { headline: 'Before' } },
  ];
  return { events, eras };
}

/** Recorded from the importer as of commit f605349 (before issue 9's changes). */
const EXPECTED: Record<string, string> = {
  'bad-shape.json': 'd79c093f966bcfc1',
  'deep-time.json': '57bf70f83d80f312',
  'hostile.json': '22f392c80b3301df',
  'missing-dates.json': '1e6968d4e69bc21d',
  'synthetic TimelineJS, 1,000 events': 'cb92166b3ee6a0f1',
  'our own export of 1,000 synthetic events': '5f2ab67c94f60d31',
  'clashing ids and groups': '9adc0d32b96b420f',
};

const fixtures = readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.json'));

describe('the import reads files as it did before it was made fast', () => {
  it.each(fixtures)('fixture %s', (name) => {
    expect(digest(read(readJson(join(FIXTURES_DIR, name)), name))).toBe(EXPECTED[name]);
  });

  it('1,000 synthetic events as a TimelineJS file from elsewhere', () => {
    const file = syntheticTimelineJs(1000, 7);
    expect(digest(read(file))).toBe(EXPECTED['synthetic TimelineJS, 1,000 events']);
  });

  it('1,000 synthetic events exported by us, with our extension', () => {
    const data = syntheticTimeline(1000, 7);
    const file = JSON.parse(JSON.stringify(toTimelineJs(data))) as unknown;
    expect(digest(read(file))).toBe(EXPECTED['our own export of 1,000 synthetic events']);
  });

  it('clashing ids and groups', () => {
    expect(digest(read(clashingFile()))).toBe(EXPECTED['clashing ids and groups']);
  });
});

/** The same, for the examples in ../shared/interop/timelinejs (skipped when absent). */
const EXAMPLE_DIGESTS: Record<string, string> = {
  'contrib_women_in_computing.json': '4edf2abae744e24f',
  'src_template_all-media-types.json': '1e34a4b9af50a67c',
  'src_template_cosmo-mixed.json': '9dd80173afba6adb',
  'src_template_cosmo.json': '4a588356b82144d3',
  'src_template_eras.json': '5ffaaeee876bc305',
  'website_examples_houston_timeline3.json': '90fec0d2ae9ac48d',
  'website_examples_mediatypes_timeline3.json': '794b0992a094e0d3',
  'website_examples_republican_timeline3.json': 'd8220357b899e176',
  'website_examples_soundcite_timeline3.json': '2514d3c2d919a464',
  'website_examples_timeline3.json': '91a99759fbf028f7',
  'website_examples_twain_marktwain.json': '0fff1351ebe88f88',
  'website_examples_user-interface_timeline3.json': 'f78c2cc8d3862725',
};

describe.skipIf(!existsSync(EXAMPLES_DIR))('Knight Lab’s examples read as before', () => {
  const examples = existsSync(EXAMPLES_DIR)
    ? readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'))
    : [];
  it.each(examples)('%s', (name) => {
    expect(digest(read(readJson(join(EXAMPLES_DIR, name)), name))).toBe(EXAMPLE_DIGESTS[name]);
  });
});
