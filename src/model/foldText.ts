/**
 * Folding for search: case and Vietnamese diacritics away, so "To Lam" finds "Tô Lâm" and
 * "Phan Anh Son" finds "Phan Anh Sơn" (and the other way round). Each UTF-16 unit folds to
 * exactly one, so positions found in folded text are positions in the original: that is what
 * lets search highlight the original words.
 */
const COMBINING_MARKS = /\p{M}+/gu;
/** Letters whose stroke is not a combining mark, so NFD leaves them alone. */
const STROKED: Record<string, string> = { đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l' };

const cache = new Map<string, string>();

function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const stripped = (
      STROKED[unit] ?? unit.normalize('NFD').replace(COMBINING_MARKS, '')
    ).toLowerCase();
    // A unit that decomposes into more than one letter keeps its own lower case.
    folded = stripped.length === 1 ? stripped : unit.toLowerCase().slice(0, 1) || unit;
    cache.set(unit, folded);
  }
  return folded;
}

export function foldText(text: string): string {
  let folded = '';
  // NFC first, so "o" + combining horn arrives as one unit, "ơ", and folds to one "o".
  const composed = text.normalize('NFC');
  for (let index = 0; index < composed.length; index++) {
    folded += foldUnit(composed[index] as string);
  }
  return folded;
}
