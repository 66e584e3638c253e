import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EventList from '../../src/views/list/EventList.svelte';
import { indexDetails, indexOutline } from '../../src/model/timelineIndex.ts';
import { loadBuiltTimeline } from './fixtures.ts';

const data = loadBuiltTimeline();
const props = {
  events: data.events,
  themeById: indexOutline(data).themeById,
  documentTitles: indexDetails(data).documentTitles,
};

describe('the list of events', () => {
  it('puts every event under a heading for the year it starts in', () => {
    render(EventList, { props });
    const year1995 = screen.getByRole('heading', { level: 3, name: '1995' });
    const section = year1995.closest('section');
    expect(section).not.toBeNull();
    const titles = within(section as HTMLElement)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent ?? '');
    const expected = data.events.filter((event) => event.date.start.startsWith('1995'));
    expect(titles).toHaveLength(expected.length);
    expect(titles.some((title) => title.includes('normalise relations'))).toBe(true);
  });

  it('marks milestones and disputed events with a visible badge', () => {
    render(EventList, { props });
    const milestones = data.events.filter((event) => event.importance === 3).length;
    const disputed = data.events.filter((event) => event.disputes.length > 0).length;
    expect(screen.getAllByText('Milestone')).toHaveLength(milestones);
    expect(screen.getAllByText('Disputed')).toHaveLength(disputed);
  });

  it('shows dates only to the precision the sources give', () => {
    render(EventList, { props });
    expect(screen.getByText('11 July 1995')).toBeInTheDocument();
    expect(screen.getAllByText('July 1995').length).toBeGreaterThan(0);
    expect(screen.getAllByText('2000').length).toBeGreaterThan(0);
  });
});
