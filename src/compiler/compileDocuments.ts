/**
 * The documents: their texts read from seeds/ (and refused if edited: the SHA-256 in
 * seeds/documents.yaml must match), then their metadata checked and compiled: when each was
 * written and on what evidence, and the asides (page furniture, captions, endnotes) by line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../model/timelineSchema.ts';
import type { ErrorList } from './compileError.ts';
import { checkDate, checkStatedDate } from './checkDates.ts';
import type { DateMention } from './extractDates.ts';
import { errorAt, type Inputs } from './loadInputs.ts';
import type { QuoteResolver } from './quoteResolver.ts';
import { SourceText } from './sourceText.ts';

export function loadDocumentTexts(
  root: string,
  inputs: Inputs,
  errors: ErrorList,
): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  for (const item of inputs.documents) {
    const { id, file, sha256 } = item.value;
    let raw: Buffer;
    try {
      raw = readFileSync(join(root, 'seeds', file));
    } catch {
      errors.add(errorAt(item, ['file'], `seeds/${file} does not exist`));
      continue;
    }
    const digest = createHash('sha256').update(raw).digest('hex');
    if (digest !== sha256) {
      errors.add(
        errorAt(
          item,
          ['sha256'],
          `seeds/${file} has changed (its SHA-256 is ${digest}); the documents must stay byte-identical to the originals`,
        ),
      );
      continue;
    }
    texts.set(id, new SourceText(raw.toString('utf8')));
  }
  return texts;
}

export function compileDocuments(
  inputs: Inputs,
  texts: ReadonlyMap<string, SourceText>,
  resolver: QuoteResolver,
  mentionsByDocument: ReadonlyMap<string, readonly DateMention[]>,
  errors: ErrorList,
): SourceDocument[] {
  return inputs.documents.flatMap((item): SourceDocument[] => {
    const text = texts.get(item.value.id);
    const written = checkDate(item, ['written'], item.value.written, errors);
    if (!text || !written) return [];
    const by = { type: 'document' as const, id: item.value.id };
    const evidence = item.value.written.evidence.flatMap(
      (quote, index) =>
        resolver.resolve(
          item,
          ['written', 'evidence', index],
          { doc: item.value.id, ...quote },
          by,
        ) ?? [],
    );
    checkStatedDate(
      { ...item, path: [...item.path, 'written'] },
      written,
      evidence,
      mentionsByDocument,
      errors,
    );
    const asides = item.value.asides.flatMap((aside, index) => {
      const [first, last = first] = aside.lines.split('-').map(Number) as [number, number?];
      const span = text.lineSpan(first, last);
      if (!span) {
        errors.add(
          errorAt(
            item,
            ['asides', index, 'lines'],
            last < first
              ? `lines ${aside.lines} run backwards`
              : `lines ${aside.lines} are outside the document (it has ${text.lineCount} lines)`,
          ),
        );
        return [];
      }
      return [{ kind: aside.kind, note: aside.note, ...span }];
    });
    const {
      sha256: _sha256,
      written: _written,
      asides: _asides,
      vi: _vi,
      ...metadata
    } = item.value;
    return [
      {
        ...metadata,
        written,
        textPath: `documents/${item.value.id}.txt`,
        length: text.text.length,
        asides,
      },
    ];
  });
}
