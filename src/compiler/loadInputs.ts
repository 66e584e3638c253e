import { join } from 'node:path';
import * as v from 'valibot';
import { fieldPath, type ErrorList } from './compileError.ts';
import { YamlFile } from './yamlFile.ts';
import {
  DisputeInput,
  DocumentInput,
  EraInput,
  EventInput,
  ExclusionInput,
  FigureSeriesInput,
  ThemeInput,
} from './inputSchema.ts';

/** A validated item together with where it stands, for later errors about it. */
export interface Located<T> {
  value: T;
  file: YamlFile;
  /** Path of the item in its file, e.g. ["events", 4]. */
  path: (string | number)[];
}

export interface Inputs {
  documents: Located<v.InferOutput<typeof DocumentInput>>[];
  themes: Located<v.InferOutput<typeof ThemeInput>>[];
  events: Located<v.InferOutput<typeof EventInput>>[];
  eras: Located<v.InferOutput<typeof EraInput>>[];
  figures: Located<v.InferOutput<typeof FigureSeriesInput>>[];
  disputes: Located<v.InferOutput<typeof DisputeInput>>[];
  exclusions: Located<v.InferOutput<typeof ExclusionInput>>[];
}

/** Every input file: where it lives, the top-level key holding its list, and an item's shape. */
const INPUT_FILES = {
  documents: { path: 'seeds/documents.yaml', key: 'documents', schema: DocumentInput },
  themes: { path: 'data/themes.yaml', key: 'themes', schema: ThemeInput },
  events: { path: 'data/events.yaml', key: 'events', schema: EventInput },
  eras: { path: 'data/eras.yaml', key: 'eras', schema: EraInput },
  figures: { path: 'data/figures.yaml', key: 'series', schema: FigureSeriesInput },
  disputes: { path: 'data/disputes.yaml', key: 'disputes', schema: DisputeInput },
  exclusions: { path: 'data/exclusions.yaml', key: 'exclusions', schema: ExclusionInput },
} as const;

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function loadList<TSchema extends v.GenericSchema>(
  root: string,
  spec: { path: string; key: string; schema: TSchema },
  errors: ErrorList,
): Located<v.InferOutput<TSchema>>[] {
  const file = YamlFile.read(join(root, spec.path), spec.path);
  if (Array.isArray(file)) {
    for (const error of file) errors.add(error);
    return [];
  }
  const top = file.data;
  const list =
    top !== null && typeof top === 'object' && !Array.isArray(top)
      ? (top as Record<string, unknown>)[spec.key]
      : undefined;
  if (!Array.isArray(list)) {
    errors.add({ file: spec.path, line: 1, message: `must have a top-level list "${spec.key}:"` });
    return [];
  }
  const items: Located<v.InferOutput<TSchema>>[] = [];
  list.forEach((raw, index) => {
    const path = [spec.key, index];
    const result = v.safeParse(spec.schema, raw);
    if (result.success) {
      items.push({ value: result.output, file, path });
      return;
    }
    for (const issue of result.issues) {
      const full = [...path, ...issuePath(issue)];
      errors.add({
        file: spec.path,
        line: file.lineOf(full),
        field: fieldPath(full),
        message: issue.received === 'undefined' ? 'is required' : issue.message,
      });
    }
  });
  return items;
}

export function loadInputs(root: string, errors: ErrorList): Inputs {
  return {
    documents: loadList(root, INPUT_FILES.documents, errors),
    themes: loadList(root, INPUT_FILES.themes, errors),
    events: loadList(root, INPUT_FILES.events, errors),
    eras: loadList(root, INPUT_FILES.eras, errors),
    figures: loadList(root, INPUT_FILES.figures, errors),
    disputes: loadList(root, INPUT_FILES.disputes, errors),
    exclusions: loadList(root, INPUT_FILES.exclusions, errors),
  };
}

/** An error about an item (or a field inside it), with the line it stands on. */
export function errorAt(
  item: Located<unknown>,
  subPath: (string | number)[],
  message: string,
): { file: string; line: number | undefined; field: string; message: string } {
  const full = [...item.path, ...subPath];
  return { file: item.file.file, line: item.file.lineOf(full), field: fieldPath(full), message };
}
