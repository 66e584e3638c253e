import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { indexCoverage } from '../../src/model/coverageIndex.ts';
import type { EventSearch } from '../../src/model/eventSearch.ts';
import type { TimelineData } from '../../src/model/timelineSchema.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/model/urlState.ts';
import type { LazyViewName } from '../../src/views/lazyViews.svelte.ts';
import {
  createAppActions,
  type PageHooks,
  type TimelineLoader,
  type WorkspaceHandle,
} from '../../src/views/state/appActions.svelte.ts';
import { AppState } from '../../src/views/state/appState.svelte.ts';

const data = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as TimelineData;

/** A promise and the function that settles it, to hold a load until the test lets it finish. */
function deferred<Value>() {
  let resolve: (value: Value) => void = () => {};
  const promise = new Promise<Value>((settle) => (resolve = settle));
  return { promise, resolve };
}

const linkTo = (state: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...state });

/** The actions over a real AppState, with a DataSource, lazy views, workspace and page faked. */
function setUp({ details = Promise.resolve<TimelineData | null>(data) } = {}) {
  const app = new AppState();
  const search = { search: () => [] } as unknown as EventSearch;
  const dataSource = {
    start: vi.fn<TimelineLoader['start']>(async () => ({ outline: data, data: null })),
    loadDetails: vi.fn<TimelineLoader['loadDetails']>(() => details),
    loadSearch: vi.fn<TimelineLoader['loadSearch']>(async () => {
      const loaded = await details;
      return loaded ? { data: loaded, search } : null;
    }),
    loadCoverage: vi.fn<TimelineLoader['loadCoverage']>(async () => null),
    importTimelineJs: vi.fn<TimelineLoader['importTimelineJs']>(),
  } satisfies TimelineLoader;
  const loaded: LazyViewName[] = [];
  const lazy = { load: vi.fn(async (name: LazyViewName) => void loaded.push(name)) };
  const workspace: WorkspaceHandle = { showRange: vi.fn(), fitToShown: vi.fn() };
  const page: PageHooks = {
    query: () => '',
    focusPresentButton: vi.fn(async () => {}),
    renderNow: vi.fn(),
    print: vi.fn(),
  };
  const actions = createAppActions(app, dataSource, lazy, () => workspace, page);
  app.useTimeline({ outline: data, data: null });
  return { app, actions, dataSource, loaded, workspace, page, search };
}

