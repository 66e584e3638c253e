import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CoverageMention, CoverageReport } from '../../src/model/coverageSchema.ts';
import { formatEventDate } from '../../src/model/formatDate.ts';
import { mentionsByDocument } from '../../src/model/coverageIndex.ts';
import { indexDetails } from '../../src/model/timelineIndex.ts';
import CoverageView from '../../src/views/coverage/CoverageView.svelte';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
/** The real report the build wrote beside the timeline (npm test runs `npm run data` first). */
const report = JSON.parse(
  readFileSync(join(process.cwd(), 'public/data/coverage.json'), 'utf8'),
) as CoverageReport;

const index = indexDetails(data);

function renderView({ report: shown = report }: { report?: CoverageReport } = {}) {
  const onSelectEvent = vi.fn();
  const result = render(CoverageView, {
    props: {
      report: shown,
      groups: mentionsByDocument(shown, data.documents),
      index,
      onSelectEvent,
    },
  });
  return { ...result, onSelectEvent };
}

function tableOf(documentTitle: string): HTMLElement {
  const section = screen.getByRole('region', { name: documentTitle });
  return within(section).getByRole('table');
}

/**
 * The body row of a mention, found by its text (the row header) and line; when a line holds the
 * same text twice, the rows come in the order of the text.
 */
function rowOf(table: HTMLElement, mention: CoverageMention): HTMLElement {
  const rows = within(table)
    .getAllByRole('rowheader', { name: mention.text.replace(/\s+/g, ' ') })
    .map((header) => header.closest('tr') as HTMLElement)
    .filter((row) => within(row).queryByRole('cell', { name: String(mention.line) }) !== null);
  const twins = report.mentions
    .filter(
      (other) =>
        other.document === mention.document &&
        other.line === mention.line &&
        other.text === mention.text,
    )
    .sort((a, b) => a.start - b.start);
  const candidates = twins.length > 0 ? twins : [mention];
  expect(rows).toHaveLength(candidates.length);
  return rows[Math.max(0, candidates.indexOf(mention))] as HTMLElement;
}

function titleOf(documentId: string): string {
  const document = data.documents.find((candidate) => candidate.id === documentId);
  if (!document) throw new Error(`No document "${documentId}" in the built data`);
  return document.title;
}

