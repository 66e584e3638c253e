/**
 * What the classroom handout prints beyond the events: the disagreements that concern them, an
 * open question for each, and only the documents actually cited.
 */
import * as v from 'valibot';
import type { ContentLanguage, Dispute, TimelineEvent } from './timelineSchema.ts';

/** The disagreements about any of the events shown, in the data's order. */
export function disputesAbout(
  disputes: readonly Dispute[],
  events: readonly Pick<TimelineEvent, 'id'>[],
): Dispute[] {
  const shown = new Set(events.map((event) => event.id));
  return disputes.filter((dispute) => dispute.events.some((id) => shown.has(id)));
}

/** The ids of the documents the events and disagreements quote, each once. */
export function citedDocumentIds(
  events: readonly Pick<TimelineEvent, 'sources'>[],
  disputes: readonly Pick<Dispute, 'claims'>[],
): Set<string> {
  return new Set([
    ...events.flatMap((event) => event.sources.map((source) => source.document)),
    ...disputes.flatMap((dispute) => dispute.claims.map((claim) => claim.document)),
  ]);
}

const Question = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(10),
  v.endsWith('?', 'must be a question'),
);

/**
 * `data/discussion-questions.yaml`: per dispute id, the question in English and, in its `vi:`
 * block, in Vietnamese. The build checks the file with this schema too.
 */
export const DiscussionQuestionsSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  v.strictObject({ question: Question, vi: v.strictObject({ question: Question }) }),
);

/** One question per dispute id, in `language`; throws on a malformed file. */
export function readDiscussionQuestions(
  parsed: unknown,
  language: ContentLanguage = 'en',
): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(v.parse(DiscussionQuestionsSchema, parsed)).map(([id, entry]) => [
      id,
      language === 'vi' ? entry.vi.question : entry.question,
    ]),
  );
}
