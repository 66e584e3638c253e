import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventSearch, type SearchHit } from '../../src/model/eventSearch.ts';
import { foldText } from '../../src/model/foldText.ts';
import { formatEventDate } from '../../src/model/formatDate.ts';
import HighlightedText from '../../src/views/search/HighlightedText.svelte';
import SearchBox from '../../src/views/search/SearchBox.svelte';
import {
  AppState,
  SEARCH_LIMIT,
  type SearchSuggestions,
} from '../../src/views/state/appState.svelte.ts';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
const index = new EventSearch(data.events);

/** What the box is given for a query. */
type Suggest = (query: string) => SearchSuggestions | null;

/** The search as the app runs it: once per query, in the AppState, which hands the box its hits. */
function suggestionsFrom(search: EventSearch | null): Suggest {
  const app = new AppState();
  app.search = search;
  return (query) => {
    app.query = query;
    return app.searchSuggestions;
  };
}
const realSuggest = suggestionsFrom(index);

function dateOf(id: string): string {
  const event = data.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`No event "${id}" in the built data`);
  return formatEventDate(event.date);
}

/**
 * Renders the box as the app will: what the reader types comes back as the `query` prop, with
 * the suggestions for it.
 */
function renderSearchBox({
  suggest = realSuggest,
  query = '',
  formatDate = dateOf,
}: { suggest?: Suggest; query?: string; formatDate?: (id: string) => string } = {}) {
  const onQueryChange = vi.fn<(query: string) => void>();
  const onChoose = vi.fn<(eventId: string) => void>();
  const onFocusFirst = vi.fn<() => void>();
  let current = { query, suggest };
  let rerender: (props: {
    query: string;
    suggestions: SearchSuggestions | null;
  }) => void = () => {};
  const show = (next: Partial<typeof current>) => {
    current = { ...current, ...next };
    rerender({ query: current.query, suggestions: current.suggest(current.query) });
  };
  const result = render(SearchBox, {
    props: {
      query,
      suggestions: suggest(query),
      dateOf: formatDate,
      onChoose,
      onFocusFirst,
      onQueryChange: (next: string) => {
        onQueryChange(next);
        show({ query: next });
      },
    },
  });
  rerender = result.rerender;
  const input = screen.getByRole('combobox', { name: 'Search events' });
  return {
    ...result,
    /** The app has loaded the index (or another search): the box gets its suggestions. */
    useSearch: (suggest: Suggest) => show({ suggest }),
    input,
    onQueryChange,
    onChoose,
    onFocusFirst,
    user: userEvent.setup({ delay: null }),
  };
}

