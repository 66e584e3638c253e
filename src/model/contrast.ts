/**
 * WCAG 2 contrast, and the two page backgrounds theme colours must read against. The app's CSS
 * uses the same backgrounds (src/views/theme.css); the build refuses a theme colour that fails.
 */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#14171c' } as const;

/** WCAG AA for normal text; theme colours are used for labels, not only for marks. */
export const MIN_TEXT_CONTRAST = 4.5;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const rgb = Number.parseInt(hex.slice(1), 16);
  const red = channel((rgb >> 16) & 0xff);
  const green = channel((rgb >> 8) & 0xff);
  const blue = channel(rgb & 0xff);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