describe('the coverage page', () => {
  it('shows the totals of the report', () => {
    renderView();
    const { mentions, cited, excluded, unaccounted } = report.totals;
    expect(
      screen.getByText(
        `${mentions} date mentions: ${cited} cited, ${excluded} excluded, ${unaccounted} unaccounted`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${report.totals.quotes} quotes verified word for word.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives each document a heading and a table with a row for every mention in it', () => {
    renderView();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent?.trim())).toEqual(
      data.documents.map((document) => document.title),
    );
    let rowCount = 0;
    for (const document of data.documents) {
      const table = tableOf(document.title);
      expect(table.querySelector('caption')?.textContent).toContain(document.title);
      const mentions = report.mentions.filter((mention) => mention.document === document.id);
      // Every mention, in the order of the text: line, text and status as plain words.
      const bodyRows = [...table.querySelectorAll('tbody tr')];
      expect(bodyRows).toHaveLength(mentions.length);
      const sorted = [...mentions].sort((a, b) => a.start - b.start);
      expect(
        bodyRows.map((row) =>
          [...row.children].slice(0, 4).map((cell) => cell.textContent?.trim()),
        ),
      ).toEqual(
        sorted.map((mention) => [
          String(mention.line),
          mention.text,
          expect.any(String),
          mention.status[0]?.toUpperCase() + mention.status.slice(1),
        ]),
      );
      rowCount += bodyRows.length;
    }
    expect(rowCount).toBe(report.mentions.length);
  });

  it('labels its columns and rows for assistive technology', () => {
    renderView();
    const table = tableOf(titleOf('essay-2021'));
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('scope'))).toEqual(headers.map(() => 'col'));
    expect(headers.map((header) => header.textContent?.trim())).toEqual([
      'Line',
      'Mention',
      'Kind',
      'Status',
      'Cited by, or why excluded',
    ]);
    for (const header of within(table).getAllByRole('rowheader')) {
      expect(header).toHaveAttribute('scope', 'row');
    }
  });

  it('shows why an excluded mention is excluded', () => {
    renderView();
    const excluded = report.mentions.find((mention) => mention.status === 'excluded');
    if (!excluded?.reason) throw new Error('No excluded mention with a reason in the report');
    const row = rowOf(tableOf(titleOf(excluded.document)), excluded);
    expect(within(row).getByText('Excluded')).toBeVisible();
    expect(within(row).getByText(excluded.reason)).toBeVisible();
  });

  it('opens an event that cites a mention', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderView();
    const mention = report.mentions.find((candidate) =>
      candidate.citedBy.some((citer) => citer.type === 'event'),
    );
    const citer = mention?.citedBy.find((candidate) => candidate.type === 'event');
    const event = data.events.find((candidate) => candidate.id === citer?.id);
    if (!mention || !event) throw new Error('No mention cited by an event in the report');
    const row = rowOf(tableOf(titleOf(mention.document)), mention);
    await user.click(
      within(row).getByRole('button', {
        name: `Event: ${event.title} ${formatEventDate(event.date)}`,
      }),
    );
    expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith(event.id);
  });

  it('names figures, disagreements and document dates that cite a mention in words', () => {
    renderView();
    const byType = (type: CoverageMention['citedBy'][number]['type']) => {
      const mention = report.mentions.find((candidate) =>
        candidate.citedBy.some((citer) => citer.type === type),
      );
      if (!mention) throw new Error(`No mention cited by a ${type} in the report`);
      const id = mention.citedBy.find((citer) => citer.type === type)?.id as string;
      return { row: rowOf(tableOf(titleOf(mention.document)), mention), id };
    };

    const figure = byType('figure');
    const found = data.figures
      .flatMap((series) => series.points.map((point) => ({ series, point })))
      .find(({ point }) => point.id === figure.id);
    if (!found) throw new Error(`No figure point "${figure.id}"`);
    expect(
      within(figure.row).getByText(
        `Figure: ${found.series.label}, ${found.point.display} (${formatEventDate(found.point.date)})`,
      ),
    ).toBeVisible();

    const dispute = byType('dispute');
    const title = data.disputes.find((candidate) => candidate.id === dispute.id)?.title;
    expect(within(dispute.row).getByText(`Disagreement: ${title}`)).toBeVisible();

    const document = byType('document');
    const written = data.documents.find((candidate) => candidate.id === document.id)?.written;
    if (!written) throw new Error(`No document "${document.id}"`);
    expect(
      within(document.row).getByText(`The document’s own date (${formatEventDate(written)})`),
    ).toBeVisible();
  });

  it('filters the rows by status', async () => {
    const user = userEvent.setup();
    renderView();
    const group = screen.getByRole('group', { name: 'Show' });
    expect(within(group).queryByRole('radio', { name: /unaccounted/i })).toBeNull();
    expect(
      within(group).getByRole('radio', { name: `All (${report.mentions.length})` }),
    ).toBeChecked();

    await user.click(
      within(group).getByRole('radio', { name: `Excluded (${report.totals.excluded})` }),
    );
    const excludedRows = () =>
      screen.getAllByRole('rowheader').map((header) => header.closest('tr') as HTMLElement);
    expect(excludedRows()).toHaveLength(report.totals.excluded);
    for (const row of excludedRows()) expect(within(row).getByText('Excluded')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing ${report.totals.excluded} of ${report.mentions.length} date mentions.`,
    );

    await user.click(within(group).getByRole('radio', { name: `Cited (${report.totals.cited})` }));
    const bodyRows = () => document.querySelectorAll('tbody tr');
    expect(bodyRows()).toHaveLength(report.totals.cited);

    await user.click(within(group).getByRole('radio', { name: /^All/ }));
    expect(bodyRows()).toHaveLength(report.mentions.length);
  });

  it('flags unaccounted mentions, and mentions in a document the timeline lacks', async () => {
    const user = userEvent.setup();
    const unaccounted: CoverageMention = {
      document: 'stray-document',
      start: 10,
      end: 14,
      line: 3,
      text: '1999',
      kind: 'year',
      status: 'unaccounted',
      citedBy: [],
    };
    const broken: CoverageReport = {
      ...report,
      totals: {
        ...report.totals,
        mentions: report.totals.mentions + 1,
        unaccounted: report.totals.unaccounted + 1,
      },
      mentions: [...report.mentions, unaccounted],
    };
    renderView({ report: broken });
    expect(screen.getByRole('alert')).toHaveTextContent(/unaccounted for.*build fails/);
    const table = tableOf('Document “stray-document” (not in the timeline data)');
    const row = rowOf(table, unaccounted);
    expect(within(row).getByText('Unaccounted')).toBeVisible();
    expect(within(row).getByText('Not on the timeline and not excluded.')).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Unaccounted (1)' }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    expect(screen.getAllByText(/no mention in this document has this status/i)).toHaveLength(
      data.documents.length,
    );
  });

  it('moves its headings one level down under a page heading', () => {
    render(CoverageView, {
      props: {
        report,
        groups: mentionsByDocument(report, data.documents),
        index,
        onSelectEvent: vi.fn(),
        headingLevel: 2,
      },
    });
    expect(screen.queryAllByRole('heading', { level: 1 })).toHaveLength(0);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(data.documents.length);
  });

  it('never renders data as HTML', () => {
    const folder = join(process.cwd(), 'src/views/coverage');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.svelte'))) {
      expect(readFileSync(join(folder, file), 'utf8')).not.toContain('{@html');
    }
  });
});
