/**
 * Where the page's data comes from, and the one place that fetches it: the timeline named by the
 * address (or carried inline by the offline single file, or imported from a TimelineJS file),
 * its details on first need, the documents' full texts, the coverage report, the search index.
 * It returns what it loaded (the app's actions store it in the AppState) and keeps only what it
 * needs to load more; problems land in `problem` for the page to show.
 */
import type { CoverageIndex } from '../../model/coverageIndex.ts';
import type { EventSearch } from '../../model/eventSearch.ts';
import type { Problem as ModelProblem } from '../../model/fetchJson.ts';
import type { Language } from '../../model/language.ts';
import {
  loadTimeline,
  readTimeline,
  type FullResult,
  type LoadResult,
} from '../../model/loadTimeline.ts';
import { indexFileFor } from '../../model/splitTimeline.ts';
import type { SourceDocument, TimelineData } from '../../model/timelineSchema.ts';
import { currentLanguage, withWords } from '../language.ts';
import { messages } from '../messages.ts';
import type { LoadedTimeline } from './appState.svelte.ts';

export interface Problem {
  /** Words, or what the model reported, for LoadError to put in words. */
  message: string | ModelProblem;
  detail: string[];
}

const fetchText = (url: URL) => fetch(url);

const described = (problem: ModelProblem): Problem => ({
  message: problem,
  detail: problem.detail,
});

/** What reading a TimelineJS file needs, loaded only for it (with what the import says, in the page's language). */
const loadTimelineJsReader = () => withWords(() => import('./readTimelineJs.ts'));

/** What an import returns: notes for the reader, and the timeline read when it worked. */
export type ImportResult =
  | { ok: true; notes: string[]; count: number; timeline: LoadedTimeline }
  | { ok: false; notes: string[]; count: 0 };

export class DataSource {
  problem = $state.raw<Problem | null>(null);
  /** Set when the reader loaded a file of their own; the page says so. */
  importedName = $state<string | null>(null);
  private dataUrl: URL | null = null;
  private loadFull: () => Promise<FullResult> = () =>
    Promise.resolve({ ok: false, kind: 'unreachable', file: 'details', where: '', detail: [] });
  /** The language the same timeline is also written in, searched too; null for other files. */
  private otherLanguage: Language | null = null;
  private pageUrl: URL | null = null;
  /** Texts that came with the page or an import, instead of being fetched. */
  private texts = new Map<string, string>();
  /** The search index last built, and the data it was built from. */
  private searchIndex: { data: TimelineData; search: EventSearch } | null = null;

  /** Loads the timeline the address names (or the page carries); null when it cannot be drawn. */
  async start(pageUrl: URL): Promise<LoadedTimeline | null> {
    const timelineJs = pageUrl.searchParams.get('timelinejs');
    if (timelineJs !== null) return this.startFromTimelineJs(timelineJs, pageUrl);
    // An explicit ?data= file (an import, the bench) is shown as it is, in any language.
    const explicit = pageUrl.searchParams.get('data');
    const language = currentLanguage();
    const inline = this.inlineTimeline(pageUrl);
    if (explicit === null && !inline) {
      this.pageUrl = pageUrl;
      this.otherLanguage = language === 'vi' ? 'en' : 'vi';
    }
    const result =
      inline ??
      (await loadTimeline(explicit ?? `data/${indexFileFor(language)}`, pageUrl, fetchText));
    return this.accept(result);
  }

  /** ?timelinejs=URL: fetched and read by a module loaded only for it. */
  private async startFromTimelineJs(option: string, pageUrl: URL): Promise<LoadedTimeline | null> {
    const { fetchTimelineJs } = await withWords(() => import('./fetchTimelineJs.ts'));
    // The importer's modules load while the file downloads (a failure shows when they are used).
    loadTimelineJsReader().catch(() => {});
    const fetched = await fetchTimelineJs(option, pageUrl);
    if (!fetched.ok) {
      this.problem = { message: fetched.message, detail: fetched.detail };
      return null;
    }
    const result = await this.importTimelineJs(fetched.text, fetched.name);
    if (!result.ok) this.problem = { message: fetched.failedMessage, detail: result.notes };
    return result.ok ? result.timeline : null;
  }

  /** What an import skipped or changed (events without a start date…), shown to the reader. */
  importNotes = $state.raw<string[]>([]);

  private accept(result: LoadResult): LoadedTimeline | null {
    if (!result.ok) {
      this.problem = described(result);
      return null;
    }
    this.dataUrl = result.dataUrl;
    this.loadFull = result.loadFull;
    return { outline: result.outline, data: null };
  }

