import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatEventDate, formatPartial } from '../../src/model/formatDate.ts';
import type { Dispute, TimelineData } from '../../src/model/timelineSchema.ts';
import { indexDetails } from '../../src/model/timelineIndex.ts';
import DisputesView from '../../src/views/disputes/DisputesView.svelte';
import { messages } from '../../src/views/messagesOnDemand.ts';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();

function documentTitle(id: string): string {
  const document = data.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`No document "${id}" in the built data`);
  return document.title;
}

function renderView({
  data: shown = data,
  ...extra
}: {
  data?: TimelineData;
  onOpenSource?: (documentId: string, start: number, end: number) => void;
  headingLevel?: 1 | 2;
} = {}) {
  const onSelectEvent = vi.fn();
  const result = render(DisputesView, {
    props: { disputes: shown.disputes, index: indexDetails(shown), onSelectEvent, ...extra },
  });
  return { ...result, onSelectEvent };
}

/** The section of one dispute, found by its heading. */
function sectionOf(dispute: Dispute): HTMLElement {
  return screen.getByRole('region', { name: dispute.title });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the disputes page', () => {
  it('has the data it needs: disputes with claims, events and figure points', () => {
    expect(data.disputes.length).toBeGreaterThan(1);
    expect(data.disputes.some((dispute) => dispute.figures.length > 0)).toBe(true);
    expect(data.disputes.every((dispute) => dispute.events.length > 0)).toBe(true);
  });

  it('lists every dispute in the data under its own heading, with the count at the top', () => {
    renderView();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Where the sources disagree' }),
    ).toBeVisible();
    expect(
      screen.getByText(`${data.disputes.length} disagreements between the documents`),
    ).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(data.disputes.length);
    expect(headings.map((heading) => heading.textContent?.trim()).sort()).toEqual(
      data.disputes.map((dispute) => dispute.title).sort(),
    );
    for (const dispute of data.disputes) {
      expect(within(sectionOf(dispute)).getByText(dispute.note)).toBeInTheDocument();
    }
  });

  it('groups the disputes by kind, contradictions first, and says in plain words what each kind means', () => {
    renderView();
    const kinds = [...new Set(data.disputes.map((dispute) => dispute.kind))];
    expect(kinds).toContain('contradiction');
    expect(kinds.length).toBeGreaterThan(2);
    const groupHeadings = screen.getAllByRole('heading', { level: 2 });
    expect(groupHeadings[0]).toHaveTextContent(/^Contradictions \(\d+\)$/);
    for (const kind of kinds) {
      if (!kind) throw new Error('A dispute in the built data has no kind');
      const wording = messages.disputeKinds[kind];
      const count = data.disputes.filter((dispute) => dispute.kind === kind).length;
      const group = screen.getByRole('region', { name: `${wording.group} (${count})` });
      expect(within(group).getByText(wording.explanation)).toBeInTheDocument();
      for (const dispute of data.disputes.filter((candidate) => candidate.kind === kind)) {
        const section = within(group).getByRole('region', { name: dispute.title });
        expect(within(section).getByText(wording.tag)).toBeVisible();
      }
    }
  });

  it('shows disputes of a file written before disputes were classified as not classified', () => {
    const unclassified = data.disputes.map(({ kind: _kind, ...dispute }) => dispute);
    renderView({ data: { ...data, disputes: unclassified } });
    const group = screen.getByRole('region', {
      name: `Not classified (${data.disputes.length})`,
    });
    expect(within(group).getAllByRole('heading', { level: 3 })).toHaveLength(data.disputes.length);
  });

  it('sets out every claim with what it says, its quote, its document and when it held', () => {
    renderView();
    for (const dispute of data.disputes) {
      const claims = within(sectionOf(dispute)).getByRole('list', { name: dispute.title });
      const items = within(claims).getAllByRole('listitem');
      expect(items).toHaveLength(dispute.claims.length);
      dispute.claims.forEach((claim, index) => {
        const item = items[index] as HTMLElement;
        expect(within(item).getByText(claim.says, { selector: 'strong' })).toBeVisible();
        const quote = within(item).getByText(claim.quote.replace(/\s+/g, ' '));
        expect(quote.closest('blockquote')).not.toBeNull();
        expect(
          within(item).getByText(documentTitle(claim.document), { selector: 'cite' }),
        ).toBeVisible();
        if (claim.asOf) {
          expect(within(item).getByText(`As of ${formatPartial(claim.asOf)}`)).toBeInTheDocument();
        }
      });
    }
  });

  it('opens the events a dispute concerns', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderView();
    for (const dispute of data.disputes) {
      const section = sectionOf(dispute);
      for (const id of dispute.events) {
        const event = data.events.find((candidate) => candidate.id === id);
        if (!event) throw new Error(`No event "${id}" in the built data`);
        const button = within(section).getByRole('button', {
          name: `${event.title} ${formatEventDate(event.date)}`,
        });
        onSelectEvent.mockClear();
        await user.click(button);
        expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith(id);
      }
    }
  });

  it('shows the figure points a dispute concerns, as the text writes them', () => {
    renderView();
    const dispute = data.disputes.find((candidate) => candidate.id === 'trade-in-1995');
    if (!dispute) throw new Error('No dispute "trade-in-1995" in the built data');
    const section = sectionOf(dispute);
    const figures = within(section).getByRole('list', { name: 'Figures concerned' });
    const items = within(figures).getAllByRole('listitem');
    expect(items).toHaveLength(dispute.figures.length);
    for (const id of dispute.figures) {
      const found = data.figures
        .flatMap((series) => series.points.map((point) => ({ series, point })))
        .find(({ point }) => point.id === id);
      if (!found) throw new Error(`No figure point "${id}" in the built data`);
      const item = within(figures).getByText(found.point.display).closest('li') as HTMLElement;
      expect(within(item).getByText(found.series.label)).toBeInTheDocument();
      expect(within(item).getByText(formatEventDate(found.point.date))).toBeInTheDocument();
    }
  });

  it('offers “Read in the source” only when the app can open a source', async () => {
    const user = userEvent.setup();
    const first = renderView();
    expect(screen.queryByRole('button', { name: /read in the source/i })).toBeNull();
    first.unmount();

    const onOpenSource = vi.fn();
    renderView({ onOpenSource });
    const claimCount = data.disputes.reduce((sum, dispute) => sum + dispute.claims.length, 0);
    expect(screen.getAllByRole('button', { name: /read in the source/i })).toHaveLength(claimCount);
    const dispute = data.disputes[0] as Dispute;
    const claim = dispute.claims[1];
    if (!claim) throw new Error('The dispute has fewer than two claims');
    const item = within(sectionOf(dispute))
      .getByText(claim.says, { selector: 'strong' })
      .closest('li') as HTMLElement;
    await user.click(
      within(item).getByRole('button', {
        // jsdom joins the hidden part without the space a browser puts before it.
        name: new RegExp(`^Read in the source ?— ${escapeRegExp(documentTitle(claim.document))}$`),
      }),
    );
    expect(onOpenSource).toHaveBeenCalledExactlyOnceWith(claim.document, claim.start, claim.end);
  });

  it('moves its headings one level down under a page heading', () => {
    renderView({ headingLevel: 2 });
    expect(screen.queryAllByRole('heading', { level: 1 })).toHaveLength(0);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Where the sources disagree' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(data.disputes.length);
  });

  it('says so when there are no disputes', () => {
    renderView({ data: { ...data, disputes: [] } });
    expect(screen.getByText('0 disagreements between the documents')).toBeInTheDocument();
    expect(screen.getByText(/no disagreements/i)).toBeInTheDocument();
  });

  it('never renders data as HTML', () => {
    const [dispute] = data.disputes;
    if (!dispute) throw new Error('No dispute in the built data');
    const markup = '<img src="x" alt="injected">';
    const hostile: TimelineData = {
      ...data,
      disputes: [{ ...dispute, title: markup, note: markup }],
    };
    const { container } = renderView({ data: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: markup })).toBeInTheDocument();
    const folder = join(process.cwd(), 'src/views/disputes');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.svelte'))) {
      expect(readFileSync(join(folder, file), 'utf8')).not.toContain('{@html');
    }
  });
});
