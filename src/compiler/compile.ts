/**
 * seeds/ + data/ → the timeline JSON and the coverage report, or every error found on the way.
 * Pure apart from reading the input files: writing is the CLI's job (src/compiler/writeOutput.ts).
 */
import { contrastRatio, MIN_TEXT_CONTRAST, PAGE_BACKGROUND } from '../model/contrast.ts';
import type { CoverageReport } from '../model/coverageSchema.ts';
import { parsePartialDate, startMs } from '../model/partialDate.ts';
import {
  SCHEMA_VERSION,
  type ContentLanguage,
  type Dispute,
  type Era,
  type FigureSeries,
  type SourceRef,
  type Theme,
  type TimelineData,
  type TimelineEvent,
} from '../model/timelineSchema.ts';
import { ErrorList, type BuildError } from './buildError.ts';
import { compileDocuments, loadDocumentTexts } from './compileDocuments.ts';
import { reportDuplicates } from './duplicateIds.ts';
import { checkDate, checkStatedDate } from './checkDates.ts';
import { checkDiscussionQuestions } from './checkQuestions.ts';
import { ClaimSupport, ClaimsReport } from './checkClaims.ts';
import { accountForMentions, type CoverageDocument } from './coverage.ts';
import { extractDateMentions, type DateMention } from './extractDates.ts';
import { errorAt, loadInputs, type Inputs, type Located } from './loadInputs.ts';
import { QuoteResolver } from './quoteResolver.ts';
import { translateTimeline } from './translate.ts';

export const TIMELINE_TITLE = 'Vietnam–US relations: a timeline from the sources';

export interface CompiledTimeline {
  /** The timeline in English, the language of the documents. */
  data: TimelineData;
  /** The same timeline in each other language, with the editors' texts translated. */
  translations: ReadonlyMap<Exclude<ContentLanguage, 'en'>, TimelineData>;
  coverage: CoverageReport;
  /** Document id → full text, published beside the JSON for the source reader. */
  texts: Map<string, string>;
  /** The claims check: how many facts and names were checked, and the names no quote carries. */
  claims: ClaimsReport;
}

export type CompileResult =
  | { ok: true; output: CompiledTimeline }
  | { ok: false; errors: BuildError[]; claims: ClaimsReport };

function compileThemes(inputs: Inputs, errors: ErrorList): Theme[] {
  reportDuplicates(inputs.themes, 'theme', errors);
  return inputs.themes.map((item) => {
    for (const scheme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(item.value.colour[scheme], PAGE_BACKGROUND[scheme]);
      if (ratio < MIN_TEXT_CONTRAST) {
        errors.add(
          errorAt(
            item,
            ['colour', scheme],
            `${item.value.colour[scheme]} has a contrast of ${ratio.toFixed(2)}:1 on the ${scheme} background ${PAGE_BACKGROUND[scheme]}; WCAG AA needs ${MIN_TEXT_CONTRAST}:1`,
          ),
        );
      }
    }
    const { vi: _vi, ...theme } = item.value;
    return theme;
  });
}

function resolveSources(
  item: Located<{ sources: Inputs['events'][number]['value']['sources'] }>,
  resolver: QuoteResolver,
  by: { type: 'event' | 'figure'; id: string },
): SourceRef[] {
  return item.value.sources.flatMap(
    (source, index) => resolver.resolve(item, ['sources', index], source, by) ?? [],
  );
}

