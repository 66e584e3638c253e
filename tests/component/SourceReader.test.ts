import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatEventDate } from '../../src/model/formatDate.ts';
import {
  documentCitations,
  paragraphParts,
  segmentText,
} from '../../src/model/highlightSegments.ts';
import type { SourceDocument, TimelineEvent } from '../../src/model/timelineSchema.ts';
import { indexDetails } from '../../src/model/timelineIndex.ts';
import SourceReader from '../../src/views/reader/SourceReader.svelte';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();

function documentById(id: string): SourceDocument {
  const found = data.documents.find((document) => document.id === id);
  if (!found) throw new Error(`No document "${id}" in the built data`);
  return found;
}

function eventById(id: string): TimelineEvent {
  const found = data.events.find((event) => event.id === id);
  if (!found) throw new Error(`No event "${id}" in the built data`);
  return found;
}

function readText(id: string): string {
  return readFileSync(join(process.cwd(), 'public/data', documentById(id).textPath), 'utf8');
}

type Target = { document: string; start?: number; end?: number } | null;

function renderReader(target: Target, loadText = (id: string) => Promise.resolve(readText(id))) {
  const onOpenDocument = vi.fn();
  const onSelectEvent = vi.fn();
  const load = vi.fn(loadText);
  const result = render(SourceReader, {
    props: {
      data,
      index: indexDetails(data),
      loadText: load,
      target,
      onOpenDocument,
      onSelectEvent,
    },
  });
  return { ...result, onOpenDocument, onSelectEvent, loadText: load };
}

/** The text container, once the document has loaded. */
async function documentText(container: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const found = container.querySelector<HTMLElement>('.document-text');
    if (!found) throw new Error('The text is not shown yet');
    return found;
  });
}

