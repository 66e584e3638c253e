/**
 * Measures label text in the font the SVG draws it with, so the layout's collision boxes match
 * what the reader sees. Each character is measured once and widths are summed: thousands of
 * labels cost one canvas call per distinct character, not several per label. Kerning only ever
 * narrows a word a little, so the sum (plus a little slack) never underestimates a label.
 * Without a canvas (jsdom in tests) it estimates generously.
 */
export const LABEL_FONT_SIZE_PX = 12;

export function createLabelMeasurer(element: Element | null): (text: string) => number {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext?.('2d');
  if (!context || !element) return (text) => text.length * LABEL_FONT_SIZE_PX * 0.62;
  const style = getComputedStyle(element);
  // The labels' weight: some are bolder (milestones), so measure the boldest one drawn.
  context.font = `700 ${LABEL_FONT_SIZE_PX}px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const char of text) {
      let charWidth = widths.get(char);
      if (charWidth === undefined) {
        charWidth = context.measureText(char).width;
        widths.set(char, charWidth);
      }
      width += charWidth;
    }
    return Math.ceil(width * 1.02) + 1;
  };
}
