import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_DATE_PATTERNS, useDatePatterns } from '../../../src/model/dateLabelPatterns.ts';
import { CSV_COLUMNS, toCsv } from '../../../src/model/interop/exportCsv.ts';
import { toTimelineJs } from '../../../src/model/interop/timelineJsExport.ts';
import type { TimelineData } from '../../../src/model/timelineSchema.ts';
import { VIETNAMESE_DATE_PATTERNS } from '../../../src/model/vietnameseDates.ts';
import { viOnDemand } from '../../../src/views/messagesOnDemand.vi.ts';

const vietnamese = JSON.parse(readFileSync('public/data/timeline.vi.json', 'utf8')) as TimelineData;
const normalisation = vietnamese.events.filter((event) => event.id === 'normalisation');

afterEach(() => useDatePatterns(ENGLISH_DATE_PATTERNS));

describe('exports from the Vietnamese page', () => {
  it('writes CSV headers and words in Vietnamese, the data as it is', () => {
    useDatePatterns(VIETNAMESE_DATE_PATTERNS);
    const csv = toCsv(normalisation, { ...vietnamese, words: viOnDemand.csvWords });
    const [header, row] = csv.replace('\ufeff', '').split('\r\n');
    expect(header?.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(header).toMatch(/^mã,tiêu đề,ngày tháng,bắt đầu,kết thúc,độ chính xác,/);
    expect(row).toContain(normalisation[0]?.title);
    expect(row).toContain(',tháng 7 năm 1995,1995-07,,tháng,do nguồn nêu,');
    expect(row).toContain(',3,có,');
  });

  it('still writes the documented English columns by default', () => {
    const csv = toCsv(normalisation, vietnamese);
    expect(csv.replace('\ufeff', '').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('names the language of a TimelineJS file, with its date labels in that language', () => {
    useDatePatterns(VIETNAMESE_DATE_PATTERNS);
    const file = toTimelineJs({ ...vietnamese, events: normalisation, language: 'vi' });
    expect(file.language).toBe('vi');
    expect(file.events[0]?.start_date.display_date).toBe('tháng 7 năm 1995');
    const { language: _language, ...withoutLanguage } = vietnamese;
    expect(toTimelineJs({ ...withoutLanguage, events: normalisation }).language).toBeUndefined();
  });
});
