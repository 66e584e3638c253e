import type { ErrorList } from './compileError.ts';
import { errorAt, type Located } from './loadInputs.ts';

/** Every id used twice in one kind of item, named at the second use with the line of the first. */
export function reportDuplicates(
  items: readonly Located<{ id: string }>[],
  kind: string,
  errors: ErrorList,
): void {
  const seen = new Map<string, Located<{ id: string }>>();
  for (const item of items) {
    const first = seen.get(item.value.id);
    if (first) {
      errors.add(
        errorAt(
          item,
          ['id'],
          `duplicate ${kind} id "${item.value.id}" (first used at line ${first.file.lineOf(first.path)})`,
        ),
      );
    } else seen.set(item.value.id, item);
  }
}
