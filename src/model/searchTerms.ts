/**
 * Words as a student might type them: British and American spellings ("normalise",
 * "normalize"), a noun or its verb ("normalisation", "normalised"), singular or plural, all
 * reduced to one stem, so search can compare words rather than letters. Works on folded text
 * (foldText: lower case, no diacritics) and keeps positions, so matches can be highlighted.
 */

export interface Word {
  stem: string;
  /** [start, end) in the text the word came from. */
  start: number;
  end: number;
}

/** Whole words spelt differently on either side of the Atlantic (British → American). */
const WORD_SPELLINGS: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  licence: 'license',
  centre: 'center',
  centres: 'centers',
  theatre: 'theater',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  dialogue: 'dialog',
  dialogues: 'dialogs',
  labour: 'labor',
  honour: 'honor',
  honoured: 'honored',
  favour: 'favor',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  neighbouring: 'neighboring',
  colour: 'color',
  behaviour: 'behavior',
  harbour: 'harbor',
  endeavour: 'endeavor',
  travelled: 'traveled',
  travelling: 'traveling',
  modelling: 'modeling',
  fulfil: 'fulfill',
  enrol: 'enroll',
  enrolment: 'enrollment',
  aluminium: 'aluminum',
  ageing: 'aging',
  judgement: 'judgment',
  paediatric: 'pediatric',
};

/** Words the plural rule must leave alone. */
const NOT_PLURAL = new Set([
  'news',
  'series',
  'species',
  'always',
  'perhaps',
  'whereas',
  'towards',
  'afterwards',
  'besides',
  'various',
  'serious',
  'previous',
  'famous',
  'economics',
  'politics',
  'logistics',
  'physics',
  'mathematics',
  'statistics',
  'arms',
  'sales',
  'christmas',
  'texas',
  'alps',
]);

/** A word's stem: American spelling, -ise/-ize and -isation/-ization to one form, no plural. */
export function wordStem(word: string): string {
  let stem = WORD_SPELLINGS[word] ?? word;
  if (stem.length > 5) {
    // -ise, -ised, -ising, -isation(s), -iser(s), -yse… → the root with "iz": normalis(e|ation) → normaliz
    const ize = /^(.{3,}?)([iy])[sz](e|es|ed|ing|ation|ations|er|ers)$/.exec(stem);
    if (ize) return `${ize[1]}${ize[2]}z`;
  }
  if (stem.length < 4 || NOT_PLURAL.has(stem)) return stem;
  if (stem.endsWith('ies') && stem.length > 4) return `${stem.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(stem)) return stem.slice(0, -2);
  if (/[^su'i]s$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of folded text, each with its stem and where it is. */
export function wordsOf(folded: string): Word[] {
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    const text = match[0];
    // "Clinton's" is compared as "clinton".
    const bare = text.replace(/['’]s$/, '');
    words.push({ stem: wordStem(bare), start: match.index, end: match.index + bare.length });
  }
  return words;
}

/** Where a sequence of stems occurs in a text's words, as [start, end) ranges of the text. */
export function findStems(words: readonly Word[], stems: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (stems.length === 0) return ranges;
  for (let index = 0; index + stems.length <= words.length; index++) {
    let all = true;
    for (let offset = 0; offset < stems.length; offset++) {
      if (words[index + offset]?.stem !== stems[offset]) {
        all = false;
        break;
      }
    }
    if (all) {
      ranges.push([words[index]?.start ?? 0, words[index + stems.length - 1]?.end ?? 0]);
    }
  }
  return ranges;
}
