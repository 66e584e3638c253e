/**
 * The disputes: every claim's quote found in its document, the events and figure points each
 * concerns (noted on them: `disputes`, and `contradicted` on an event when the kind is
 * `contradiction`), and a title and note that say nothing the claims' quotes do not.
 */
import { parsePartialDate } from '../model/partialDate.ts';
import type { Dispute } from '../model/timelineSchema.ts';
import { ClaimSupport } from './claimSupport.ts';
import type { CompileContext } from './compileContext.ts';
import type { EventLookup } from './compileEvents.ts';
import type { PointLookup } from './compileFigures.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { errorAt } from './loadInputs.ts';

export function compileDisputes(
  context: CompileContext,
  events: EventLookup,
  points: PointLookup,
): Dispute[] {
  const { inputs, errors, resolver, claims, documentYears } = context;
  reportDuplicates(inputs.disputes, 'dispute', errors);
  return inputs.disputes.map((item) => {
    const { value } = item;
    const resolved = value.claims.flatMap((claim, index) => {
      const ref = resolver.resolve(item, ['claims', index], claim, {
        type: 'dispute',
        id: value.id,
      });
      if (claim.asOf !== undefined && !parsePartialDate(claim.asOf)) {
        errors.add(errorAt(item, ['claims', index, 'asOf'], `"${claim.asOf}" is not a real date`));
      }
      return ref
        ? [{ ...ref, says: claim.says, ...(claim.asOf !== undefined ? { asOf: claim.asOf } : {}) }]
        : [];
    });
    value.events.forEach((id, index) => {
      if (!events.ids.has(id))
        errors.add(errorAt(item, ['events', index], `unknown event "${id}"`));
      const concerned = events.byId.get(id);
      concerned?.disputes.push(value.id);
      if (concerned && value.kind === 'contradiction') concerned.contradicted = true;
    });
    value.figures.forEach((id, index) => {
      if (!points.ids.has(id)) {
        errors.add(errorAt(item, ['figures', index], `unknown figure point "${id}"`));
      }
      points.byId.get(id)?.disputes.push(value.id);
    });
    claims.checkItem(
      item,
      new ClaimSupport(
        value.claims.map((claim) => claim.quote),
        documentYears(value.claims),
      ),
      [
        ['title', value.title],
        ['note', value.note],
      ],
      errors,
    );
    if (value.events.length + value.figures.length === 0) {
      errors.add(
        errorAt(
          item,
          ['events'],
          'a dispute must name at least one event or figure point it concerns',
        ),
      );
    }
    return {
      id: value.id,
      title: value.title,
      kind: value.kind,
      note: value.note,
      claims: resolved,
      events: value.events,
      figures: value.figures,
    };
  });
}
