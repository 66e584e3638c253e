/**
 * Measures label text in the font the SVG draws it with, so the layout's collision boxes match
 * what the reader sees. Without a canvas (jsdom in tests) it estimates generously.
 */
export const LABEL_FONT_SIZE_PX = 12;

export function createLabelMeasurer(element: Element | null): (text: string) => number {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext?.('2d');
  if (!context || !element) return (text) => text.length * LABEL_FONT_SIZE_PX * 0.62;
  const style = getComputedStyle(element);
  context.font = `500 ${LABEL_FONT_SIZE_PX}px ${style.fontFamily}`;
  // A pixel of slack per label: sub-pixel rounding differs between canvas and SVG text.
  return (text) => Math.ceil(context.measureText(text).width) + 1;
}
