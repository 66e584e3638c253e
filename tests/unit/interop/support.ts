/** Shared by the interop tests: the repository root, a sanitiser on jsdom, fixture reading. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// jsdom ships no type declarations and this project does not install @types/jsdom; ts-ignore
// rather than ts-expect-error, so that adding them later is not an error.
// @ts-ignore
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { createSanitizer } from '../../../src/model/interop/sanitizeHtml.ts';

/** The repository root (the folder holding seeds/, data/ and src/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Knight Lab's example timelines, shared beside the repository; tests skip when absent. */
export const EXAMPLES_DIR = join(REPO_ROOT, '..', 'shared', 'interop', 'timelinejs');

export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'timelinejs');

export function jsdomWindow(): WindowLike {
  return (new JSDOM('') as { window: WindowLike }).window;
}

export const sanitize = createSanitizer(jsdomWindow());

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function readFixture(name: string): unknown {
  return readJson(join(FIXTURES_DIR, name));
}

/** A fixed import day, so results do not depend on the clock. */
export const IMPORTED_ON = '2025-01-15';
