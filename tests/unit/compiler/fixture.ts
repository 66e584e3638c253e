/**
 * A throw-away copy of the project's inputs (seeds/ and data/) for compiler tests that break one file
 * and look at what the compiler says. Every edit must change something: a test whose search text has
 * gone stale fails loudly instead of silently testing the unbroken input.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

/** The repository root (the folder holding seeds/, data/ and src/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Copies seeds/ and data/ into a fresh temporary folder; the caller removes it with `removeCopy`. */
export function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'timeline-compile-'));
  for (const folder of ['seeds', 'data']) {
    cpSync(join(REPO_ROOT, folder), join(root, folder), { recursive: true });
  }
  return root;
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A copy removed when the current test finishes (call it inside a test). */
export function useProjectCopy(): string {
  const root = copyProject();
  onTestFinished(() => removeCopy(root));
  return root;
}

/** A fresh temporary folder, removed when the current test finishes. */
export function useTempDir(prefix = 'timeline-out-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

export function readProjectFile(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Rewrites one file of the copy; throws when the edit leaves the text as it was. */
export function editFile(root: string, file: string, edit: (text: string) => string): string {
  const before = readProjectFile(root, file);
  const after = edit(before);
  if (after === before) throw new Error(`editing ${file} changed nothing`);
  writeFileSync(join(root, file), after);
  return after;
}

/** Replaces `search`, which must occur exactly once in `text`. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at === -1) throw new Error(`not found: ${JSON.stringify(search)}`);
  if (text.indexOf(search, at + 1) !== -1) {
    throw new Error(`found more than once: ${JSON.stringify(search)}`);
  }
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/** Replaces a passage that occurs exactly once in a file of the copy; returns the new text. */
export function replaceInFile(root: string, file: string, search: string, replacement: string) {
  return editFile(root, file, (text) => replaceOnce(text, search, replacement));
}

/** 1-based line on which `needle` starts; it must occur exactly once in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, at + 1) !== -1) {
    throw new Error(`found more than once: ${JSON.stringify(needle)}`);
  }
  return text.slice(0, at).split('\n').length;
}

/** Position of an item in a YAML list, by its `id:` line (`  - id: x`). */
export function indexOfId(text: string, id: string, indent = '  '): number {
  const ids = [...text.matchAll(new RegExp(`^${indent}- id: (\\S+)$`, 'gm'))].map(
    (match) => match[1],
  );
  const index = ids.indexOf(id);
  if (index === -1) throw new Error(`no item with id ${id}`);
  return index;
}

/**
 * The offsets [start, end) of the YAML list item whose first line is `${indent}- id: ${id}`: up to
 * the next item of the same list, or the next line indented less (a comment line or the file's end).
 */
export function itemRange(text: string, id: string, indent = '  '): [number, number] {
  const head = `${indent}- id: ${id}\n`;
  const start = text.startsWith(head) ? 0 : text.indexOf(`\n${head}`) + 1;
  if (start === 0 && !text.startsWith(head)) throw new Error(`no item with id ${id}`);
  const lines = text.slice(start).split('\n');
  let end = start + (lines[0] ?? '').length + 1;
  for (const line of lines.slice(1)) {
    const inside =
      line === '' || (line.startsWith(`${indent}  `) && !line.startsWith(`${indent}- `));
    if (!inside) break;
    end += line.length + 1;
  }
  return [start, Math.min(end, text.length)];
}

/** Replaces `search`, which must occur exactly once inside the item with this id. */
export function replaceInItem(
  text: string,
  id: string,
  search: string,
  replacement: string,
  indent = '  ',
): string {
  const [start, end] = itemRange(text, id, indent);
  return (
    text.slice(0, start) +
    replaceOnce(text.slice(start, end), search, replacement) +
    text.slice(end)
  );
}

/** Deletes the key `key` (and its continuation lines) from the item with this id. */
export function removeKeyInItem(text: string, id: string, key: string, indent = '  '): string {
  const [start, end] = itemRange(text, id, indent);
  const lines = text.slice(start, end).split('\n');
  const keyIndent = `${indent}  `;
  const at = lines.findIndex((line) => line.startsWith(`${keyIndent}${key}:`));
  if (at === -1) throw new Error(`item ${id} has no key ${key}`);
  let count = 1;
  while ((lines[at + count] ?? '').startsWith(`${keyIndent} `)) count++;
  lines.splice(at, count);
  return text.slice(0, start) + lines.join('\n') + text.slice(end);
}

/** 1-based line of `needle`, which must occur exactly once inside the item with this id. */
export function lineInItem(text: string, id: string, needle: string, indent = '  '): number {
  const [start, end] = itemRange(text, id, indent);
  const before = text.slice(0, start).split('\n').length - 1;
  return before + lineOf(text.slice(start, end), needle);
}

/**
 * 1-based line of the item's own `field:` key (not a key of the same name nested deeper, such as
 * the `summary` of its `vi:` block).
 */
export function fieldLineInItem(text: string, id: string, field: string, indent = '  '): number {
  const [start, end] = itemRange(text, id, indent);
  const lines = text.slice(start, end).split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${indent}  ${field}:`));
  if (at === -1) throw new Error(`item ${id} has no key ${field}`);
  return text.slice(0, start).split('\n').length + at;
}
