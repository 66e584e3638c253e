/**
 * Where the page's data comes from, and the one place that fetches it: the timeline named by the
 * address (or carried inline by the offline single file, or imported from a TimelineJS file),
 * its details on first need, the documents' full texts, the coverage report, the search index.
 * Everything it loads lands in the AppState; problems land in `problem` for the page to show.
 */
import type { CoverageReport } from '../../model/coverageSchema.ts';
import type { Problem as ModelProblem } from '../../model/fetchJson.ts';
import type { Language } from '../../model/language.ts';
import {
  loadTimeline,
  readTimeline,
  type FullResult,
  type LoadResult,
} from '../../model/loadTimeline.ts';
import { indexFileFor } from '../../model/splitTimeline.ts';
import type { TimelineData } from '../../model/timelineSchema.ts';
// Not loaded with the importer: the timeline's layout uses it from the first visit on.
import { pauseForBrowser } from '../../model/steps.ts';
import { currentLanguage, withWords } from '../language.ts';
import { messages } from '../messages.ts';
import type { AppState } from './appState.svelte.ts';

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

/** What reading a TimelineJS file needs, loaded only for it. */
const loadImporterModules = () =>
  Promise.all([
    import('../../model/interop/timelineJsImport.ts'),
    import('../../model/interop/sanitizeHtml.ts'),
    // What the import says, in the page's language.
    withWords(() => import('../messagesOnDemand.ts')),
  ]);

export class DataSource {
  problem = $state.raw<Problem | null>(null);
  coverage = $state.raw<CoverageReport | null>(null);
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

  constructor(private readonly app: AppState) {}

  /** Loads the timeline the address names (or the page carries); true when it can be drawn. */
  async start(pageUrl: URL): Promise<boolean> {
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
  private async startFromTimelineJs(option: string, pageUrl: URL): Promise<boolean> {
    const { fetchTimelineJs } = await withWords(() => import('./fetchTimelineJs.ts'));
    // The importer's modules load while the file downloads (a failure shows when they are used).
    this.loadImporter().catch(() => {});
    const fetched = await fetchTimelineJs(option, pageUrl);
    if (!fetched.ok) {
      this.problem = { message: fetched.message, detail: fetched.detail };
      return false;
    }
    const result = await this.importTimelineJs(fetched.text, fetched.name);
    if (!result.ok) this.problem = { message: fetched.failedMessage, detail: result.notes };
    return result.ok;
  }

  /** What an import skipped or changed (events without a start date…), shown to the reader. */
  importNotes = $state.raw<string[]>([]);

  private accept(result: LoadResult): boolean {
    if (!result.ok) {
      this.problem = described(result);
      return false;
    }
    this.dataUrl = result.dataUrl;
    this.loadFull = result.loadFull;
    this.app.outline = result.outline;
    this.app.data = null;
    this.app.search = null;
    return true;
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

  /** Summaries, quotes, figures and disputes, fetched the first time something needs them. */
  async ensureFull(): Promise<boolean> {
    if (this.app.data) return true;
    const full = await this.loadFull();
    if (!full.ok) {
      this.problem = described(full);
      return false;
    }
    this.app.data = full.data;
    return true;
  }

  async ensureSearch(): Promise<void> {
    if (this.app.search) return;
    const { otherLanguage, pageUrl } = this;
    const [module, aliases, aliasFile, ready, translations] = await Promise.all([
      import('../../model/eventSearch.ts'),
      import('../../model/searchAliases.ts'),
      import('../../../data/search-aliases.yaml'),
      this.ensureFull(),
      // A query in either language finds events: the other language's texts, on first search.
      otherLanguage && pageUrl
        ? import('./searchTranslations.ts').then((module) =>
            module.translationsOf(
              loadTimeline(`data/${indexFileFor(otherLanguage)}`, pageUrl, fetchText),
            ),
          )
        : undefined,
    ]);
    if (ready && this.app.data && !this.app.search) {
      this.app.search = new module.EventSearch(this.app.data.events, {
        documents: this.app.data.documents,
        aliases: aliases.readSearchAliases(aliasFile.default),
        translations,
      });
    }
  }

  /** A document's full text: from the page or an import, else fetched beside the data file. */
  async loadText(documentId: string): Promise<string> {
    const carried = this.texts.get(documentId);
    if (carried !== undefined) return carried;
    const document = this.app.data?.documents.find((item) => item.id === documentId);
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

  async ensureCoverage(): Promise<boolean> {
    if (this.coverage) return true;
    if (!this.dataUrl) return false;
    const { loadCoverage, coverageUrlBeside } = await import('../../model/loadCoverage.ts');
    const result = await loadCoverage(coverageUrlBeside(this.dataUrl), fetchText);
    if (!result.ok) {
      this.problem = described(result);
      return false;
    }
    this.coverage = result.report;
    return true;
  }

  private importer: ReturnType<typeof loadImporterModules> | null = null;
  private loadImporter() {
    // Forgotten if it fails, so that the next import tries again.
    this.importer ??= loadImporterModules().catch((error: unknown) => {
      this.importer = null;
      throw error;
    });
    return this.importer;
  }

  /** Replaces the timeline with one read from a TimelineJS file; returns notes for the reader. */
  async importTimelineJs(
    text: string,
    fileName: string,
  ): Promise<{ ok: boolean; notes: string[]; count: number }> {
    const [{ fromTimelineJsInSlices }, { createSanitizer }, { messages: onDemand }] =
      await this.loadImporter();
    // In slices, so that a large file does not freeze the page while it is read.
    const result = await fromTimelineJsInSlices(text, {
      sanitize: createSanitizer(window),
      fileName,
      words: onDemand.importWords,
    });
    if (!result.ok) return { ok: false, notes: [result.message, ...result.detail], count: 0 };
    // The bench tells the import's own tasks from drawing the timeline by this mark.
    performance.mark('timelinejs:imported', { detail: { events: result.data.events.length } });
    await pauseForBrowser();
    this.useImported(result.data, result.texts, fileName);
    this.importNotes = result.notes;
    return { ok: true, notes: result.notes, count: result.data.events.length };
  }

  private useImported(data: TimelineData, texts: ReadonlyMap<string, string>, name: string): void {
    this.texts = new Map(texts);
    this.coverage = null;
    this.importedName = name;
    const full: FullResult = { ok: true, data };
    this.accept({
      ok: true,
      outline: data,
      dataUrl: new URL(window.location.href),
      loadFull: () => Promise.resolve(full),
    });
    this.app.data = data;
  }
}