function byDate(
  a: { date: { start: string }; id: string },
  b: { date: { start: string }; id: string },
): number {
  const aMs = startMs(parsePartialDate(a.date.start) ?? { year: 0 });
  const bMs = startMs(parsePartialDate(b.date.start) ?? { year: 0 });
  // Code-unit order, not localeCompare: the output must not depend on the machine's locale.
  return (
    aMs - bMs ||
    a.date.start.length - b.date.start.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function compileTimeline(root: string): CompileResult {
  const errors = new ErrorList();
  const inputs = loadInputs(root, errors);
  reportDuplicates(inputs.documents, 'document', errors);
  const texts = loadDocumentTexts(root, inputs, errors);
  // Documents named in the metadata that failed to load: their own error is enough.
  const unusable = new Set(
    inputs.documents.map((item) => item.value.id).filter((id) => !texts.has(id)),
  );
  const resolver = new QuoteResolver(texts, errors, unusable);
  const claimsReport = new ClaimsReport();
  const writtenYear = new Map(
    inputs.documents.map((item) => [item.value.id, item.value.written.date.slice(0, 4)]),
  );
  const documentYears = (quotes: readonly { doc: string }[]): string[] =>
    quotes.flatMap((quote) => writtenYear.get(quote.doc) ?? []);
  const mentionsByDocument = new Map<string, DateMention[]>(
    [...texts].map(([id, text]) => [id, extractDateMentions(text.text)]),
  );
  const themes = compileThemes(inputs, errors);
  const themeIds = new Set(themes.map((theme) => theme.id));

  const documents = compileDocuments(inputs, texts, resolver, mentionsByDocument, errors);

  reportDuplicates(inputs.events, 'event', errors);
  const eventIds = new Set(inputs.events.map((item) => item.value.id));
  const events: TimelineEvent[] = inputs.events.flatMap((item) => {
    const { value } = item;
    const date = checkDate(item, [], value, errors);
    const sources = resolveSources(item, resolver, { type: 'event', id: value.id });
    value.themes.forEach((theme, index) => {
      if (!themeIds.has(theme))
        errors.add(
          errorAt(
            item,
            ['themes', index],
            `unknown theme "${theme}" (known: ${[...themeIds].join(', ')})`,
          ),
        );
    });
    value.related.forEach((related, index) => {
      if (!eventIds.has(related))
        errors.add(errorAt(item, ['related', index], `unknown event "${related}"`));
      if (related === value.id)
        errors.add(errorAt(item, ['related', index], 'an event cannot be related to itself'));
    });
    if (!date || sources.length !== value.sources.length) return [];
    checkStatedDate(item, date, sources, mentionsByDocument, errors);
    claimsReport.checkItem(
      item,
      new ClaimSupport(
        [...sources.map((source) => source.quote), value.dateNote ?? ''],
        documentYears(value.sources),
      ),
      [
        ['title', value.title],
        ['summary', value.summary],
      ],
      errors,
      [
        ['people', value.people, 'warning'],
        ['places', value.places, 'error'],
      ],
    );
    return [
      {
        id: value.id,
        title: value.title,
        summary: value.summary,
        date,
        themes: value.themes,
        importance: value.importance,
        people: value.people,
        places: value.places,
        sources,
        related: value.related,
        ...(value.note ? { note: value.note } : {}),
        disputes: [],
        figures: [],
      },
    ];
  });
  const eventById = new Map(events.map((event) => [event.id, event]));

  const allPoints = inputs.figures.flatMap((series) =>
    series.value.points.map((point, index) => ({
      ...series,
      value: point,
      path: [...series.path, 'points', index],
    })),
  );
  reportDuplicates(allPoints, 'figure point', errors);
  reportDuplicates(inputs.figures, 'figure series', errors);
  const figures: FigureSeries[] = inputs.figures.map((series) => {
    if (!themeIds.has(series.value.theme))
      errors.add(errorAt(series, ['theme'], `unknown theme "${series.value.theme}"`));
    const points = series.value.points.flatMap((point, index) => {
      const item = { ...series, value: point, path: [...series.path, 'points', index] };
      const date = checkDate(item, [], point, errors);
      const sources = resolveSources(item, resolver, { type: 'figure', id: point.id });
      point.events.forEach((eventId, eventIndex) => {
        if (!eventIds.has(eventId)) {
          errors.add(errorAt(item, ['events', eventIndex], `unknown event "${eventId}"`));
        }
        eventById.get(eventId)?.figures.push(point.id);
      });
      if (!date || sources.length !== point.sources.length) return [];
      checkStatedDate(item, date, sources, mentionsByDocument, errors);
      const {
        date: _date,
        precision: _precision,
        end: _end,
        dateBasis: _basis,
        dateNote: _note,
        vi: _vi,
        ...rest
      } = point;
      return [{ ...rest, date, sources, disputes: [] as string[] }];
    });
    claimsReport.checkItem(
      series,
      new ClaimSupport(
        series.value.points.flatMap((point) => [
          ...point.sources.map((source) => source.quote),
          point.dateNote ?? '',
        ]),
        documentYears(series.value.points.flatMap((point) => point.sources)),
      ),
      [['description', series.value.description]],
      errors,
    );
    const { vi: _vi, ...rest } = series.value;
    return { ...rest, points: points.sort(byDate) };
  });
  const pointById = new Map(
    figures.flatMap((series) => series.points.map((point) => [point.id, point])),
  );
  const pointIds = new Set(allPoints.map((point) => point.value.id));

  reportDuplicates(inputs.disputes, 'dispute', errors);
  const disputes: Dispute[] = inputs.disputes.map((item) => {
    const { value } = item;
    const claims = value.claims.flatMap((claim, index) => {
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
      if (!eventIds.has(id)) errors.add(errorAt(item, ['events', index], `unknown event "${id}"`));
      const concerned = eventById.get(id);
      concerned?.disputes.push(value.id);
      if (concerned && value.kind === 'contradiction') concerned.contradicted = true;
    });
    value.figures.forEach((id, index) => {
      if (!pointIds.has(id)) {
        errors.add(errorAt(item, ['figures', index], `unknown figure point "${id}"`));
      }
      pointById.get(id)?.disputes.push(value.id);
    });
    claimsReport.checkItem(
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
      claims,
      events: value.events,
      figures: value.figures,
    };
  });

  checkDiscussionQuestions(root, new Set(disputes.map((dispute) => dispute.id)), errors);

  reportDuplicates(inputs.eras, 'era', errors);
  const latestEvent = [...events].sort(byDate).at(-1);
  const eras: Era[] = inputs.eras.flatMap((item) => {
    const from = eventById.get(item.value.from);
    const to = item.value.to === null ? latestEvent : eventById.get(item.value.to);
    if (!eventIds.has(item.value.from)) {
      errors.add(errorAt(item, ['from'], `unknown event "${item.value.from}"`));
    }
    if (item.value.to !== null && !eventIds.has(item.value.to)) {
      errors.add(errorAt(item, ['to'], `unknown event "${item.value.to}"`));
    }
    if (!from || !to) return [];
    const end = to.date.end ?? to.date.start;
    if (byDate({ date: { start: end }, id: '' }, from) < 0) {
      errors.add(errorAt(item, ['to'], `ends (${end}) before it starts (${from.date.start})`));
      return [];
    }
    return [
      {
        id: item.value.id,
        label: item.value.label,
        ...(item.value.short !== undefined ? { short: item.value.short } : {}),
        description: item.value.description,
        startEvent: from.id,
        endEvent: item.value.to,
        start: from.date.start,
        end,
      },
    ];
  });

  inputs.exclusions.forEach((item, index) => {
    resolver.resolve(item, [], item.value, {
      type: 'exclusion',
      id: `exclusions[${index}]`,
      reason: item.value.reason,
      line: item.file.lineOf(item.path),
    });
  });

  const coverageDocuments: CoverageDocument[] = inputs.documents.flatMap((item) => {
    const text = texts.get(item.value.id);
    const mentions = mentionsByDocument.get(item.value.id);
    return text && mentions ? [{ id: item.value.id, file: item.value.file, text, mentions }] : [];
  });
  // Entries already rejected never had their quotes resolved, so a list of "unaccounted" date
  // mentions would only echo those errors: coverage is judged once the rest is right.
  const coverageErrors = errors.isEmpty ? errors : new ErrorList();
  const coverage = accountForMentions(
    coverageDocuments,
    resolver.spans,
    resolver.verifiedCount,
    coverageErrors,
  );
  if (coverageErrors !== errors && !coverageErrors.isEmpty) {
    errors.add({
      file: 'seeds/',
      message: `date coverage not checked yet (${coverageErrors.errors.length} finding(s) held back); fix the errors above and run again`,
    });
  }

  const data: TimelineData = {
    schemaVersion: SCHEMA_VERSION,
    title: TIMELINE_TITLE,
    documents,
    themes,
    eras: eras.sort((a, b) =>
      byDate({ date: { start: a.start }, id: a.id }, { date: { start: b.start }, id: b.id }),
    ),
    events: events.sort(byDate),
    figures,
    disputes,
  };
  const vietnamese = translateTimeline('vi', inputs, data, documentYears, errors, claimsReport);
  if (!errors.isEmpty) return { ok: false, errors: errors.errors, claims: claimsReport };
  const published = new Map([...texts].map(([id, text]) => [id, text.text]));
  return {
    ok: true,
    output: {
      data,
      translations: new Map([['vi', vietnamese]]),
      coverage,
      texts: published,
      claims: claimsReport,
    },
  };
}
