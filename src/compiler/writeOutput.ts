import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  detailsFileFor,
  indexFileFor,
  splitTimeline,
  timelineFileFor,
} from '../model/splitTimeline.ts';
import type { ContentLanguage, TimelineData } from '../model/timelineSchema.ts';
import type { CompiledTimeline } from './compile.ts';

/** The app's default data file: the index half of the split (README, "The JSON format"). */
export const INDEX_FILE = indexFileFor('en');

/**
 * Writes a file so that a reader never sees half of it and a failed run leaves the previous one:
 * a temporary file beside it, then a rename, which is atomic on one file system.
 * Unchanged content is not rewritten, so a dev server does not reload for nothing.
 */
export function writeFileAtomically(path: string, content: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === content) return false;
  } catch {
    // No previous file: write it.
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
  return true;
}

/** The files the app loads, relative to the output folder (public/data/ by default). */
export function outputFiles(compiled: CompiledTimeline): Map<string, string> {
  const files = new Map<string, string>();
  const languages: [ContentLanguage, TimelineData][] = [
    ['en', compiled.data],
    ...compiled.translations,
  ];
  for (const [language, data] of languages) {
    files.set(timelineFileFor(language), JSON.stringify(data));
    const { index, details } = splitTimeline(data, detailsFileFor(language));
    files.set(indexFileFor(language), JSON.stringify(index));
    files.set(detailsFileFor(language), JSON.stringify(details));
  }
  files.set('coverage.json', JSON.stringify(compiled.coverage));
  for (const [id, text] of compiled.texts) files.set(`documents/${id}.txt`, text);
  return files;
}

export function writeOutput(outputDirectory: string, compiled: CompiledTimeline): string[] {
  const written: string[] = [];
  const files = outputFiles(compiled);
  for (const [name, content] of files) {
    if (writeFileAtomically(join(outputDirectory, name), content)) written.push(name);
  }
  // A document removed from the metadata must not linger as a readable text.
  for (const name of readdirSync(join(outputDirectory, 'documents'))) {
    if (name.endsWith('.txt') && !files.has(`documents/${name}`)) {
      rmSync(join(outputDirectory, 'documents', name));
    }
  }
  return written;
}
