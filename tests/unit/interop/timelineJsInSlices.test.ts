/**
 * The page reads TimelineJS files in slices (fromTimelineJsInSlices), pausing between them; the
 * result must be the one fromTimelineJs gives at once, whatever the file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/model/interop/sanitizeHtml.ts';
import { createTextReader } from '../../../src/model/interop/timelineJsEvents.ts';
import {
  fromTimelineJs,
  fromTimelineJsInSlices,
} from '../../../src/model/interop/timelineJsImport.ts';
import { syntheticTimelineJs } from '../../bench/syntheticTimelineJs.ts';
import { FIXTURES_DIR, IMPORTED_ON, readJson, sanitize } from './support.ts';
import { enImportWords as words } from '../../../src/views/importWords.ts';

const options = { sanitize, words, importedOn: IMPORTED_ON };

/** Pauses after every step, counting them. */
async function inSlices(json: unknown) {
  let pauses = 0;
  const result = await fromTimelineJsInSlices(json, options, {
    sliceMs: 0,
    stepsPerLook: 1,
    pause: async () => {
      pauses += 1;
    },
  });
  return { result, pauses };
}

describe('reading a TimelineJS file in slices', () => {
  it('gives the same timeline, notes and texts as reading it at once', async () => {
    const file = syntheticTimelineJs(500, 3);
    const { result, pauses } = await inSlices(JSON.stringify(file));
    expect(pauses).toBeGreaterThan(1500); // the file, each event read, built and checked
    expect(result).toEqual(fromTimelineJs(JSON.stringify(file), options));
    expect(result.ok).toBe(true);
  });

  it.each(readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.json')))(
    'gives the same result or problem for %s',
    async (name) => {
      const json = readJson(join(FIXTURES_DIR, name));
      expect((await inSlices(json)).result).toEqual(fromTimelineJs(json, options));
    },
  );

  it('names the same problems when one event deep in a large file is malformed', async () => {
    const file = syntheticTimelineJs(300, 3) as { events: unknown[] };
    file.events[250] = { start_date: { year: [1999] }, text: 'not an object' };
    const { result } = await inSlices(file);
    expect(result).toEqual(fromTimelineJs(file, options));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.detail).toEqual([
        'events[250].start_date.year: must be a number or a string of digits',
        'events[250].text: must be an object',
      ]);
    }
  });
});

describe('text from the file', () => {
  it('goes through the sanitiser only when it has markup beyond the plainest', () => {
    const seen: string[] = [];
    const reader = createTextReader((html) => {
      seen.push(html);
      return sanitize(html);
    });
    expect(reader.plain('Fish &amp; chips  in\nHanoi')).toBe('Fish & chips in Hanoi');
    expect(reader.plain('a <b onclick="x()">bold</b> move')).toBe('a bold move');
    const hostile = '<p>One</p><script>alert(1)</script><div>Two</div>';
    expect(reader.paragraphs(hostile)).toBe('One\n\nTwo');
    expect(seen).toEqual([hostile]);
  });

  it('reads plain text as the full reading of HTML would, spaces of every kind included', () => {
    for (const text of ['  a\tb\r\nc  ', 'a\u00a0\u00a0b', 'line\u2028sep\vtab\f', '', 'x > y']) {
      expect(htmlToText(text)).toBe(htmlToText(`<span>${text}</span>`));
    }
  });
});
