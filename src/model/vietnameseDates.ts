/**
 * Dates and axis labels the Vietnamese way: "ngày 11 tháng 7 năm 1995", "tháng 7 năm 1995",
 * "năm 1995", "từ năm 1995 đến năm 2000", "năm 490 TCN"; ticks "1995", "thg 7", "11/7". Loaded
 * only with the Vietnamese message table, so the English first visit does not carry it.
 *
 * date-fns's `vi` locale pads the month in its long formats ("tháng 07"); running text uses the
 * unpadded form, so the patterns write the month as a number ('M'). The axis's short month names
 * ("thg 7") are the `vi` locale's own abbreviated months, written out here (a unit test holds them
 * to the locale): importing the locale would bring its parsing rules too, 2 KB of a Vietnamese
 * reader's first visit for twelve words.
 */
import type { DateLabelPatterns } from './dateLabelPatterns.ts';
import type { MonthNames } from './formatDateParts.ts';
import type { YearWords } from './yearLabel.ts';
import type { TickLabelPatterns } from './axisTick.ts';

const MONTH_INDEXES = Array.from({ length: 12 }, (_, index) => index);

export const VIETNAMESE_MONTHS: MonthNames = {
  long: MONTH_INDEXES.map((index) => `tháng ${index + 1}`),
  short: MONTH_INDEXES.map((index) => `thg ${index + 1}`),
};

export const VIETNAMESE_YEAR_WORDS: YearWords = {
  beforeCommonEra: '{n} TCN',
  millionYearsAgo: '{n} triệu năm trước',
  billionYearsAgo: '{n} tỷ năm trước',
  millionYearsFromNow: '{n} triệu năm nữa',
  billionYearsFromNow: '{n} tỷ năm nữa',
  now: 'hiện nay',
  groupSeparator: '.',
  decimalSeparator: ',',
};

export const VIETNAMESE_DATE_PATTERNS: DateLabelPatterns = {
  months: VIETNAMESE_MONTHS,
  year: "'năm' y",
  month: "'tháng' M 'năm' y",
  day: "'ngày' d 'tháng' M 'năm' y",
  monthWithoutYear: "'tháng' M",
  dayWithoutYear: "'ngày' d 'tháng' M",
  dayWithoutMonth: "'ngày' d",
  tightRangeSeparator: '\u2013',
  spacedRangeSeparator: ' \u2013 ',
  range: 'từ {start} đến {end}',
  years: VIETNAMESE_YEAR_WORDS,
  locale: 'vi',
};

export const VIETNAMESE_TICK_PATTERNS: TickLabelPatterns = {
  months: VIETNAMESE_MONTHS,
  year: 'y',
  month: 'MMM',
  monthWithYear: 'MMM y',
  day: 'd/M',
  dayWithYear: 'd/M/y',
  years: VIETNAMESE_YEAR_WORDS,
};
