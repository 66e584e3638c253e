/**
 * `npm run data`: compiles seeds/ and data/ into public/data/. Exits non-zero, listing every
 * error, and leaves the previous output untouched when any input is wrong.
 *
 * Options: --root DIR (project folder, default: current), --out DIR (default: ROOT/public/data).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCompileError } from './compileError.ts';
import { compileTimeline } from './compile.ts';
import { writeOutput } from './writeOutput.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const outputDirectory = resolve(values.out ?? resolve(root, 'public/data'));

const result = compileTimeline(root);
if (!result.ok) {
  console.error(
    `npm run data: ${result.errors.length} error(s); the previous output in ${outputDirectory} is unchanged.\n`,
  );
  for (const error of result.errors) console.error(formatCompileError(error));
  process.exit(1);
}
const { data, coverage, claims } = result.output;
const written = writeOutput(outputDirectory, result.output);
const totals = coverage.totals;
console.log(
  [
    `Timeline data: ${data.events.length} events, ${data.eras.length} eras, ${data.themes.length} themes, ` +
      `${data.figures.reduce((sum, series) => sum + series.points.length, 0)} figure points in ${data.figures.length} series, ` +
      `${data.disputes.length} disputes, ${data.documents.length} documents.`,
    `Quotes: ${totals.quotes} verified verbatim, with offsets.`,
    `Claims check: ${claims.checked} checked, ${claims.passed} passed (numbers, years, months, qualifiers and names of titles, summaries, descriptions and notes against their quotes; the Vietnamese texts' facts against their quotes and the English they translate); ${claims.warnings.length === 0 ? 'every name is in a quote of its item.' : `${claims.warnings.length} name(s) in no quote, as warnings:`}`,
    ...claims.warnings.map((warning) => `  warning: ${formatCompileError(warning)}`),
    `Date mentions: ${totals.mentions} found: ${totals.cited} cited, ${totals.excluded} excluded with a reason, ${totals.unaccounted} unaccounted.`,
    written.length > 0
      ? `Wrote ${written.length} file(s) to ${outputDirectory}.`
      : `Output in ${outputDirectory} is up to date.`,
  ].join('\n'),
);
