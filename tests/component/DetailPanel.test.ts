import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatEventDate } from '../../src/model/formatDate.ts';
import type { TimelineEvent } from '../../src/model/timelineSchema.ts';
import { indexDetails, indexOutline } from '../../src/model/timelineIndex.ts';
import DetailPanel from '../../src/views/panel/DetailPanel.svelte';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
const index = indexDetails(data);
const { themeById } = indexOutline(data);

function eventById(id: string): TimelineEvent {
  const found = data.events.find((event) => event.id === id);
  if (!found) throw new Error(`No event "${id}" in the built data`);
  return found;
}

function documentTitle(id: string): string {
  const document = data.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`No document "${id}" in the built data`);
  return document.title;
}

function renderPanel(
  id: string,
  extra: { onOpenSource?: (documentId: string, start: number, end: number) => void } = {},
) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  const result = render(DetailPanel, {
    props: {
      event: eventById(id),
      events: data.events,
      index,
      themeById,
      onSelect,
      onClose,
      ...extra,
    },
  });
  return { ...result, onSelect, onClose };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the event detail panel', () => {
  it('shows an event with a stated date, its editor’s note and its quoted source', () => {
    const event = eventById('clinton-normalisation-statement');
    renderPanel(event.id);
    const panel = screen.getByRole('complementary', { name: event.title });
    const title = within(panel).getByRole('heading', { level: 2, name: event.title });
    expect(title).toHaveAttribute('tabindex', '-1');
    expect(title).toHaveAttribute('data-panel-title');
    expect(screen.getByText('11 July 1995')).toBeInTheDocument();
    expect(screen.getByText(/date stated/i)).toBeInTheDocument();
    expect(screen.getByText('Editor’s note')).toBeInTheDocument();
    expect(screen.getByText(event.note as string)).toBeInTheDocument();

    const sources = section('Sources');
    const [source] = event.sources;
    if (!source) throw new Error('The event has no source');
    const quote = within(sources).getByText(source.quote.replace(/\s+/g, ' '));
    expect(quote.closest('blockquote')).not.toBeNull();
    const cite = within(sources).getByText(documentTitle(source.document));
    expect(cite.tagName).toBe('CITE');
    const review = data.documents.find((document) => document.id === 'thirty-years-review-2025');
    const link = within(sources).getByRole('link', { name: /original article/i });
    expect(link).toHaveAttribute('href', review?.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says when a date is inferred, and how', () => {
    const event = eventById('vinfast-north-carolina');
    expect(event.date.basis).toBe('inferred');
    renderPanel(event.id);
    expect(screen.getByText(/inferred/i)).toBeInTheDocument();
    expect(screen.getByText(event.date.note as string)).toBeInTheDocument();
  });

  it('marks milestones', () => {
    const milestone = data.events.find((event) => event.importance === 3);
    if (!milestone) throw new Error('No milestone in the built data');
    renderPanel(milestone.id);
    expect(screen.getByText('Milestone')).toBeInTheDocument();
  });

  it('sets the claims of a dispute side by side, each with its document', () => {
    const event = eventById('trade-1995');
    renderPanel(event.id);
    const disputes = section('Disputed claims');
    const dispute = data.disputes.find((candidate) => candidate.id === event.disputes[0]);
    if (!dispute) throw new Error('The dispute is not in the built data');
    expect(within(disputes).getByRole('heading', { level: 4, name: dispute.title })).toBeVisible();
    expect(within(disputes).getByText(dispute.note)).toBeInTheDocument();
    const claims = within(disputes).getByRole('list', { name: dispute.title });
    const items = within(claims).getAllByRole('listitem');
    expect(items).toHaveLength(dispute.claims.length);
    const says = ['US$450 million', '451 million USD', 'below 500 million USD'];
    for (const text of says) {
      const item = within(claims).getByText(text).closest('li');
      expect(item).not.toBeNull();
      const claim = dispute.claims.find((candidate) => candidate.says === text);
      const title = documentTitle(claim?.document ?? '');
      expect(within(item as HTMLElement).getByText(title, { selector: 'cite' })).toBeVisible();
      expect(within(item as HTMLElement).getByText('As of 1995')).toBeInTheDocument();
    }
  });

  it('shows the figures an event belongs to, as the text writes them', () => {
    renderPanel('trade-2024');
    const figures = section('Related figures');
    expect(within(figures).getByText('nearly 150 billion USD')).toBeInTheDocument();
    expect(within(figures).getByText('Two-way trade')).toBeInTheDocument();
    expect(within(figures).getByText('2024')).toBeInTheDocument();
  });

  it('marks a disputed figure', () => {
    renderPanel('trade-1995');
    const figures = section('Related figures');
    expect(within(figures).getAllByText('Disputed')).toHaveLength(3);
  });

  it('steps to the next event in time and within the primary theme', async () => {
    const user = userEvent.setup();
    const event = eventById('trade-1995');
    const index = data.events.indexOf(event);
    const nextInTime = data.events[index + 1];
    const nextInTheme = data.events
      .slice(index + 1)
      .find((other) => other.themes[0] === event.themes[0]);
    const previousInTime = data.events[index - 1];
    if (!nextInTime || !nextInTheme || !previousInTime) throw new Error('Pick another event');
    // The two kinds of step must differ here, or the test would not tell them apart.
    expect(nextInTheme.id).not.toBe(nextInTime.id);

    const { onSelect } = renderPanel(event.id);
    await user.click(screen.getByRole('button', { name: /^Next event: / }));
    expect(onSelect).toHaveBeenLastCalledWith(nextInTime.id);
    const themeLabel = data.themes.find((theme) => theme.id === event.themes[0])?.label;
    await user.click(screen.getByRole('button', { name: (name) => name.startsWith('Next in ') }));
    expect(onSelect).toHaveBeenLastCalledWith(nextInTheme.id);
    await user.click(screen.getByRole('button', { name: /^Previous event: / }));
    expect(onSelect).toHaveBeenLastCalledWith(previousInTime.id);
    expect(onSelect).toHaveBeenCalledTimes(3);

    const inTheme = screen.getByRole('button', { name: (name) => name.startsWith('Next in ') });
    expect(inTheme).toHaveAccessibleName(
      `Next in ${themeLabel}: ${nextInTheme.title}, ${formatEventDate(nextInTheme.date)}`,
    );
  });

  it('offers no step beyond the first event', () => {
    const first = data.events[0];
    if (!first) throw new Error('No events');
    renderPanel(first.id);
    expect(screen.queryByRole('button', { name: /^Previous/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Next event: / })).toBeEnabled();
  });

  it('closes on Escape inside the panel, without passing the key on, and on Close', async () => {
    const user = userEvent.setup();
    const { onClose } = renderPanel('trade-1995');
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    try {
      screen.getByRole('heading', { level: 2 }).focus();
      await user.keyboard('{Escape}');
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(outside).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', outside);
    }

    onClose.mockClear();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('opens a related event', async () => {
    const user = userEvent.setup();
    const event = eventById('clinton-normalisation-statement');
    const { onSelect } = renderPanel(event.id);
    const related = section('Related events');
    expect(within(related).getAllByRole('button')).toHaveLength(event.related.length);
    for (const id of event.related) {
      const { title, date } = eventById(id);
      const button = within(related).getByRole('button', {
        name: (name) => name.startsWith(title),
      });
      expect(button).toHaveAccessibleName(`${title} ${formatEventDate(date)}`);
      await user.click(button);
      expect(onSelect).toHaveBeenLastCalledWith(id);
    }
  });

  it('offers "Read in the source" only when a source reader is given', async () => {
    const user = userEvent.setup();
    const event = eventById('trade-1995');
    const { unmount } = renderPanel(event.id);
    expect(screen.queryByRole('button', { name: /read in the source/i })).toBeNull();
    unmount();

    const onOpenSource = vi.fn();
    renderPanel(event.id, { onOpenSource });
    const buttons = screen.getAllByRole('button', { name: /read in the source/i });
    expect(buttons).toHaveLength(event.sources.length);
    await user.click(buttons[1] as HTMLElement);
    const source = event.sources[1];
    expect(onOpenSource).toHaveBeenCalledWith(source?.document, source?.start, source?.end);
  });

  // Ninety-nine panels, each queried by role: 4 to 6 s alone, but 25 s once (over the 20 s
  // default) in a full run on a shared machine with a load of 12 on two cores.
  it('gives every button a name, for every event', { timeout: 60_000 }, () => {
    for (const event of data.events) {
      const { unmount } = renderPanel(event.id, { onOpenSource: vi.fn() });
      for (const button of screen.getAllByRole('button')) {
        expect(button).toHaveAccessibleName();
        expect(button).toHaveAttribute('type', 'button');
      }
      unmount();
    }
  });

  it('never renders data as HTML', () => {
    const folder = join(process.cwd(), 'src/views/panel');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.svelte'))) {
      expect(readFileSync(join(folder, file), 'utf8')).not.toContain('{@html');
    }
  });
});
