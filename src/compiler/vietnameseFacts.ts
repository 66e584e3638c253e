/**
 * How the facts of a Vietnamese text (a `vi:` block) are read, into the same tokens as English:
 * numbers, years, "tháng 7" for July and the qualifiers "đầu tiên" (first) and "hằng năm" (annual).
 */
import { isPlainYear, type NumberToken } from './englishFacts.ts';

/**
 * Vietnamese texts (the `vi:` blocks) write numbers the Vietnamese way: decimal comma, thousands
 * dot, and scale words after the number ("1,09 tỷ USD", "31.000", "450 triệu USD", "21,6%"). They
 * are read into the same tokens as English numbers, so "1,09 tỷ USD" matches "US$1.09 billion".
 */
const VIETNAMESE_SCALES: Record<string, string> = {
  'nghìn tỷ': 'trillion',
  'nghìn tỉ': 'trillion',
  'ngàn tỷ': 'trillion',
  nghìn: 'thousand',
  ngàn: 'thousand',
  triệu: 'million',
  tỷ: 'billion',
  tỉ: 'billion',
  // An English phrase quoted in a Vietnamese text keeps its English scale words.
  thousand: 'thousand',
  million: 'million',
  billion: 'billion',
  trillion: 'trillion',
};
const VIETNAMESE_NUMBER_PATTERN = new RegExp(
  // Not the 7 of "tháng 7": that is July, checked as a month.
  String.raw`(?<![\p{L}\p{N}.,]|\p{Lu}-|[Tt]háng )(US\$|\$|VNĐ|VND)?\s?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![\p{L}\p{N}])` +
    String.raw`(\s?%|\s(?:phần trăm))?(?:\s(${Object.keys(VIETNAMESE_SCALES).join('|')})(?![\p{L}]))?` +
    String.raw`(?:\s?(USD|đô la Mỹ|đô la|VNĐ|đồng)(?![\p{L}]))?`,
  'gu',
);
/** "tháng 7", the Vietnamese for July: month numbers stand where English writes month names. */
export const VIETNAMESE_MONTH_PATTERN = /(?<![\p{L}])tháng (\d{1,2})(?![\p{N}])/giu;
/** The Vietnamese qualifiers and the English words a passage must carry for them. */
export const VIETNAMESE_QUALIFIERS: readonly [RegExp, readonly string[]][] = [
  [/(?<![\p{L}])(?:đầu tiên|lần đầu)(?![\p{L}])/giu, ['first']],
  [/(?<![\p{L}])(?:hằng năm|hàng năm|thường niên)(?![\p{L}])/giu, ['annual', 'annually']],
];

export function vietnameseNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(VIETNAMESE_NUMBER_PATTERN)) {
    const [word, currency, whole = '', fraction = '', percent, scale, currencyAfter] = match;
    const digits = whole.replaceAll('.', '');
    const vnd =
      currency === 'VNĐ' || currency === 'VND' || /^(VNĐ|đồng)$/.test(currencyAfter ?? '');
    const unit = percent ? '%' : vnd ? 'VND' : currency || currencyAfter ? 'USD' : '';
    const marked = Boolean(currency || currencyAfter || percent || scale || fraction);
    tokens.push({
      word: word.trim(),
      value: `${Number(digits)}${fraction.replace(',', '.')}`,
      scale: VIETNAMESE_SCALES[(scale ?? '').toLowerCase()] ?? '',
      unit,
      isYear: isPlainYear(whole, marked),
      index: match.index,
    });
  }
  return tokens;
}