  /** The offline single file carries its data and texts in the page (src/offline/bundleOffline.ts). */
  private inlineTimeline(pageUrl: URL): LoadResult | null {
    const element = document.getElementById('timeline-data');
    if (!element || pageUrl.searchParams.has('data')) return null;
    try {
      const texts = document.getElementById('timeline-texts')?.textContent;
      if (texts) this.texts = new Map(Object.entries(JSON.parse(texts) as Record<string, string>));
      return readTimeline(JSON.parse(element.textContent ?? ''), pageUrl, fetchText);
    } catch (error) {
      return {
        ok: false,
        kind: 'shape',
        file: 'timeline',
        where: pageUrl.pathname,
        detail: [(error as Error).message],
      };
    }
  }

  /** Summaries, quotes, figures and disputes (fetched once, the first time they are asked for). */
  async loadDetails(): Promise<TimelineData | null> {
    const full = await this.loadFull();
    if (!full.ok) {
      this.problem = described(full);
      return null;
    }
    return full.data;
  }

  /**
   * The search index of the details, with the details it indexes; null when they cannot be
   * loaded (loadDetails reports why).
   */
  async loadSearch(): Promise<{ data: TimelineData; search: EventSearch } | null> {
    const { otherLanguage, pageUrl } = this;
    const [module, aliases, aliasFile, full, translations] = await Promise.all([
      import('../../model/eventSearch.ts'),
      import('../../model/searchAliases.ts'),
      import('../../../data/search-aliases.yaml'),
      this.loadFull(),
      // A query in either language finds events: the other language's texts, on first search.
      otherLanguage && pageUrl
        ? import('./searchTranslations.ts').then((module) =>
            module.translationsOf(
              loadTimeline(`data/${indexFileFor(otherLanguage)}`, pageUrl, fetchText),
            ),
          )
        : undefined,
    ]);
    if (!full.ok) return null;
    // Built once per data set, however many searches asked for it while the modules loaded.
    if (this.searchIndex?.data !== full.data) {
      const search = new module.EventSearch(full.data.events, {
        documents: full.data.documents,
        aliases: aliases.readSearchAliases(aliasFile.default),
        translations,
      });
      this.searchIndex = { data: full.data, search };
    }
    return this.searchIndex;
  }

  /** A document's full text: from the page or an import, else fetched beside the data file. */
  async loadText(documentId: string, document: SourceDocument | undefined): Promise<string> {
    const carried = this.texts.get(documentId);
    if (carried !== undefined) return carried;
    if (!document || !document.textPath || !this.dataUrl) {
      throw new Error(messages.loadFailed);
    }
    const url = new URL(document.textPath, this.dataUrl);
    if (url.origin !== this.dataUrl.origin) throw new Error(messages.loadFailed);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    const text = await response.text();
    this.texts.set(documentId, text);
    return text;
  }

  /**
   * The build's date-coverage report, beside the data file, with its mentions by the timeline's
   * documents; null when there is none.
   */
  async loadCoverage(documents: readonly SourceDocument[]): Promise<CoverageIndex | null> {
    if (!this.dataUrl) return null;
    const [{ loadCoverage, coverageUrlBeside }, { indexCoverage }] = await Promise.all([
      import('../../model/loadCoverage.ts'),
      import('../../model/coverageIndex.ts'),
    ]);
    const result = await loadCoverage(coverageUrlBeside(this.dataUrl), fetchText);
    if (!result.ok) {
      this.problem = described(result);
      return null;
    }
    return indexCoverage(result.report, documents);
  }

  /** Reads a TimelineJS file into a timeline that replaces this one; with notes for the reader. */
  async importTimelineJs(text: string, fileName: string): Promise<ImportResult> {
    // A failed load is not kept: the next import tries again.
    const { readTimelineJs } = await loadTimelineJsReader();
    const result = await readTimelineJs(text, fileName);
    if (!result.ok) return { ok: false, notes: result.notes, count: 0 };
    const timeline = this.useImported(result.data, result.texts, fileName);
    this.importNotes = result.notes;
    return { ok: true, notes: result.notes, count: result.data.events.length, timeline };
  }

  private useImported(
    data: TimelineData,
    texts: ReadonlyMap<string, string>,
    name: string,
  ): LoadedTimeline {
    this.texts = new Map(texts);
    this.importedName = name;
    this.dataUrl = new URL(window.location.href);
    const full: FullResult = { ok: true, data };
    this.loadFull = () => Promise.resolve(full);
    return { outline: data, data };
  }
}
