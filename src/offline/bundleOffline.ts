/**
 * `npm run build` (last step): one self-contained HTML file, dist/timeline-offline.html, with the
 * script, the styles, the whole timeline and the source texts inlined. It works opened from disk
 * (file://) or uploaded to a learning platform as a single file: it requests nothing.
 *
 * Input: the "offline" Vite build in dist/.offline (one script, one stylesheet) and public/data/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomically } from '../compiler/writeOutput.ts';

const root = resolve('.');
const built = join(root, 'dist/.offline');
const data = join(root, 'public/data');
const output = join(root, 'dist/timeline-offline.html');

/** Text safe inside a <script> element: it cannot close it early. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function inlineAsset(html: string, pattern: RegExp, wrap: (content: string) => string): string {
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`bundleOffline: ${pattern} not found in the offline build`);
  const content = readFileSync(join(built, match[1]), 'utf8');
  // A function replacement, so "$" in the code is not read as a replacement pattern.
  return html.replace(match[0], () => wrap(content));
}

let html = readFileSync(join(built, 'index.html'), 'utf8');
// The page's own tags first, the script last: once inlined, the script's text (DOMPurify holds
// "</body></html>" in a string) could be mistaken for the page's tags.
html = html.replace(/<link rel="icon"[^>]*>/, '');
html = inlineAsset(
  html,
  /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/,
  (css) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
);
html = inlineAsset(
  html,
  /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/,
  (code) => `<script type="module">${scriptSafe(code)}</script>`,
);
const timeline = readFileSync(join(data, 'timeline.json'), 'utf8');
const texts = Object.fromEntries(
  readdirSync(join(data, 'documents'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [
      name.replace(/\.txt$/, ''),
      readFileSync(join(data, 'documents', name), 'utf8'),
    ]),
);
const dataBlocks =
  `<script type="application/json" id="timeline-data">${scriptSafe(timeline)}</script>\n` +
  `<script type="application/json" id="timeline-texts">${scriptSafe(JSON.stringify(texts))}</script>\n`;
// Before the page's own </body>, the last one (see above).
const bodyEnd = html.lastIndexOf('</body>');
if (bodyEnd === -1) throw new Error('bundleOffline: the offline build has no </body>');
html = `${html.slice(0, bodyEnd)}${dataBlocks}${html.slice(bodyEnd)}`;
if (/(src|href)="\.?\/?assets\//.test(html)) {
  throw new Error('bundleOffline: the offline page still refers to a file in assets/');
}
writeFileAtomically(output, html);
rmSync(built, { recursive: true, force: true });
console.log(`Offline single file: ${output} (${Math.round(html.length / 1024)} KB)`);
