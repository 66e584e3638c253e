/**
 * data/discussion-questions.yaml, which the handout imports directly: checked here too, so that a
 * question without its Vietnamese, or for a disagreement that does not exist, fails the
 * compile like any other input rather than the page.
 */
import { join } from 'node:path';
import * as v from 'valibot';
import { DiscussionQuestionsSchema } from '../model/handout.ts';
import { fieldPath, type ErrorList } from './compileError.ts';
import { YamlFile } from './yamlFile.ts';

export const QUESTIONS_FILE = 'data/discussion-questions.yaml';

export function checkDiscussionQuestions(
  root: string,
  disputeIds: ReadonlySet<string>,
  errors: ErrorList,
): void {
  const file = YamlFile.read(join(root, QUESTIONS_FILE), QUESTIONS_FILE);
  if (Array.isArray(file)) {
    for (const error of file) errors.add(error);
    return;
  }
  const result = v.safeParse(DiscussionQuestionsSchema, file.data ?? {});
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      const missing = issue.received === 'undefined';
      errors.add({
        file: QUESTIONS_FILE,
        line: file.lineOf(path),
        field: fieldPath(path),
        message:
          missing && path.at(-1) === 'vi'
            ? 'has no Vietnamese question: add `vi: { question: … }` beside the English'
            : missing
              ? 'is required'
              : issue.message,
      });
    }
    return;
  }
  for (const id of Object.keys(result.output)) {
    if (!disputeIds.has(id)) {
      errors.add({
        file: QUESTIONS_FILE,
        line: file.lineOf([id]),
        field: id,
        message: `unknown dispute "${id}"`,
      });
    }
  }
}
