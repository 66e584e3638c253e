/**
 * The synthetic timeline (syntheticTimeline.ts) as a TimelineJS3 file someone else might have
 * written: no `vnus` extension, groups as theme labels, eras, and text as such files carry it:
 * about a third of the events with HTML (paragraphs, links, emphasis, entities), a tenth with a
 * media link and caption, some with a `display_date`, some with a time of day. Pure and
 * deterministic, like the timeline it comes from.
 */
import type { TimelineData, TimelineEvent } from '../../src/model/timelineSchema.ts';
import { createRandom, syntheticTimeline } from './syntheticTimeline.ts';

interface JsDate {
  year: string | number;
  month?: string | number;
  day?: string | number;
  hour?: number;
  display_date?: string;
}

function jsDate(iso: string): JsDate {
  const [year, month, day] = iso.split('-');
  return {
    year: Number(year),
    ...(month !== undefined ? { month: Number(month) } : {}),
    ...(day !== undefined ? { day: Number(day) } : {}),
  };
}

function eventText(event: TimelineEvent, random: () => number): string {
  const roll = random();
  if (roll < 0.15) {
    return (
      `<p>${event.summary.replace(' in ', ' in <b>')}</b></p>` +
      `<p>See the <a href="https://example.org/archive/${event.id}" target="_blank">archive` +
      ` record</a> &amp; the <i>press release</i>.</p>`
    );
  }
  if (roll < 0.3) return `${event.summary}<br>Reported by ${event.people[0] ?? 'the press'}.`;
  if (roll < 0.35) return `<div><h3>Note</h3>${event.summary} &ndash; 2&nbsp;days</div>`;
  return event.summary;
}

/** A TimelineJS3 file (as parsed JSON) with the events of `syntheticTimeline(count, seed)`. */
export function syntheticTimelineJs(count: number, seed: number): unknown {
  const data: TimelineData = syntheticTimeline(count, seed);
  const random = createRandom(seed ^ 0x5eed);
  const labelOf = new Map(data.themes.map((theme) => [theme.id, theme.label]));
  const events = data.events.map((event) => {
    const start = jsDate(event.date.start);
    if (event.date.precision === 'day' && random() < 0.05) start.hour = 9;
    const out: Record<string, unknown> = {
      unique_id: event.id,
      start_date: start,
      text: { headline: event.title, text: eventText(event, random) },
      group: labelOf.get(event.themes[0]!),
    };
    if (event.date.end !== undefined) out.end_date = jsDate(event.date.end);
    if (random() < 0.1) {
      out.media = {
        url: `https://example.org/photos/${event.id}.jpg`,
        caption: `Photo: ${event.places[0] ?? 'archive'}`,
        credit: 'Example Archive',
      };
    }
    if (random() < 0.05) out.display_date = `circa ${String(start.year)}`;
    return out;
  });
  const eras = data.eras.map((era) => ({
    start_date: jsDate(era.start),
    end_date: jsDate(era.end),
    text: { headline: era.label, text: `<p>${era.description}</p>` },
  }));
  return {
    title: { text: { headline: data.title, text: '<p>A synthetic TimelineJS file.</p>' } },
    events,
    eras,
  };
}