describe('the app’s actions', () => {
  it('select waits for the details and the panel before it selects', async () => {
    const held = deferred<TimelineData | null>();
    const { app, actions, loaded } = setUp({ details: held.promise });
    const selecting = actions.select('normalisation');
    expect(app.selectedId).toBeNull();
    expect(loaded).toEqual(['panel']);
    held.resolve(data);
    await selecting;
    expect(app.data).toBe(data);
    expect(app.selectedId).toBe('normalisation');
  });

  it('select selects nothing when the details cannot be loaded', async () => {
    const { app, actions } = setUp({ details: Promise.resolve(null) });
    await actions.select('normalisation');
    expect(app.selectedId).toBeNull();
    expect(app.data).toBeNull();
  });

  it('a link that filters, without a range or an event, frames what it matches', async () => {
    const { app, actions, workspace } = setUp();
    await actions.applyUrlState(linkTo({ themes: ['economy'] }));
    expect(app.themes).toEqual(new Set(['economy']));
    expect(workspace.fitToShown).toHaveBeenCalledOnce();
  });

  it('a link with a range of its own goes there, and frames nothing', async () => {
    const { app, actions, workspace } = setUp();
    const range: [number, number] = [Date.UTC(1995, 0, 1), Date.UTC(2000, 0, 1)];
    await actions.applyUrlState(linkTo({ themes: ['economy'], range }));
    expect(app.visibleRange).toEqual(range);
    expect(workspace.showRange).toHaveBeenCalledWith(range);
    expect(workspace.fitToShown).not.toHaveBeenCalled();
  });

  it('a link that searches loads the search index before it frames the matches', async () => {
    const { app, actions, workspace, search } = setUp();
    await actions.applyUrlState(linkTo({ query: 'trade' }));
    expect(app.search).toBe(search);
    expect(app.query).toBe('trade');
    expect(workspace.fitToShown).toHaveBeenCalledOnce();
  });

  it('a change of filter by the reader frames the events shown; reset clears every filter', () => {
    const { app, actions, workspace } = setUp();
    actions.showOnlyTheme('economy');
    actions.setMinImportance(3);
    actions.setQuery('trade');
    expect(workspace.fitToShown).toHaveBeenCalledTimes(3);
    actions.resetFilters();
    expect(app.themes).toBeNull();
    expect(app.minImportance).toBe(1);
    expect(app.query).toBe('');
    expect(app.filtersActive).toBe(false);
    expect(workspace.fitToShown).toHaveBeenCalledTimes(4);
  });

  it('an import replaces the timeline, resets the filters and shows the new one from its first view', async () => {
    const { app, actions, dataSource, workspace } = setUp();
    await actions.showView('list');
    await actions.select('normalisation');
    actions.showOnlyTheme('economy');
    actions.setQuery('trade');
    app.visibleRange = [0, 1];
    const imported: TimelineData = { ...data, title: 'A class’s own timeline', events: [] };
    dataSource.importTimelineJs.mockResolvedValue({
      ok: true,
      notes: ['one note'],
      count: 0,
      timeline: { outline: imported, data: imported },
    });
    const result = await actions.importTimelineJs('{}', 'class.json');
    expect(result).toEqual({ ok: true, notes: ['one note'], count: 0 });
    expect(app.outline).toBe(imported);
    expect(app.data).toBe(imported);
    expect(app.search).toBeNull();
    expect(app.themes).toBeNull();
    expect(app.query).toBe('');
    expect(app.selectedId).toBeNull();
    expect(app.view).toBe('timeline');
    expect(app.visibleRange).toBeNull();
    expect(workspace.showRange).toHaveBeenLastCalledWith(null);
  });

  it('a failed import changes nothing', async () => {
    const { app, actions, dataSource } = setUp();
    actions.showOnlyTheme('economy');
    dataSource.importTimelineJs.mockResolvedValue({
      ok: false,
      notes: ['not a timeline'],
      count: 0,
    });
    const result = await actions.importTimelineJs('{', 'broken.json');
    expect(result).toEqual({ ok: false, notes: ['not a timeline'], count: 0 });
    expect(app.outline).toBe(data);
    expect(app.themes).toEqual(new Set(['economy']));
  });

  it('the coverage page opens only once its report has loaded', async () => {
    const { app, actions, dataSource } = setUp();
    await actions.showView('coverage');
    expect(app.view).toBe('timeline');
    const report = JSON.parse(readFileSync('public/data/coverage.json', 'utf8'));
    const coverage = indexCoverage(report, data.documents);
    dataSource.loadCoverage.mockResolvedValue(coverage);
    await actions.showView('coverage');
    expect(app.view).toBe('coverage');
    expect(app.coverage).toBe(coverage);
    expect(dataSource.loadCoverage).toHaveBeenLastCalledWith(data.documents);
  });

  it('opens a document at a passage in the source reader', async () => {
    const { app, actions, loaded } = setUp();
    await actions.openDocument('essay-2021', 10, 20);
    expect(app.reader).toEqual({ document: 'essay-2021', start: 10, end: 20 });
    expect(app.view).toBe('sources');
    expect(loaded).toContain('reader');
  });

  it('printing loads the handout, renders it at once, then opens the print dialog', async () => {
    const { actions, loaded, page } = setUp();
    await actions.printHandout();
    expect(loaded).toContain('print');
    expect(actions.printing).toBe(true);
    expect(page.renderNow).toHaveBeenCalledOnce();
    expect(page.print).toHaveBeenCalledOnce();
    actions.donePrinting();
    expect(actions.printing).toBe(false);
  });

  it('presents from a step, and gives focus back to the Present button on leaving', async () => {
    const { app, actions, page } = setUp();
    await actions.startPresenting(2);
    expect(app.present).toBe(true);
    expect(app.presentStep).toBe(2);
    await actions.stopPresenting();
    expect(app.present).toBe(false);
    expect(page.focusPresentButton).toHaveBeenCalledOnce();
  });
});
