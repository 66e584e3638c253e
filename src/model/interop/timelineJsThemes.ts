/**
 * The themes of an imported TimelineJS file: those our own export names in its `vnus` extension
 * (ids, labels, descriptions, colours), then one per group, coloured from a palette that passes
 * WCAG AA on both page backgrounds.
 */
import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../contrast.ts';
import type { Theme } from '../timelineSchema.ts';
import { readExtension, type Draft, type TextReader } from './timelineJsEvents.ts';
import { slugify, UniqueIds } from './timelineJsIds.ts';
import type { ImportWords, Tally } from './timelineJsNotes.ts';
import { VnusFileSchema } from './timelineJsSchema.ts';

/**
 * Theme colours for imported groups: each light value reaches 4.5:1 on the light page, each dark
 * value on the dark page (tests/unit/interop/timelineJsImport.test.ts checks).
 */
export const THEME_PALETTE: readonly { light: string; dark: string }[] = [
  { light: '#1f5fbf', dark: '#8cb8ff' },
  { light: '#b04a00', dark: '#ffab5c' },
  { light: '#0f7363', dark: '#4fd1b9' },
  { light: '#b3261e', dark: '#ff938a' },
  { light: '#7140c8', dark: '#c9a8ff' },
  { light: '#3d7a1c', dark: '#94d86f' },
  { light: '#a3177a', dark: '#ff8fd8' },
  { light: '#4a5568', dark: '#b8c4d6' },
  { light: '#006f8f', dark: '#6fd0f0' },
  { light: '#836400', dark: '#e8c547' },
  { light: '#3f4fc0', dark: '#a5b0ff' },
  { light: '#8a4b2a', dark: '#e0a98a' },
];

/** The id of the theme of events in no TimelineJS group (its label is the page's words). */
export const UNGROUPED_THEME_ID = 'events';

function passesContrast(colour: { light: string; dark: string }): boolean {
  const hex = /^#[0-9a-f]{6}$/i;
  return (
    hex.test(colour.light) &&
    hex.test(colour.dark) &&
    contrastRatio(colour.light, PAGE_BACKGROUND.light) >= MIN_TEXT_CONTRAST &&
    contrastRatio(colour.dark, PAGE_BACKGROUND.dark) >= MIN_TEXT_CONTRAST
  );
}

/**
 * The themes, and each draft's theme ids: those of the file's vnus extension first (ids, labels
 * and colours survive a round trip), then one per group, in order of first use.
 */
export function resolveThemes(
  fileExtension: unknown,
  drafts: readonly Draft[],
  reader: TextReader,
  tally: Tally,
  words: ImportWords,
): { themes: Theme[]; themesOf: Map<Draft, string[]> } {
  const byLabel = new Map<string, Theme>();
  const byExtensionId = new Map<string, Theme>();
  const ids = new UniqueIds();
  let paletteIndex = 0;
  const nextColour = () => ({ ...THEME_PALETTE[paletteIndex++ % THEME_PALETTE.length]! });

  const extension = readExtension(VnusFileSchema, fileExtension, tally);
  for (const raw of extension?.themes ?? []) {
    const label = reader.plain(raw.label);
    const id = slugify(raw.id);
    if (id === '' || label === '' || ids.has(id) || byLabel.has(label)) continue;
    ids.add(id);
    const colour = raw.colour !== undefined && passesContrast(raw.colour) ? raw.colour : null;
    if (colour === null) tally.colourFallbacks++;
    const theme: Theme = {
      id,
      label,
      description: reader.plain(raw.description),
      colour: colour === null ? nextColour() : { light: colour.light, dark: colour.dark },
    };
    byExtensionId.set(raw.id, theme);
    byLabel.set(label, theme);
  }

  const used = new Set<Theme>();
  const themesOf = new Map<Draft, string[]>();
  for (const draft of drafts) {
    const label = draft.groupLabel || words.ungroupedTheme;
    let primary = byLabel.get(label);
    if (primary === undefined) {
      primary = {
        id: ids.claim(slugify(label) || 'group'),
        label,
        description: words.groupDescription(draft.groupLabel || null),
        colour: nextColour(),
      };
      byLabel.set(label, primary);
    }
    const own = [primary];
    for (const id of draft.vnus?.themes ?? []) {
      const theme = byExtensionId.get(id);
      if (theme !== undefined && !own.includes(theme)) own.push(theme);
    }
    for (const theme of own) used.add(theme);
    themesOf.set(
      draft,
      own.map((theme) => theme.id),
    );
  }
  // The extension's themes in its order, then new ones in order of first use; only those used.
  const themes = [...new Set([...byExtensionId.values(), ...byLabel.values()])].filter((theme) =>
    used.has(theme),
  );
  return { themes, themesOf };
}
