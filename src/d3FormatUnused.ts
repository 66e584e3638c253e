/**
 * Stands in for d3-format (see vite.config.ts, `resolve.alias`). d3-scale's linear scale imports
 * d3-format for its `tickFormat` method, which this app never calls: axis labels are written with
 * date-fns and numbers with Intl.NumberFormat, in the reader's language. d3-format sets up its
 * default locale when imported, so it cannot be tree-shaken; aliasing it here keeps 2 KB gzip out
 * of the first visit. Calling any of these is a mistake, and says so.
 */
function notBundled(): never {
  throw new Error('d3-format is not bundled: format numbers with Intl.NumberFormat instead');
}

export const format = notBundled;
export const formatPrefix = notBundled;
export const formatSpecifier = notBundled;
export const precisionFixed = notBundled;
export const precisionPrefix = notBundled;
export const precisionRound = notBundled;