/** What a reader sees of an element: its text without the words only screen readers get. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, [hidden]')) hidden.remove();
  return copy.textContent ?? '';
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the source reader: the list of documents', () => {
  it('lists all five documents with their metadata, each opening the document', async () => {
    const { onOpenDocument, loadText } = renderReader(null);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(data.documents.length);
    expect(data.documents).toHaveLength(5);

    for (const [index, document] of data.documents.entries()) {
      const item = items[index] as HTMLElement;
      const open = within(item).getByRole('button', { name: document.title });
      expect(open.closest('h3')).not.toBeNull();
      expect(within(item).getByText(document.kind)).toBeInTheDocument();
      expect(
        within(item).getByText(
          document.titleBasis === 'stated' ? /stated in the text/ : /descriptive/,
        ),
      ).toBeInTheDocument();
      if (document.author) expect(within(item).getByText(document.author)).toBeInTheDocument();
      if (document.publisher) {
        expect(within(item).getByText(document.publisher)).toBeInTheDocument();
      }
      expect(within(item).getByText(formatEventDate(document.written))).toBeInTheDocument();
      expect(
        within(item).getByText(
          document.written.basis === 'inferred' ? /\(inferred\)/ : /\(stated in the text\)/,
        ),
      ).toBeInTheDocument();
      if (document.written.note) {
        expect(within(item).getByText(document.written.note)).toBeInTheDocument();
      }
      const link = within(item).queryByRole('link', { name: /original article/i });
      if (document.url) {
        expect(link).toHaveAttribute('href', document.url);
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      } else {
        expect(link).toBeNull();
      }
      expect(within(item).getByText(/passages? cited by \d+ events?/)).toBeInTheDocument();
    }

    await userEvent.setup().click(screen.getByRole('button', { name: data.documents[1]?.title }));
    expect(onOpenDocument).toHaveBeenCalledWith(data.documents[1]?.id);
    expect(loadText).not.toHaveBeenCalled();
  });
});

describe('the source reader: a document', () => {
  it('shows the review document in paragraphs, under its title and metadata', async () => {
    const review = documentById('thirty-years-review-2025');
    const { container, onOpenDocument, loadText } = renderReader({ document: review.id });
    expect(screen.getByRole('heading', { level: 2, name: review.title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the document…');
    const text = await documentText(container);
    expect(loadText).toHaveBeenCalledWith(review.id);

    const lines = readText(review.id)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const paragraphs = text.querySelectorAll('p:not(.aside-label)');
    expect(paragraphs).toHaveLength(lines.length);
    // Exactly the text, character for character: no space added or lost between segments.
    expect([...paragraphs].map(visibleText)).toEqual(lines);

    // Headings in order: the title, then its sections.
    const headings = screen.getAllByRole('heading').map((heading) => heading.tagName);
    expect(headings).toEqual(['H2', 'H3', 'H3']);
    // Opening a whole document focuses its title.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));

    await userEvent.setup().click(screen.getByRole('button', { name: '← All documents' }));
    expect(onOpenDocument).toHaveBeenCalledWith(null);
    // The review's endnotes are set apart too.
    expect(screen.getByRole('group', { name: 'Endnotes' })).toBeInTheDocument();
  });

  it('highlights, focuses and links the Clinton statement when it is the target', async () => {
    const clinton = eventById('clinton-normalisation-statement');
    const [source] = clinton.sources;
    if (!source) throw new Error('The Clinton event has no source');
    const { container, onSelectEvent } = renderReader({
      document: source.document,
      start: source.start,
      end: source.end,
    });
    await documentText(container);
    await waitFor(() => expect(document.activeElement?.hasAttribute('data-passage')).toBe(true));

    const focused = document.activeElement as HTMLElement;
    expect(fold(visibleText(focused))).toContain(fold(source.quote));
    expect(focused.querySelector('mark')).not.toBeNull();
    expect(focused).toHaveAttribute('aria-current', 'location');
    expect(focused).toHaveClass('current');
    expect(focused).toHaveAccessibleName(
      expect.stringContaining(`Passage cited by: ${clinton.title}`),
    );

    const passage = screen.getByRole('button', {
      name: new RegExp(`Passage cited by: ${clinton.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
    expect(passage).toBe(focused);
    await userEvent.setup().click(passage);
    expect(onSelectEvent).toHaveBeenCalledWith(clinton.id);
    // The keyboard works too.
    onSelectEvent.mockClear();
    passage.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith(clinton.id);
  });

  for (const document of data.documents) {
    it(`links every highlighted passage of ${document.id} back to an event that cites it`, async () => {
      const { container, onSelectEvent } = renderReader({ document: document.id });
      const text = await documentText(container);
      const lines = readText(document.id)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const paragraphs = [...text.querySelectorAll('p:not(.aside-label)')];
      expect(paragraphs.map(visibleText)).toEqual(lines);

      const marks = [...text.querySelectorAll('mark')];
      expect(marks.length).toBeGreaterThan(0);

      const passages = new Set<HTMLElement>();
      for (const mark of marks) {
        const passage = mark.closest<HTMLElement>('[data-passage]');
        if (!passage) throw new Error(`A mark outside any passage: "${mark.textContent}"`);
        passages.add(passage);
      }

      let disclosures = 0;
      for (const passage of passages) {
        const start = Number(passage.dataset.start);
        const end = Number(passage.dataset.end);
        const citing = data.events.filter((event) =>
          event.sources.some(
            (source) => source.document === document.id && source.start < end && source.end > start,
          ),
        );
        const quotedFor = [
          ...data.figures.flatMap((series) => series.points),
          ...data.disputes.map((dispute) => ({ ...dispute, sources: dispute.claims })),
        ].filter((quoter) =>
          quoter.sources.some(
            (source) => source.document === document.id && source.start < end && source.end > start,
          ),
        );
        expect(citing.length + quotedFor.length).toBeGreaterThan(0);

        const eventIds = (passage.dataset.eventIds ?? '').split(' ').filter(Boolean);
        if (eventIds.length === 0) {
          // Quoted only for a figure or a claim that names no event: it says so.
          expect(quotedFor.length).toBeGreaterThan(0);
          expect(passage).toHaveTextContent(/Passage quoted for/);
          continue;
        }
        expect(passage).toHaveAttribute('role', 'button');
        const reachable = new Set([
          ...citing.map((event) => event.id),
          ...quotedFor.flatMap((quoter) => quoter.events),
        ]);
        for (const id of eventIds) expect(reachable).toContain(id);

        onSelectEvent.mockClear();
        await fireEvent.click(passage);
        if (eventIds.length === 1) {
          expect(passage).toHaveAccessibleName(
            expect.stringContaining(`Passage cited by: ${eventById(eventIds[0] as string).title}`),
          );
          expect(onSelectEvent).toHaveBeenCalledWith(eventIds[0]);
        } else {
          // Several events: the passage discloses a button for each.
          disclosures += 1;
          expect(onSelectEvent).not.toHaveBeenCalled();
          expect(passage).toHaveAttribute('aria-expanded', 'true');
          const list = container.querySelector<HTMLElement>(
            `#${CSS.escape(passage.getAttribute('aria-controls') ?? '')}`,
          );
          if (!list) throw new Error('No list of events');
          expect(list).toBeVisible();
          const buttons = within(list).getAllByRole('button');
          expect(buttons.map((button) => button.textContent)).toEqual(
            eventIds.map((id) => eventById(id).title),
          );
          await fireEvent.click(buttons[0] as HTMLElement);
          expect(onSelectEvent).toHaveBeenCalledWith(eventIds[0]);
          await fireEvent.click(passage);
          expect(passage).toHaveAttribute('aria-expanded', 'false');
        }
      }
      // As many disclosures as the model finds passages leading to several events.
      const model = segmentText(readText(document.id), documentCitations(data, document.id), [])
        .flatMap(paragraphParts)
        .filter((part) => part.type === 'passage' && part.passage.eventIds.length > 1);
      expect(disclosures).toBe(model.length);
    });
  }

  it('exercises passages cited by several events somewhere', () => {
    const several = data.documents.flatMap((document) =>
      segmentText(readText(document.id), documentCitations(data, document.id), [])
        .flatMap(paragraphParts)
        .filter((part) => part.type === 'passage' && part.passage.eventIds.length > 1),
    );
    expect(several.length).toBeGreaterThan(0);
  });

  it('sets apart the page furniture of the 2022 article with its label and note', async () => {
    const article = documentById('covid-cooperation-2022');
    const { container } = renderReader({ document: article.id });
    const text = await documentText(container);
    const furniture = screen.getByRole('group', { name: 'Page furniture' });
    const aside = article.asides.find((candidate) => candidate.kind === 'furniture');
    if (!aside) throw new Error('No page furniture in the 2022 article');
    expect(furniture).toHaveAccessibleDescription(aside.note);
    expect(within(furniture).getByText('Page furniture')).toBeVisible();

    const lines = readText(article.id).split('\n');
    const paragraphs = [...furniture.querySelectorAll('p:not(.aside-label)')];
    expect(paragraphs.map((paragraph) => fold(visibleText(paragraph)))).toEqual(
      lines.slice(0, 7).map(fold),
    );
    // The title line after it is ordinary text; the captions are set apart as captions.
    const firstOrdinary = text.querySelector(':scope > p');
    expect(fold(visibleText(firstOrdinary as Element))).toBe(fold(lines[7] as string));
    expect(screen.getAllByRole('group', { name: 'Photo caption' })).toHaveLength(
      article.asides.filter((candidate) => candidate.kind === 'caption').length,
    );
  });

  it('says when the text cannot be loaded, and tries again', async () => {
    let fail = true;
    const { container, loadText } = renderReader({ document: 'essay-2021' }, (id) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(readText(id)),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The document could not be loaded.');
    fail = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    await documentText(container);
    expect(loadText).toHaveBeenCalledTimes(2);
  });

  it('says so when the target names no document it holds', () => {
    renderReader({ document: 'no-such-document' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('no-such-document');
  });

  it('renders the text as text, never as markup', async () => {
    const review = documentById('thirty-years-review-2025');
    const { container } = renderReader({ document: review.id }, () =>
      Promise.resolve('<img src=x onerror=alert(1)>\n<b>bold</b>'),
    );
    const text = await documentText(container);
    expect(text.querySelector('img, b')).toBeNull();
    expect(text).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});
