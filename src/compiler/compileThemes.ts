import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../model/contrast.ts';
import type { Theme } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { errorAt, type Inputs } from './loadInputs.ts';

/** The themes, each colour refused unless it reads as text on its page background (WCAG AA). */
export function compileThemes(inputs: Inputs, errors: ErrorList): Theme[] {
  reportDuplicates(inputs.themes, 'theme', errors);
  return inputs.themes.map((item) => {
    for (const scheme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(item.value.colour[scheme], PAGE_BACKGROUND[scheme]);
      if (ratio < MIN_TEXT_CONTRAST) {
        errors.add(
          errorAt(
            item,
            ['colour', scheme],
            `${item.value.colour[scheme]} has a contrast of ${ratio.toFixed(2)}:1 on the ${scheme} background ${PAGE_BACKGROUND[scheme]}; WCAG AA needs ${MIN_TEXT_CONTRAST}:1`,
          ),
        );
      }
    }
    const { vi: _vi, ...theme } = item.value;
    return theme;
  });
}