const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const marksIn = (element: HTMLElement) =>
  [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

// Typing runs a search per keystroke through jsdom: generous, for a busy machine.
describe('the search box', { timeout: 20_000 }, () => {
  it('finds Tô Lâm when the reader types "to lam", and marks the name', async () => {
    const { input, user, onQueryChange } = renderSearchBox();
    await user.type(input, 'to lam');
    expect(onQueryChange).toHaveBeenLastCalledWith('to lam');
    const listed = options();
    const expected = data.events.filter((event) => event.title.includes('Tô Lâm'));
    expect(listed).toHaveLength(expected.length);
    for (const option of listed) {
      expect(option).toHaveTextContent('Tô Lâm');
      expect(marksIn(option)).toContain('Tô Lâm');
    }
    expect(listed[0]).toHaveTextContent("Tô Lâm's policy address at Columbia University");
    expect(listed[0]).toHaveTextContent(dateOf('to-lam-columbia-address'));
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} results`);
  });

  it('finds "Việt Nam" for "viet nam", in titles and in excerpts', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'viet nam');
    const listed = options();
    expect(listed.length).toBeGreaterThan(0);
    expect(
      screen.getByRole('option', { name: /Việt Nam-India People's Friendship Festival/ }),
    ).toBeInTheDocument();
    for (const option of listed) {
      expect(marksIn(option).some((text) => foldText(text ?? '') === 'viet nam')).toBe(true);
    }
  });

  it('finds the VUFO events by a person in them, and says where it matched', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'phan anh son');
    const listed = options();
    expect(listed.map((option) => option.textContent)).toEqual([
      expect.stringContaining('people-to-people diplomacy for VUFO'),
      expect.stringContaining('VUFO honours foreign diplomats'),
    ]);
    for (const option of listed) {
      expect(option).toHaveTextContent('people: Phan Anh Sơn');
      expect(marksIn(option)).toContain('Phan Anh Sơn');
    }
  });

  it('forgives typos', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'obamma');
    expect(options()[0]).toHaveTextContent('Obama visits Vietnam and lifts the arms ban');
    await user.clear(input);
    await user.type(input, 'Bilateral Trade Agrement');
    expect(options()[0]).toHaveTextContent('Bilateral Trade Agreement (BTA) signed');
  });

  it('lists at most eight results and says how many there are', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'vietnam');
    const total = index.search('vietnam', SEARCH_LIMIT).length;
    expect(total).toBeGreaterThan(8);
    expect(options()).toHaveLength(8);
    expect(screen.getByRole('status')).toHaveTextContent(`${total} results, the first 8 listed`);
  });

  it('says so when nothing matches', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'qqzzxx');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No events match');
  });

  it('moves through the results with the arrow keys and chooses with Enter', async () => {
    const { input, user, onChoose, onQueryChange } = renderSearchBox();
    await user.type(input, 'to lam');
    expect(input).toHaveAttribute('role', 'combobox');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = options()[1] as HTMLElement;
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(options().filter((option) => option.getAttribute('aria-selected') === 'true')).toEqual([
      second,
    ]);
    expect(input).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('to-lam-meets-american-friends');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    // The query stays: the app keeps the timeline narrowed until it is cleared.
    expect(input).toHaveValue('to lam');
    expect(onQueryChange).not.toHaveBeenCalledWith('');
  });

  it('wraps around at either end, and reopens the list with the arrow keys', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'to lam');
    const count = options().length;
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options()[count - 1]?.id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options()[0]?.id);

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options()[0]?.id);
  });

  it('chooses the first result on Enter when none is active', async () => {
    const { input, user, onChoose } = renderSearchBox();
    await user.type(input, 'obamma{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('obama-visit');
  });

  it('chooses a result that is clicked, keeping focus in the box', async () => {
    const { input, user, onChoose } = renderSearchBox();
    await user.type(input, 'phan anh son');
    await user.click(screen.getByRole('option', { name: /VUFO honours foreign diplomats/ }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('vufo-medals-2024');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('closes the list on Escape, then clears the query on a second Escape', async () => {
    const { input, user, onQueryChange } = renderSearchBox();
    await user.type(input, 'to lam');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('to lam');
    expect(onQueryChange).not.toHaveBeenCalledWith('');
    await user.keyboard('{Escape}');
    expect(onQueryChange).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('');
  });

  it('closes the list when focus leaves the box', async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, 'to lam');
    await user.tab();
    expect(input).not.toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('has a clear button while there is a query', async () => {
    const { input, user, onQueryChange } = renderSearchBox();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
    await user.type(input, 'to lam');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onQueryChange).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
  });

  it('asks for the index on first focus, says it is loading, then lists results', async () => {
    const { input, user, onFocusFirst, useSearch } = renderSearchBox({
      suggest: suggestionsFrom(null),
    });
    expect(input).toHaveAttribute('placeholder', 'Search people, places, agreements…');
    expect(onFocusFirst).not.toHaveBeenCalled();
    await user.type(input, 'to lam');
    expect(onFocusFirst).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent('Loading search…');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    useSearch(realSuggest);
    expect(options().length).toBeGreaterThan(0);
    expect(options()[0]).toHaveTextContent('Tô Lâm');
    expect(screen.getByRole('status')).toHaveTextContent(/results/);
    await user.tab();
    await user.click(input);
    expect(onFocusFirst).toHaveBeenCalledOnce();
  });

  it('shows titles and excerpts as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const hits: SearchHit[] = [
      {
        id: 'fake',
        score: 0,
        title: { text: `A title ${hostile}`, ranges: [[8, 12]] },
        context: {
          field: 'quotes',
          excerpt: { text: '<b>bold</b> <script>alert(2)</script>', ranges: [[0, 3]] },
        },
      },
    ];
    const fake: Suggest = (query) => (query === '' ? { hits: [], count: 0 } : { hits, count: 1 });
    const { input, user } = renderSearchBox({ suggest: fake, formatDate: () => '2000' });
    await user.type(input, 'img');
    const [option] = options();
    expect(option).toHaveTextContent(`A title ${hostile}`);
    expect(option).toHaveTextContent('in a quote: <b>bold</b> <script>alert(2)</script>');
    expect(option?.querySelector('img, b, script')).toBeNull();
    expect(marksIn(option as HTMLElement)).toEqual(['<img', '<b>']);
  });
});

describe('highlighted text', () => {
  it('merges overlapping ranges and ignores ones outside the text', () => {
    const { container } = render(HighlightedText, {
      props: {
        text: 'Bilateral Trade Agreement',
        ranges: [
          [16, 25],
          [0, 5],
          [3, 9],
          [30, 40],
        ],
      },
    });
    expect(container).toHaveTextContent('Bilateral Trade Agreement');
    expect(marksIn(container)).toEqual(['Bilateral', 'Agreement']);
    expect(container.textContent).toBe('Bilateral Trade Agreement');
  });
});
