/**
 * Stands in for d3-color (see vite.config.ts, `resolve.alias`). d3-interpolate imports it so that
 * its generic `interpolate` can blend colour strings, and d3-color's table of named colours cannot
 * be tree-shaken: about 3 KB gzip of the 85 KB first visit. This app's only scale is
 * `scaleLinear` from numbers to pixels (src/model/timeScale.ts), and d3-zoom uses
 * `interpolateZoom`; no colour is ever interpolated. `interpolate` calls `color` only when its
 * end value is a string, so reaching any of these is a mistake, and says so.
 */
function notBundled(): never {
  throw new Error('d3-color is not bundled: this app interpolates numbers only');
}

export const color = notBundled;
export const rgb = notBundled;
export const hsl = notBundled;
export const lab = notBundled;
export const hcl = notBundled;
export const lch = notBundled;
export const gray = notBundled;
export const cubehelix = notBundled;
